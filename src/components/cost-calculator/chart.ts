import type { CurvePoint, PathId } from '../../rules/costs/costs.ts';
import { monthlyCost, PATHS } from '../../rules/costs/costs.ts';
import { atYourVolume, chartDescription, yourVolume } from '../../rules/costs/describe.ts';
import type { CostReport } from '../../rules/costs/report.ts';
import type { CalculatorText, LiveText } from '../../rules/costs/text.ts';
import { formatCompact, formatCompactUsd, formatCount } from '../../rules/format/format.ts';
import { formatMoney, formatSpread } from '../../rules/format/money.ts';
import { type Html, html } from '../../site/html.ts';

/** The chart's live regions. */
export type ChartRegion = 'chart-svg' | 'chart-rows' | 'chart-legend';

const W = 640;
const H = 360;
const PAD = { left: 64, right: 16, top: 30, bottom: 40 };

const log10 = (n: number) => Math.log10(Math.max(n, 1e-9));
/** A coordinate as the chart draws it: whole pixels. */
const px = (n: number) => n.toFixed(0);

/**
 * The chart's live parts: the drawing, monthly cost (log y) against requests a day (log x) for
 * every path with ranges drawn as bands; the rows of its data table; and its legend.
 */
export function costChartRegions(
  report: CostReport,
  curves: Readonly<Record<PathId, readonly CurvePoint[]>>,
  idPrefix: string,
  w: LiveText['words'],
): Record<ChartRegion, Html> {
  const xs = curves.api.map((p) => p.requests);
  const x0 = log10(xs[0] ?? 100);
  const x1 = log10(xs[xs.length - 1] ?? 1e8);
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  const shown = report.shown;
  for (const p of shown) {
    for (const pt of curves[p]) {
      lo = Math.min(lo, pt.cost.low);
      hi = Math.max(hi, pt.cost.high);
    }
  }
  const y0 = Math.floor(log10(Math.max(lo, 1)));
  const y1 = Math.max(y0 + 1, Math.ceil(log10(Math.max(hi, 10))));
  const sx = (r: number) => PAD.left + ((log10(r) - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const sy = (c: number) =>
    H - PAD.bottom - ((log10(Math.max(c, 10 ** y0)) - y0) / (y1 - y0)) * (H - PAD.top - PAD.bottom);
  const line = (pts: readonly CurvePoint[]) =>
    pts.map((p, j) => `${j ? 'L' : 'M'}${px(sx(p.requests))},${px(sy(p.cost.expected))}`).join('');
  const band = (pts: readonly CurvePoint[]) =>
    `${pts.map((p, j) => `${j ? 'L' : 'M'}${px(sx(p.requests))},${px(sy(p.cost.high))}`).join('')}${[...pts]
      .reverse()
      .map((p) => `L${px(sx(p.requests))},${px(sy(p.cost.low))}`)
      .join('')}Z`;
  const yTicks = Array.from({ length: y1 - y0 + 1 }, (_, j) => 10 ** (y0 + j));
  const xTicks = Array.from({ length: Math.round(x1 - x0) + 1 }, (_, j) => 10 ** (Math.round(x0) + j));
  const you = report.inputs.requests;
  const be = report.breakEven;
  const inRange = (r: number) => r >= (xs[0] ?? 0) && r <= (xs[xs.length - 1] ?? 0);
  const beCost = be === null ? 0 : monthlyCost('api', report.inputs, be);
  const titleId = `${idPrefix}-chart-title`;
  const descId = `${idPrefix}-chart-desc`;
  const desc = chartDescription(report, xs[0] ?? 0, xs[xs.length - 1] ?? 0, w.chart);

  const grid = html`<g class="cc-grid">${yTicks.map(
    (t) =>
      html`<g><line x1="${PAD.left}" x2="${W - PAD.right}" y1="${sy(t)}" y2="${sy(t)}"></line><text x="${PAD.left - 6}" y="${sy(t) + 4}" text-anchor="end">${formatCompactUsd(t)}</text></g>`,
  )}${xTicks.map(
    (t) =>
      html`<g><line x1="${sx(t)}" x2="${sx(t)}" y1="${PAD.top}" y2="${H - PAD.bottom}"></line><text x="${sx(t)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${formatCompact(t)}</text></g>`,
  )}<text x="${(PAD.left + W - PAD.right) / 2}" y="${H - 6}" text-anchor="middle" class="cc-axis-label">${w.chartX}</text><text x="6" y="14" class="cc-axis-label">${w.chartY}</text></g>`;
  const series = shown.map(
    (p) =>
      html`<g class="cc-series cc-${p}"><path class="cc-band" d="${band(curves[p])}"></path><path class="cc-line" d="${line(curves[p])}"></path></g>`,
  );
  const youMark =
    inRange(you) &&
    html`<g class="cc-you"><line x1="${sx(you)}" x2="${sx(you)}" y1="${PAD.top}" y2="${H - PAD.bottom}"></line><text x="${sx(you) + 4}" y="${PAD.top + 12}">${w.you}</text></g>`;
  const beMark =
    be !== null &&
    inRange(be) &&
    html`<g class="cc-be"><circle cx="${sx(be)}" cy="${sy(beCost)}" r="6"></circle><text x="${sx(be) + 8}" y="${sy(beCost) - 8}">${w.breakEven}</text></g>`;
  const rows = xTicks.map(
    (r) =>
      html`<tr><th scope="row">${formatCount(r)}</th>${PATHS.map((p) => {
        // Every column of the page's header stays; a path not shown (no host for the same model) reads —.
        const cost = shown.includes(p) ? curves[p].find((pt) => Math.abs(pt.requests - r) < r * 1e-9)?.cost : undefined;
        return html`<td>${cost ? formatSpread(cost) : '—'}</td>`;
      })}</tr>`,
  );
  return {
    'chart-svg': html`<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${titleId} ${descId}" data-live="chart-svg"><title id="${titleId}">${w.chartTitle}</title><desc id="${descId}">${desc}</desc>${grid}${series}${youMark}${beMark}</svg>`,
    'chart-rows': html`<tbody data-live="chart-rows">${rows}<tr><th scope="row">${yourVolume(you, w.chart)}</th>${PATHS.map(
      (p) => html`<td>${shown.includes(p) ? formatSpread(report.paths[p].monthlyNow) : '—'}</td>`,
    )}</tr></tbody>`,
    'chart-legend': html`<ul class="cc-legend" data-live="chart-legend">${shown.map(
      (p) =>
        html`<li class="cc-${p}"><svg class="cc-swatch" viewBox="0 0 28 8" aria-hidden="true"><line class="cc-line" x1="0" y1="4" x2="28" y2="4"></line></svg>${atYourVolume(w.paths[p], formatMoney(report.paths[p].monthlyNow.expected), w.chart)}</li>`,
    )}</ul>`,
  };
}

/** The whole chart as the build draws it, around its live parts. */
export function costChartHtml(
  live: Readonly<Partial<Record<ChartRegion, Html>>>,
  w: CalculatorText['pageWords'],
  labels: Readonly<Record<PathId, string>>,
): Html {
  return html`<figure class="cc-chart">${live['chart-svg']}<figcaption><details class="cc-data"><summary>${w.chartData}</summary><table><caption class="visually-hidden">${w.chartCaption}</caption><thead><tr><th scope="col">${w.chartRequests}</th>${PATHS.map(
    (p) => html`<th scope="col">${labels[p]}</th>`,
  )}</tr></thead>${live['chart-rows']}</table></details>${live['chart-legend']}</figcaption></figure>`;
}
