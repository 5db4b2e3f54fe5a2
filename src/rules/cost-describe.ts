import { type CostInputs, type NumberKey, presetOf } from './cost-inputs.ts';
import type { CalculatorText, FieldOrigin } from './cost-text.ts';
import { type CostReport, MAX_REQUESTS_PER_DAY, PATHS, type PathId, requestsInMonth, type Spread } from './costs.ts';
import { scaleThreshold } from './figure-data.ts';
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

/** The plain-words answer under the calculator, about the paths it shows. */
export function costSentence(r: CostReport, paths: readonly PathId[] = PATHS): string {
  const i = r.inputs;
  const at = `At ${formatCount(i.requests)} requests a day`;
  const api = formatMoney(r.paths.api.monthlyNow.expected);
  if (!paths.includes('selfhost')) {
    const rag = paths.includes('rag')
      ? `, or about ${formatMoney(r.paths.rag.monthlyNow.expected)} with retrieval added`
      : '';
    return `${at}, the hosted API costs about ${api} a month${rag}.`;
  }
  const selfhost = r.paths.selfhost.monthlyNow.expected;
  const start = `${at}, the hosted API costs about ${api} a month and a self-hosted fine-tuned model about ${formatMoney(selfhost)}.`;
  if (r.breakEven === null) {
    return `${start} With these inputs self-hosting does not drop below the API at any volume up to ${formatCount(MAX_REQUESTS_PER_DAY)} requests a day.`;
  }
  const stays =
    r.staysCheaper !== null && r.staysCheaper > r.breakEven
      ? `, and stays below it from about ${formatCount(r.staysCheaper)}`
      : '';
  const here =
    selfhost < r.paths.api.monthlyNow.expected
      ? ' At your volume self-hosting is the cheaper of the two.'
      : i.requests >= r.breakEven
        ? ' At your volume the next whole GPU puts it back above the API.'
        : '';
  return `${start} Self-hosting first drops below the API near ${formatCount(r.breakEven)} requests a day${stays}.${here}`;
}

/** A field's origin from the build-time text: fixed for most fields, by preset for prices and throughput. */
export function originOf(key: NumberKey, i: CostInputs, text: CalculatorText): FieldOrigin {
  const preset = presetOf(key);
  const origin = preset ? text.presets[preset].options.find((o) => o.id === i[preset])?.origin : text.origins[key];
  return origin ?? { kind: 'Example', text: 'Your own figure.' };
}

/**
 * The decision tree's query for this traffic: question 4 (more than the scale threshold within
 * the horizon?) answered from the calculator's volume and growth, the other questions left open.
 */
export function decisionQuery(i: CostInputs): string {
  return `scale=${requestsInMonth(i, i.horizon) > scaleThreshold.value ? 'yes' : 'no'}`;
}
