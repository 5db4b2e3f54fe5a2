import { figurePoint } from '../figures/point.ts';
import { DEFAULT_GPU_OFFER } from '../presets/presets.ts';
import { type BenchPoint, RENAMED_SETUP_TARGETS } from '../serving/serving.ts';
import { type Decoded, type RejectedParam, toParams } from '../url/params.ts';
import { FIELDS, type FieldSpec, NUMBER_KEYS, type NumberKey } from './fields.ts';
import { PRESET_KEYS, type PresetKey } from './keys.ts';
import { PRESETS, type PresetId, presetById, presetFills } from './preset-registry.ts';

// The calculator's inputs: their defaults, the one validator of a field's value, and the URL codec.

export const DEFAULT_PRESETS = {
  model: 'gpt-5.6-luna',
  gpu: 'h100-runpod-secure',
  tput: 'qwen3-235b-a22b-h100',
  slo: 'interactive',
  tune: 'fireworks-glm-5.3-flash-lora',
} as const satisfies { readonly [K in PresetKey]: PresetId<K> };

export type CostInputs = Readonly<Record<NumberKey, number>> & {
  readonly [K in PresetKey]: PresetId<K> | 'custom';
};

/** What a field's default may depend on: the presets chosen, the request shape and the reader's own run. */
export type DefaultContext = Pick<CostInputs, PresetKey> & Partial<Record<NumberKey, number>>;

/**
 * The reader's own benchmark run the fields hold (`bench…`), or none: a run needs requests a second and a
 * request of some length.
 */
export function benchPoint(c: Partial<Record<NumberKey, number>>): BenchPoint | undefined {
  // Most inputs hold no run: they are answered before any object is made, as every field's default asks.
  if (!c.benchRps) return undefined;
  // Every field of the run: what the context holds, else its default (a link may give some alone).
  const p = Object.fromEntries(BENCH_KEYS.map((k) => [k, c[k] ?? fieldDefault(k)])) as BenchPoint;
  return p.benchInput || p.benchOutput ? p : undefined;
}

/** The fields of the reader's own run. */
const BENCH_KEYS = NUMBER_KEYS.filter((k) => FIELDS[k].origin.kind === 'benchmark');

/** The preset a field follows, if any: choosing that preset resets the field. */
export function presetOf(key: NumberKey): PresetKey | undefined {
  const o = FIELDS[key].origin;
  return o.kind === 'preset' ? o.of : undefined;
}

/**
 * The default of a field, given the presets chosen and the request shape: prices follow the chosen
 * model, GPU and fine-tune, and a GPU's request rate follows the serving preset and the shape.
 */
export function fieldDefault(key: NumberKey, c: DefaultContext = DEFAULT_PRESETS): number {
  const f: FieldSpec = FIELDS[key];
  const o = f.origin;
  if (o.kind === 'figure') {
    return figurePoint(o.figure, o.part ?? 'mid');
  }
  if (o.kind === 'preset') {
    // Before a shape is known, the example request's.
    const shape = {
      input: c.input ?? fieldDefault('input'),
      output: c.output ?? fieldDefault('output'),
      slo: c.slo,
      run: benchPoint(c),
    };
    // `custom` fills nothing: the field keeps the default preset's number.
    const v = presetFills(o.of, c[o.of], shape)[key] ?? presetFills(o.of, DEFAULT_PRESETS[o.of], shape)[key] ?? 0;
    // Always a value the field accepts: a request of no tokens is served without end, and the field's largest
    // value stands for it; a reader's run of next to no requests a second gives the smallest.
    return Math.min(f.max, Math.max(f.min, v));
  }
  if (o.kind === 'assumption' && o.perReplica) return o.value * (c.gpusPerReplica ?? fieldDefault('gpusPerReplica', c));
  if (o.kind === 'assumption' && o.perOutput) {
    // A preset model that spends no reasoning tokens gets none; a reasoning model, or one typed by hand, the multiple.
    const model = presetById('model', c.model);
    return model && !model.reasoning ? 0 : Math.round(o.value * (c.output ?? fieldDefault('output')));
  }
  return o.value;
}

export function defaultInputs(): CostInputs {
  const nums = Object.fromEntries(NUMBER_KEYS.map((k) => [k, fieldDefault(k)])) as Record<NumberKey, number>;
  return { ...nums, ...DEFAULT_PRESETS };
}

/** Messages for a number outside a field's rules. */
const fieldMessages = {
  notNumber: 'Enter a number, like 1200 or 0.5.',
  empty: 'Enter a number.',
  whole: 'Enter a whole number.',
  min: (f: FieldSpec) => `Enter at least ${f.min.toLocaleString('en-US')}.`,
  max: (f: FieldSpec) => `Enter at most ${f.max.toLocaleString('en-US')}.`,
};

/**
 * Checks a number against a field's bounds. The field table is the one validator of the calculator's
 * URL state: the island, the build and the tests all run this (README, "One validator").
 */
