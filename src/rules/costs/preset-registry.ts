// The preset registry: for each kind of preset the calculator offers (PRESET_KEYS), the numbers it
// computes with. What the site says about the presets (names, menu options, where their numbers come
// from) is in `costs/preset-text.ts`, keyed the same way; this half carries no words, so the browser
// may load it.
import { API_PRESETS, GPU_PRESETS, RENAMED_MODELS, THROUGHPUT_PRESETS, TUNE_PRESETS } from '../presets/presets.ts';
import {
  type BenchPoint,
  capacity,
  keptRate,
  LATENCY_TARGETS,
  type LatencyTargetId,
  RENAMED_SETUPS,
} from '../serving/serving.ts';
import type { NumberKey } from './fields.ts';
import type { FieldGroup, PresetKey } from './keys.ts';

/** What a preset's numbers may depend on: tokens in and out per request, the latency target, the reader's run. */
export interface Shape {
  readonly input: number;
  readonly output: number;
  readonly slo?: LatencyTargetId | 'custom';
  readonly run?: BenchPoint | undefined;
}

/** What every preset has: the id the URL carries. */
export interface Preset {
  /** URL value. Public: never rename one. */
  readonly id: string;
}

/** One kind of preset: its menu's presets and the fields a choice among them fills. */
export interface PresetKind<P extends Preset = Preset> {
  /** Its URL parameter. */
  readonly key: PresetKey;
  /** The group of the calculator's form whose fields it fills, and in which its menu stands. */
  readonly group: FieldGroup;
  /** Its menu is shown to a first-time reader, above the collapsed groups of assumptions. */
  readonly primary?: boolean;
  /** Its presets, in menu order. */
  readonly presets: readonly P[];
  /** A choice among its presets only: no `custom` in its menu or its URL values. */
  readonly closed?: true;
  /** Ids the kind has shipped and retired, and the id each now opens. Never remove one. */
  readonly renamed?: Readonly<Record<string, P['id']>>;
  /** The numbers a preset puts into the fields that follow the kind (their origin is this preset kind). */
  fills(preset: P, shape: Shape): Partial<Record<NumberKey, number>>;
}

/** A kind, with its presets' type and the fields it fills kept for typed readers. */
const kind = <K extends PresetKey, P extends Preset, F extends NumberKey>(
  k: Omit<PresetKind<P>, 'key' | 'fills'> & {
    readonly key: K;
    fills(preset: P, shape: Shape): Readonly<Record<F, number>>;
  },
) => k;

/** Every preset kind, by its URL parameter. */
export const PRESETS = {
  model: kind({
    key: 'model',
    group: 'api',
    primary: true,
    presets: API_PRESETS,
    renamed: RENAMED_MODELS,
    // A model without a cache price reads and writes its cached input at the input price.
    fills: (p) => ({
      priceIn: p.priceIn,
      priceOut: p.priceOut,
      priceCached: p.priceCached ?? p.priceIn,
      priceWrite: p.priceWrite ?? p.priceIn,
    }),
  }),
  gpu: kind({
    key: 'gpu',
    group: 'selfhost',
    primary: true,
    presets: GPU_PRESETS,
    fills: (p) => ({
      gpuHour: p.hourly,
      gpuPrice: 'owned' in p ? p.owned.price : 0,
      gpuUpkeep: 'owned' in p ? p.owned.upkeep : 0,
      machineGpus: 'machine' in p ? p.machine : 1,
    }),
  }),
  tput: kind({
    key: 'tput',
    group: 'selfhost',
    primary: true,
    presets: THROUGHPUT_PRESETS,
    renamed: RENAMED_SETUPS,
    // The modelled rate at the shape and target (through the reader's run, where there is one), to four
    // significant digits, so the field shows what the calculator uses.
    fills: (p, s) => ({
      rps: keptRate(capacity(p, s.input, s.output, s.slo ?? 'interactive', s.run).rps),
      gpusPerReplica: p.gpusPerReplica,
    }),
  }),
  slo: kind({
    key: 'slo',
    group: 'selfhost',
    primary: true,
    closed: true,
    presets: LATENCY_TARGETS,
    // The serving setup's rate follows the target (its fills read it); the target fills nothing itself.
    fills: () => ({}),
  }),
  tune: kind({
    key: 'tune',
    group: 'tuned',
    presets: TUNE_PRESETS,
    fills: (p) => ({ tunedIn: p.priceIn, tunedOut: p.priceOut, tuneTrain: p.train, tuneHosting: p.hosting }),
  }),
} as const satisfies { readonly [K in PresetKey]: PresetKind & { readonly key: K } };

/** A preset of one kind, as its kind's list types it. */
export type PresetOf<K extends PresetKey> = (typeof PRESETS)[K]['presets'][number];
export type PresetId<K extends PresetKey> = PresetOf<K>['id'];

/** A kind, for readers that treat every kind alike. */
export const presetKind = (key: PresetKey): PresetKind => PRESETS[key];

/** The preset a URL value opens: its own id, or the id it was renamed to; none for `custom` or an unknown id. */
export function presetById<K extends PresetKey>(key: K, id: string): PresetOf<K> | undefined {
  const k = presetKind(key);
  // Own keys only: a URL value such as `valueOf` is no renamed id.
  const current = k.renamed && Object.hasOwn(k.renamed, id) ? (k.renamed[id] ?? id) : id;
  // The kind of `key` holds only presets of `key`'s type.
  return k.presets.find((p) => p.id === current) as PresetOf<K> | undefined;
}

/** The numbers a choice of preset puts into the fields that follow its kind; `custom` puts none. */
export function presetFills(key: PresetKey, id: string, shape: Shape): Partial<Record<NumberKey, number>> {
  const p = presetById(key, id);
  return p ? presetKind(key).fills(p, shape) : {};
}
