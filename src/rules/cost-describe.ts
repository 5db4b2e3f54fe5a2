import { type CostInputs, type NumberKey, presetOf } from './cost-inputs.ts';
import type { CalculatorText, FieldOrigin } from './cost-text.ts';
import { type CostReport, MAX_REQUESTS_PER_DAY, type Spread } from './costs.ts';
import { formatCount, formatUsd } from './format.ts';

/** Money in results: never negative, never NaN; tiny amounts say so instead of printing $0.00. */
export function formatMoney(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '—';
  if (n === 0) return '$0';
  if (n < 0.01) return 'under $0.01';
  return formatUsd(n);
}

/** `$11,087–$11,462`, or one amount when the ends agree. */
export function formatSpread(s: Spread): string {
  const lo = formatMoney(s.low);
  const hi = formatMoney(s.high);
  return lo === hi ? formatMoney(s.expected) : `${lo}–${hi}`;
}

/** The plain-words answer under the calculator. */
export function costSentence(r: CostReport): string {
  const i = r.inputs;
  const volume = `${formatCount(i.requests)} requests a day`;
  const api = formatMoney(r.paths.api.monthlyNow.expected);
  const self = formatMoney(r.paths.selfhost.monthlyNow.expected);
  const start = `At ${volume}, the hosted API costs about ${api} a month and a self-hosted fine-tuned model about ${self}.`;
  if (r.breakEven === null) {
    return `${start} With these inputs self-hosting does not break even below ${formatCount(MAX_REQUESTS_PER_DAY)} requests a day.`;
  }
  const near = `${formatCount(r.breakEven)} requests a day`;
  if (r.breakEven <= i.requests)
    return `${start} Self-hosting is the cheaper of the two from about ${near}, below your volume.`;
  return `${start} Self-hosting breaks even near ${near}.`;
}

/** A field's origin from the build-time text: fixed for most fields, by preset for prices and throughput. */
export function originOf(key: NumberKey, i: CostInputs, text: CalculatorText): FieldOrigin {
  const preset = presetOf(key);
  const origin = preset ? text.presets[preset].options.find((o) => o.id === i[preset])?.origin : text.origins[key];
  return origin ?? { kind: 'Example', text: 'Your own figure.' };
}