export function checkField(key: NumberKey, n: number): FieldResult {
  const f: FieldSpec = FIELDS[key];
  if (!Number.isFinite(n)) return { ok: false, message: fieldMessages.empty };
  if (n < f.min) return { ok: false, message: fieldMessages.min(f) };
  if (n > f.max) return { ok: false, message: fieldMessages.max(f) };
  if (f.integer && !Number.isInteger(n)) return { ok: false, message: fieldMessages.whole };
  return { ok: true, value: n };
}

export type FieldResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly message: string };

/**
 * Reads what a reader typed (or a URL carried) into a field: thousands separators and spaces are
 * allowed; anything that is not a finite number within bounds gives a message for beside the field.
 */
export function parseField(key: NumberKey, raw: string): FieldResult {
  const text = raw.trim().replace(/[,_\s]/g, '');
  if (text === '') return { ok: false, message: fieldMessages.empty };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return { ok: false, message: fieldMessages.notNumber };
  const n = Number(text);
  // 1e309 parses to Infinity: too large (or too small) rather than not a number.
  if (!Number.isFinite(n)) return { ok: false, message: (n > 0 ? fieldMessages.max : fieldMessages.min)(FIELDS[key]) };
  return checkField(key, n);
}

/** Reads calculator inputs from a query string. Bad values fall back to defaults and are reported. */
export function decodeCostInputs(search: string | URLSearchParams): Decoded<CostInputs> {
  const params = toParams(search);
  const rejected: RejectedParam[] = [];
  const presets: Record<PresetKey, string> = { ...DEFAULT_PRESETS };
  const typedPresets = presets as { -readonly [K in PresetKey]: CostInputs[K] };
  for (const key of PRESET_KEYS) {
    const v = params.get(key);
    if (v === null) continue;
    const id = v === 'custom' && !PRESETS[key].closed ? v : presetById(key, v)?.id;
    if (id !== undefined) presets[key] = id;
    else rejected.push({ name: key, value: v, message: 'Not a known preset.' });
  }
  // An old serving id stood for one load: it opens the setup at the target that load meant.
  const oldTput = params.get('tput');
  // Own keys only: a URL value such as `valueOf` names no renamed setup.
  const impliedSlo =
    oldTput !== null && Object.hasOwn(RENAMED_SETUP_TARGETS, oldTput) ? RENAMED_SETUP_TARGETS[oldTput] : undefined;
  if (impliedSlo && params.get('slo') === null) presets.slo = impliedSlo;
  // A link that names a setup and no GPU offer prices it on the GPU type it was measured on.
  if (params.get('gpu') === null) presets.gpu = defaultGpu(presets.tput);
  const typed = typedPresets;
  const given: Partial<Record<NumberKey, number>> = {};
  for (const key of NUMBER_KEYS) {
    const v = params.get(key);
    const r = v === null ? undefined : parseField(key, v);
    if (r?.ok) given[key] = r.value;
    else if (r && v !== null) rejected.push({ name: key, value: v, message: r.message });
  }
  const shape = {
    input: given.input ?? fieldDefault('input', typed),
    output: given.output ?? fieldDefault('output', typed),
    gpusPerReplica: given.gpusPerReplica ?? fieldDefault('gpusPerReplica', typed),
  };
  // Links made before the calculator modelled request rates gave `throughput`: tokens a second per
  // GPU, input and output together. They keep the rate they meant.
  const legacy = params.get('throughput');
  if (legacy !== null && given.rps === undefined) {
    const t = Number(legacy);
    const rate = t / Math.max(1, shape.input + shape.output);
    if (Number.isFinite(rate) && checkField('rps', rate).ok) {
      given.rps = rate;
      if (params.get('tput') === null) typed.tput = 'custom';
    } else rejected.push({ name: 'throughput', value: legacy, message: 'Not a throughput this calculator can use.' });
  }
  const nums = Object.fromEntries(
    NUMBER_KEYS.map((k) => [k, given[k] ?? fieldDefault(k, { ...typed, ...given, ...shape })]),
  ) as Record<NumberKey, number>;
  return { value: { ...nums, ...typed }, rejected };
}

/** The GPU offer a serving setup opens with: its GPU type's default offer (the default offer for a typed setup). */
export function defaultGpu(tput: string): PresetId<'gpu'> {
  const type = presetById('tput', tput)?.gpu;
  return (type && DEFAULT_GPU_OFFER[type]) || DEFAULT_PRESETS.gpu;
}

/** The full calculator opened on these inputs: `/costs/?requests=200000`, or `/costs/` at the defaults. */
export function costsPath(inputs: CostInputs): string {
  const query = encodeCostInputs(inputs);
  return `/costs/${query ? `?${query}` : ''}`;
}

/** Writes inputs as a query string, leaving out every value that equals its default. */
export function encodeCostInputs(inputs: CostInputs): string {
  const params = new URLSearchParams();
  for (const key of PRESET_KEYS) {
    const byDefault = key === 'gpu' ? defaultGpu(inputs.tput) : DEFAULT_PRESETS[key];
    if (inputs[key] !== byDefault) params.set(key, inputs[key]);
  }
  for (const key of NUMBER_KEYS) {
    if (inputs[key] !== fieldDefault(key, inputs)) params.set(key, String(inputs[key]));
  }
  return params.toString();
}
