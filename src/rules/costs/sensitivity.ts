import { breakEvenRequests } from './costs.ts';
import { type CostInputs, checkField, FIELD_BY_KEY, type NumberKey } from './inputs.ts';

/** How far an uncertain input may be from the reader's value: a factor or a number of points either way. */
export type SpreadRule =
  | { readonly kind: 'times'; readonly low: number; readonly high: number }
  | { readonly kind: 'points'; readonly by: number };

/** An input nobody knows well, with its stated spread; the words saying why are in `costs/text.ts`. */
export interface Uncertain {
  readonly key: NumberKey;
  readonly spread: SpreadRule;
}

/**
 * The uncertain inputs of the break-even, each with a stated spread around the reader's own value
 * (this guide's assumptions, dated with the others). Order is only the order of ties.
 */
export const UNCERTAIN: readonly Uncertain[] = [
  { key: 'rps', spread: { kind: 'times', low: 0.8, high: 1.2 } },
  { key: 'gpuHour', spread: { kind: 'times', low: 0.7, high: 1.3 } },
  { key: 'peak', spread: { kind: 'times', low: 0.75, high: 1.5 } },
  { key: 'util', spread: { kind: 'points', by: 20 } },
  { key: 'fte', spread: { kind: 'times', low: 0.5, high: 1.5 } },
  { key: 'priceOut', spread: { kind: 'times', low: 0.5, high: 1.5 } },
  { key: 'priceIn', spread: { kind: 'times', low: 0.5, high: 1.5 } },
  { key: 'cached', spread: { kind: 'points', by: 25 } },
];

/** The two values an uncertain input is tried at, kept inside the field's bounds. */
export function spanOf(u: Uncertain, v: number): readonly [number, number] {
  const f = FIELD_BY_KEY[u.key];
  const clamp = (x: number) => {
    const y = Math.min(f.max, Math.max(f.min, x));
    return f.integer ? Math.round(y) : Number(y.toPrecision(6));
  };
  return u.spread.kind === 'times'
    ? [clamp(v * u.spread.low), clamp(v * u.spread.high)]
    : [clamp(v - u.spread.by), clamp(v + u.spread.by)];
}

/** One row of the tornado: the values tried and the break-even at each (`null`: none in range). */
export interface SensitivityItem {
  readonly key: NumberKey;
  readonly from: number;
  readonly to: number;
  readonly low: number | null;
  readonly high: number | null;
}

const CEILING = Number.POSITIVE_INFINITY;
const asNumber = (b: number | null) => (b === null ? CEILING : b);

/** An input set to another value; a value its field would refuse leaves the inputs as they are. */
function withValue(i: CostInputs, key: NumberKey, v: number): CostInputs {
  return checkField(key, v).ok ? { ...i, [key]: v } : i;
}

/**
 * The uncertain inputs in order of how far they move the break-even, largest first: each re-runs
 * the model at the two ends of its spread, all else as the reader has it. An input that moves
 * nothing is left out.
 */
export function sensitivity(i: CostInputs): readonly SensitivityItem[] {
  const items = UNCERTAIN.map((u) => {
    const [from, to] = spanOf(u, i[u.key]);
    return {
      key: u.key,
      from,
      to,
      low: breakEvenRequests(withValue(i, u.key, from)),
      high: breakEvenRequests(withValue(i, u.key, to)),
    };
  });
  const effect = (s: SensitivityItem) => {
    const a = asNumber(s.low);
    const b = asNumber(s.high);
    // Going from a volume to "none" is the largest effect there is.
    return a === b ? 0 : a === CEILING || b === CEILING ? CEILING : Math.abs(Math.log(a / b));
  };
  return items
    .map((s, order) => ({ s, e: effect(s), order }))
    .filter((x) => x.e > 0)
    .sort((x, y) => y.e - x.e || x.order - y.order)
    .map((x) => x.s);
}

/**
 * The break-even's band: every uncertain input at the end of its spread that favours self-hosting,
 * then every one at the end that favours the API. The band always holds the expected break-even.
 */
export function breakEvenBand(
  i: CostInputs,
  expected: number | null = breakEvenRequests(i),
  items: readonly SensitivityItem[] = sensitivity(i),
): { readonly low: number | null; readonly high: number | null } {
  let cheap = i;
  let dear = i;
  for (const s of items) {
    const lowFirst = asNumber(s.low) <= asNumber(s.high);
    cheap = withValue(cheap, s.key, lowFirst ? s.from : s.to);
    dear = withValue(dear, s.key, lowFirst ? s.to : s.from);
  }
  const e = asNumber(expected);
  const lo = Math.min(asNumber(breakEvenRequests(cheap)), e);
  const hi = Math.max(asNumber(breakEvenRequests(dear)), e);
  return { low: lo === CEILING ? null : lo, high: hi === CEILING ? null : hi };
}
