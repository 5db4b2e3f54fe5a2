import { breakEvenRange, tornadoAxis, tornadoDescription, triedRange } from '../../rules/costs/describe.ts';
import type { NumberKey } from '../../rules/costs/fields.ts';
import type { CostReport } from '../../rules/costs/report.ts';
import type { CalculatorText, LiveText } from '../../rules/costs/text.ts';
import { formatCompact } from '../../rules/format/format.ts';
import { type Html, html } from '../../site/html.ts';

/** The tornado's live regions. */
export type TornadoRegion = 'tornado-chart' | 'tornado-rows';

const W = 640;
const ROW = 28;
const PAD = { left: 190, right: 16, top: 26, bottom: 30 };
const log10 = (n: number) => Math.log10(Math.max(n, 1));

/**
 * What moves the break-even most, as a tornado: one bar per uncertain input from the break-even at
 * one end of its spread to the other, on a logarithmic scale, around the expected break-even. The
 * rows of the table under it hold the same numbers and link each input to its field (`data-pick`).
 */
export function tornadoRegions(report: CostReport, text: LiveText, idPrefix: string): Record<TornadoRegion, Html> {
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
  const labels = text.fields;
  const label = (key: NumberKey) => labels[key]?.label ?? key;
  const titleId = `${idPrefix}-tornado-title`;
  const top = items[0];
  const desc = tornadoDescription(top && label(top.key), text.words.tornado);

  const chart =
    items.length > 0
      ? html`<svg viewBox="0 0 ${W} ${H}" data-live="tornado-chart" role="img" aria-labelledby="${titleId}" aria-describedby="${titleId}-desc"><title>${text.words.tornadoTitle}</title><desc id="${titleId}-desc">${desc}</desc><g class="cc-grid">${ticks.map(
          (t) =>
            html`<g><line x1="${sx(t)}" x2="${sx(t)}" y1="${PAD.top - 6}" y2="${H - PAD.bottom}"></line><text x="${sx(t)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${formatCompact(t)}</text></g>`,
        )}</g>${items.map((s, j) => {
          const a = sx(s.low);
          const b = sx(s.high);
          const y = PAD.top + j * ROW;
          return html`<g class="cc-bar"><rect x="${Math.min(a, b)}" y="${y + 4}" width="${Math.max(2, Math.abs(b - a))}" height="${ROW - 10}" rx="3"></rect><text x="${PAD.left - 8}" y="${y + ROW / 2 + 1}" text-anchor="end" dominant-baseline="middle">${label(s.key)}</text></g>`;
        })}${be !== null && html`<line class="cc-be-line" x1="${sx(be)}" x2="${sx(be)}" y1="${PAD.top - 10}" y2="${H - PAD.bottom}"></line>`}<text x="${W - PAD.right}" y="14" text-anchor="end" class="cc-axis-label">${tornadoAxis(be, text.words.tornado)}</text></svg>`
      : html`<p data-live="tornado-chart">${desc}</p>`;
  const rows = items.map(
    (s) =>
      html`<tr data-input="${s.key}" data-from="${String(s.from)}" data-to="${String(s.to)}" data-low="${s.low === null ? 'none' : String(s.low)}" data-high="${s.high === null ? 'none' : String(s.high)}"><th scope="row"><a href="#${idPrefix}-${s.key}" data-pick="${s.key}">${label(s.key)}</a></th><td>${triedRange(s.from, s.to, labels[s.key]?.unit ?? '')}</td><td>${breakEvenRange(s.low, s.high)}</td></tr>`,
  );
  return { 'tornado-chart': chart, 'tornado-rows': html`<tbody data-live="tornado-rows">${rows}</tbody>` };
}

/** The whole tornado as the build draws it, around its live parts. */
export function tornadoHtml(
  live: Readonly<Partial<Record<TornadoRegion, Html>>>,
  idPrefix: string,
  text: CalculatorText,
): Html {
  const w = text.pageWords;
  // A region that scrolls sideways must be reachable by keyboard to be scrolled (WCAG 2.1.1).
  return html`<figure class="cc-tornado"><figcaption id="${idPrefix}-tornado-title">${text.words.tornadoTitle}</figcaption>${live['tornado-chart']}<div class="cc-table-wrap" tabindex="0"><table class="cc-models" data-testid="sensitivity"><caption class="visually-hidden">${w.tornadoCaption}</caption><thead><tr>${w.tornadoHead.map((t) => html`<th scope="col">${t}</th>`)}</tr></thead>${live['tornado-rows']}</table></div></figure>`;
}
