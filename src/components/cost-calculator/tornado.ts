import type { NumberKey } from '../../rules/costs/inputs.ts';
import type { CostReport } from '../../rules/costs/report.ts';
import { formatCompact, formatCount } from '../../rules/format/format.ts';
import { type Html, html } from '../../site/html.ts';

const W = 640;
const ROW = 28;
const PAD = { left: 190, right: 16, top: 26, bottom: 30 };
const log10 = (n: number) => Math.log10(Math.max(n, 1));
const shown = (b: number | null) => (b === null ? 'none' : formatCount(b));
const value = (n: number) => Number(n.toPrecision(4)).toLocaleString('en-US');

/**
 * What moves the break-even most, as a tornado: one bar per uncertain input from the break-even at
 * one end of its spread to the other, on a logarithmic scale, around the expected break-even. The
 * rows of the table under it hold the same numbers and link each input to its field (`data-pick`).
 */
export function tornadoRegions(
  report: CostReport,
  labels: Readonly<Partial<Record<NumberKey, { readonly label: string; readonly unit: string }>>>,
  idPrefix: string,
): Record<'tornado-chart' | 'tornado-rows', Html> {
  const items = report.sensitivity;
  const be = report.breakEven;
  const values = items.flatMap((s) => [s.low, s.high]).filter((v): v is number => v !== null);
  if (be !== null) values.push(be);
  const lo = Math.floor(log10(Math.min(...values)));
  const hi = Math.max(lo + 1, Math.ceil(log10(Math.max(...values))));
  const H = PAD.top + items.length * ROW + PAD.bottom;
  const sx = (v: number | null) =>
    v === null ? W - PAD.right : PAD.left + ((log10(v) - lo) / (hi - lo)) * (W - PAD.left - PAD.right);
  const ticks = Array.from({ length: hi - lo + 1 }, (_, j) => 10 ** (lo + j));
  const label = (key: NumberKey) => labels[key]?.label ?? key;
  const titleId = `${idPrefix}-tornado-title`;
  const top = items[0];
  const desc = top
    ? `Bars from the break-even at one end of each input's range to the other, on a logarithmic scale; ${label(top.key).toLowerCase()} moves it most. The table below holds the numbers.`
    : 'None of the uncertain inputs moves the break-even with these inputs.';

  const chart =
    items.length > 0
      ? html`<svg viewBox="0 0 ${W} ${H}" data-live="tornado-chart" role="img" aria-labelledby="${titleId}" aria-describedby="${titleId}-desc"><title>What moves the break-even most</title><desc id="${titleId}-desc">${desc}</desc><g class="cc-grid">${ticks.map(
          (t) =>
            html`<g><line x1="${sx(t)}" x2="${sx(t)}" y1="${PAD.top - 6}" y2="${H - PAD.bottom}"></line><text x="${sx(t)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${formatCompact(t)}</text></g>`,
        )}</g>${items.map((s, j) => {
          const a = sx(s.low);
          const b = sx(s.high);
          const y = PAD.top + j * ROW;
          return html`<g class="cc-bar"><rect x="${Math.min(a, b)}" y="${y + 4}" width="${Math.max(2, Math.abs(b - a))}" height="${ROW - 10}" rx="3"></rect><text x="${PAD.left - 8}" y="${y + ROW / 2 + 1}" text-anchor="end" dominant-baseline="middle">${label(s.key)}</text></g>`;
        })}${be !== null && html`<line class="cc-be-line" x1="${sx(be)}" x2="${sx(be)}" y1="${PAD.top - 10}" y2="${H - PAD.bottom}"></line>`}<text x="${W - PAD.right}" y="14" text-anchor="end" class="cc-axis-label">break-even, requests a day${be === null ? '' : ` (line: ${formatCount(be)})`}</text></svg>`
      : html`<p data-live="tornado-chart">${desc}</p>`;
  const rows = items.map(
    (s) =>
      html`<tr data-input="${s.key}" data-from="${String(s.from)}" data-to="${String(s.to)}" data-low="${s.low === null ? 'none' : String(s.low)}" data-high="${s.high === null ? 'none' : String(s.high)}"><th scope="row"><a href="#${idPrefix}-${s.key}" data-pick="${s.key}">${label(s.key)}</a></th><td>${value(s.from)} to ${value(s.to)} ${labels[s.key]?.unit}</td><td>${shown(s.low)} to ${shown(s.high)}</td></tr>`,
  );
  return { 'tornado-chart': chart, 'tornado-rows': html`<tbody data-live="tornado-rows">${rows}</tbody>` };
}

/** The whole tornado as the build draws it, around its live parts. */
export function tornadoHtml(live: Readonly<Record<string, Html>>, idPrefix: string): Html {
  // A region that scrolls sideways must be reachable by keyboard to be scrolled (WCAG 2.1.1).
  return html`<figure class="cc-tornado"><figcaption id="${idPrefix}-tornado-title">What moves the break-even most</figcaption>${live['tornado-chart']}<div class="cc-table-wrap" tabindex="0"><table class="cc-models" data-testid="sensitivity"><caption class="visually-hidden">Break-even at each end of the uncertain inputs' ranges, largest effect first</caption><thead><tr><th scope="col">Input</th><th scope="col">Values tried</th><th scope="col">Break-even, requests a day</th></tr></thead>${live['tornado-rows']}</table></div></figure>`;
}
