import { breakEven } from './costs.ts';
import { FIELDS, type FieldSpec, fieldSpec, type NumberKey, type SpreadRule, UNCERTAIN_KEYS } from './fields.ts';
import { type CostInputs, checkField } from './inputs.ts';

// The uncertain inputs of the break-even (those with a `spread` in the field table), the
// break-even at each end of their spreads, and the band they make together.

/** The two values an uncertain input is tried at, kept inside the field's bounds. */
export function spanOf(key: NumberKey, spread: SpreadRule, v: number): readonly [number, number] {
  const f: FieldSpec = FIELDS[key];
  const clamp = (x: number) => {
    const y = Math.min(f.max, Math.max(f.min, x));
    return f.integer ? Math.round(y) : Number(y.toPrecision(6));
  };
  return spread.kind === 'times'
    ? [clamp(v * spread.low), clamp(v * spread.high)]
    : [clamp(v - spread.by), clamp(v + spread.by)];
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
function tryValue(i: CostInputs, key: NumberKey, v: number): CostInputs {
  return checkField(key, v).ok ? { ...i, [key]: v } : i;
}

/**
 * The uncertain inputs in order of how far they move the break-even, largest first: each re-runs
 * the model at the two ends of its spread, all else as the reader has it. An input that moves
 * nothing is left out.
 */
export function sensitivity(i: CostInputs): readonly SensitivityItem[] {
  const items = UNCERTAIN_KEYS.flatMap((key) => {
    const spread = fieldSpec(key).spread;
    if (!spread) return [];
    const [from, to] = spanOf(key, spread, i[key]);
    return {
      key,
      from,
      to,
      low: breakEven(tryValue(i, key, from)),
      high: breakEven(tryValue(i, key, to)),
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
 * then every one at the end that favours the API, widened where needed to hold the expected
 * break-even (moving several inputs at once can, rarely, land inside the single moves).
 */
export function breakEvenBand(
  i: CostInputs,
  expected: number | null = breakEven(i),
  items: readonly SensitivityItem[] = sensitivity(i),
): { readonly low: number | null; readonly high: number | null } {
  let cheap = i;
  let dear = i;
  for (const s of items) {
    const lowFirst = asNumber(s.low) <= asNumber(s.high);
    cheap = tryValue(cheap, s.key, lowFirst ? s.from : s.to);
    dear = tryValue(dear, s.key, lowFirst ? s.to : s.from);
  }
  const e = asNumber(expected);
  const lo = Math.min(asNumber(breakEven(cheap)), e);
  const hi = Math.max(asNumber(breakEven(dear)), e);
  return { low: lo === CEILING ? null : lo, high: hi === CEILING ? null : hi };
}
