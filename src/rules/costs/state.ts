import type { GpuPresetId } from '../presets/presets.ts';
import type { GpuType } from '../serving/serving.ts';
import { FIELDS, NUMBER_KEYS, type NumberKey } from './fields.ts';
import { type CostInputs, DEFAULT_PRESETS, defaultGpu, fieldDefault, parseField, presetOf } from './inputs.ts';
import { type FieldGroup, PRESET_KEYS, type PresetKey } from './keys.ts';
import { PRESETS, type PresetId, presetById } from './preset-registry.ts';

// The calculator's state and how it changes: a value typed into a field, a preset chosen. Which
// fields follow their defaults is decided here alone; the island, the prose facts and the tests
// all move the inputs through these functions.

/** What each text field holds, valid or not. */
export type Raw = Readonly<Record<NumberKey, string>>;

/** Everything the calculator shows: the inputs, what each field holds, and its messages. */
export interface CalculatorState {
  readonly inputs: CostInputs;
  readonly raw: Raw;
  readonly errors: Readonly<Partial<Record<NumberKey, string>>>;
}

/** A field's text: grouped digits for reading (`20,000`), which `parseField` reads back exactly. */
export const show = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 12 });

const rawOf = (i: CostInputs, keys: readonly NumberKey[] = NUMBER_KEYS): Partial<Record<NumberKey, string>> =>
  Object.fromEntries(keys.map((k) => [k, show(i[k])]));

/** The state that shows a set of inputs, every field holding its value and no message. */
export const stateOf = (inputs: CostInputs): CalculatorState => ({ inputs, raw: rawOf(inputs) as Raw, errors: {} });

/**
 * The fields that follow their defaults when the inputs move from `before` to `after`: each one
 * that held its default before (and no bad input) and whose default has changed.
 */
function following(before: CostInputs, after: CostInputs, skip: (k: NumberKey) => boolean): NumberKey[] {
  return NUMBER_KEYS.filter(
    (k) => !skip(k) && before[k] === fieldDefault(k, before) && fieldDefault(k, after) !== before[k],
  );
}

/**
 * The inputs with one field set: a field that held its default follows it when the value it
 * depends on changes (a GPU's request rate follows the request shape). The value must be valid.
 */
export function withValue(i: CostInputs, key: NumberKey, value: number): CostInputs {
  return settle(i, { ...i, [key]: value }, (k) => k === key).inputs;
}

function settle(before: CostInputs, next: Record<NumberKey, number> & CostInputs, skip: (k: NumberKey) => boolean) {
  const follows = following(before, next, skip);
  for (const k of follows) next[k] = fieldDefault(k, next);
  return { inputs: next as CostInputs, follows };
}

/**
 * The inputs with a preset chosen: the fields that follow its kind take the preset's numbers,
 * whatever was typed in them. `custom` keeps every number as it is.
 */
export function withPreset<K extends PresetKey>(i: CostInputs, key: K, id: PresetId<K> | 'custom'): CostInputs {
  return choose(i, key, id).inputs;
}

function choose(i: CostInputs, key: PresetKey, id: string): { inputs: CostInputs; follows: NumberKey[] } {
  // A serving setup is priced on the GPU type it was measured on: a GPU offer of another type gives way
  // to the type's default offer (a typed price stays).
  const offer = key === 'tput' ? offerFor(i.gpu, id) : undefined;
  if (offer) {
    const first = choose(i, 'gpu', offer);
    const then = choose(first.inputs, key, id);
    return { inputs: then.inputs, follows: [...first.follows, ...then.follows] };
  }
  const next = { ...i, [key]: id } as CostInputs;
  if (id === 'custom') return { inputs: next, follows: [] as NumberKey[] };
  const fills = NUMBER_KEYS.filter((k) => presetOf(k) === key);
  const filled = { ...next, ...Object.fromEntries(fills.map((k) => [k, fieldDefault(k, next)])) };
  // Then the fields whose defaults depend on those numbers (a minimum of two replicas' GPUs).
  const { inputs, follows } = settle(i, filled, (k) => fills.includes(k));
  return { inputs, follows: [...fills, ...follows] };
}

/**
 * What the reader typed into a field. A valid value is used and the fields that depend on it
 * follow; bad input stays in the field with its message, and the last valid value stays in use.
 */
export function typeInto(s: CalculatorState, key: NumberKey, text: string): CalculatorState {
  const parsed = parseField(key, text);
  if (!parsed.ok) return { ...s, raw: { ...s.raw, [key]: text }, errors: { ...s.errors, [key]: parsed.message } };
  const { [key]: _gone, ...errors } = s.errors;
  const { inputs, follows } = settle(s.inputs, { ...s.inputs, [key]: parsed.value }, (k) => k === key || !!s.errors[k]);
  return { inputs, raw: { ...s.raw, ...rawOf(inputs, follows), [key]: text }, errors };
}

/** A preset chosen from a menu: the fields it fills show its numbers and lose their messages. */
export function choosePreset(s: CalculatorState, key: PresetKey, id: string): CalculatorState {
  const { inputs, follows } = choose(s.inputs, key, id);
  const errors = Object.fromEntries(Object.entries(s.errors).filter(([k]) => !follows.includes(k as NumberKey)));
  return { inputs, raw: { ...s.raw, ...rawOf(inputs, follows) }, errors };
}

/**
 * The offer to switch to when serving setup `tput` is chosen while `gpu` is the GPU offer: the setup's
 * GPU type's default offer (`defaultGpu`), or none where the offer already fits or is typed (`custom`).
 */
export function offerFor(gpu: CostInputs['gpu'], tput: string): GpuPresetId | undefined {
  const current = presetById('gpu', gpu);
  const next = defaultGpu(tput);
  // A setup typed by hand has no GPU type to switch to.
  return current && presetById('tput', tput) && current.type !== presetById('gpu', next)?.type ? next : undefined;
}

/** The GPU types of the offer and of the setup where they differ (an old link's GPU price, say). */
export function gpuMismatch(i: CostInputs): { readonly offer: GpuType; readonly setup: GpuType } | undefined {
  const offer = presetById('gpu', i.gpu)?.type;
  const setup = presetById('tput', i.tput)?.gpu;
  return offer && setup && offer !== setup ? { offer, setup } : undefined;
}

/** Whether a field or a preset menu is shown to a first-time reader, above the groups of assumptions. */
export const isPrimary = (k: NumberKey | PresetKey): boolean =>
  Object.hasOwn(FIELDS, k) ? 'primary' in FIELDS[k as NumberKey] : 'primary' in PRESETS[k as PresetKey];

/** How many values other than their defaults each group of assumptions holds. */
export function changedCounts(i: CostInputs): Partial<Record<FieldGroup, number>> {
  const counts: Partial<Record<FieldGroup, number>> = {};
  const add = (g: FieldGroup) => {
    counts[g] = (counts[g] ?? 0) + 1;
  };
  for (const k of NUMBER_KEYS) if (!isPrimary(k) && i[k] !== fieldDefault(k, i)) add(FIELDS[k].group);
  for (const k of PRESET_KEYS) if (!isPrimary(k) && i[k] !== DEFAULT_PRESETS[k]) add(PRESETS[k].group);
  return counts;
}
