// Build time only: the words of the presets, and the price dataset's pricing pages. The browser gets
// the numbers alone, from `costs/preset-registry.ts`.
import type { SourceKey } from '../figures/sources.ts';
import { formatAsOf, formatCount, formatUnitPrice, formatUsd, isoDay } from '../format/format.ts';
import { CURATED_MODELS, PRICE_DATA, SNAPSHOT_MODELS } from '../presets/api-models.ts';
import {
  API_PRESET_NOTES,
  GPU_PRESET_NOTES,
  LATENCY_TARGET_NOTES,
  type PresetNotes,
  THROUGHPUT_PRESET_NOTES,
  TUNE_PRESET_NOTES,
} from '../presets/notes.ts';
import type { ApiPrice, PriceSet, PriceTier } from '../presets/presets.ts';
import { pricingUrl, providerName } from '../presets/price-dataset.ts';
import { setupSource } from '../serving/notes.ts';
import { capacity, type ServingSetup } from '../serving/serving.ts';
import { measuredLoads, SETUP_DEFS } from '../serving/setups.ts';
import { fieldDefault } from './inputs.ts';
import type { PresetKey } from './keys.ts';
import { type Preset, type PresetOf, presetById, presetKind } from './preset-registry.ts';

/** Where a preset's numbers come from: a source and the day it gave them. */
export interface PresetSource {
  readonly source: SourceKey;
  readonly asOf: string;
  /** The dataset's version, where the numbers are read from a versioned dataset. */
  readonly version?: string;
}

/** A second link under a preset's source, such as the provider's own pricing page. */
export interface SourceLink {
  readonly href: string;
  readonly text: string;
}

/** The words of one preset kind, and where its presets' numbers come from. */
export interface PresetKindText<P extends Preset = Preset> {
  /** The label of the kind's menu in the calculator. */
  readonly menu: string;
  /** The caption of the kind's table on /sources/ (`<PresetTable kind="…" />`). */
  readonly table: string;
  /** The versioned dataset the kind's numbers are read from when the site is built, if any. */
  readonly dataset?: PresetSource & { readonly package: string; readonly version: string };
  /** The preset's name, and any note, from the notes tables. */
  notes(preset: P): PresetNotes;
  /** The price a menu option shows after the name; none where the kind's presets have no one price. */
  price?(preset: P): string;
  /** The preset's numbers in words, as its row on /sources/ gives them. */
  value(preset: P): string;
  source(preset: P): PresetSource;
  /** A second link under the source, where the kind's source cites one for the preset. */
  also?(preset: P): SourceLink | undefined;
  /** What the menu option says of the preset to scripts and tests, as `data-*` attributes (the page's alone). */
  data?(preset: P): Readonly<Record<string, string>>;
}

/** The day the site is built: a retirement on or before it is past. */
const BUILD_DAY = isoDay();

/** A preset's rates in words: base, cache read and write, each long-context tier, and each announced change. */
export function apiRatesText(p: ApiPrice): string {
  const rates = (r: PriceSet | PriceTier) =>
    `${formatUnitPrice(r.priceIn)} in / ${formatUnitPrice(r.priceOut)} out${r.priceCached === undefined ? '' : ` / ${formatUnitPrice(r.priceCached)} cache read`}${r.priceWrite === undefined ? '' : ` / ${formatUnitPrice(r.priceWrite)} cache write`}`;
  const set = (s: PriceSet) =>
    `${rates(s)} per 1M tokens${s.tiers.map((t) => `; above ${formatCount(t.above)} input tokens, ${rates(t)}`).join('')}`;
  const changes = (p.changes ?? []).map((c) => `. From ${formatAsOf(c.from)}, as announced: ${set(c)}`);
  return `${set(p)}${changes.join('')}`;
}

/** A serving setup in its benchmarks' terms: the rate at the example request at each target, and its latency. */
function servingValue(p: ServingSetup): string {
  const input = fieldDefault('input');
  const output = fieldDefault('output');
  const rate = (slo: string) => formatCount(capacity(p, input, output, slo).rps);
  const interactive = `${rate('interactive')} requests a second per GPU at ${formatCount(input)} tokens in and ${formatCount(output)} out at the interactive target (${p.loads ? 'measured' : 'derived from the maximum-load figure'}), ${rate('batch')} at maximum load`;
  const light = p.loads?.[0];
  if (!light) return `${interactive}; the source publishes no latency`;
  const first = light.ttft[0];
  return `${interactive}; with one request in flight, first token (p95) within ${formatCount(Math.round(first[1]))} ms at ${formatCount(first[0])} tokens in`;
}

/** The definition of a setup in the browser's list. */
const setupDef = (p: ServingSetup) => {
  const d = SETUP_DEFS.find((x) => x.id === p.id);
  if (!d) throw new Error(`No definition for serving setup ${p.id}`);
  return d;
};

/** Input and output price per 1M tokens, as a menu shows them. */
const menuPrices = (p: { readonly priceIn: number; readonly priceOut: number }) =>
  `${formatUnitPrice(p.priceIn)} / ${formatUnitPrice(p.priceOut)}`;

const DATASET = { source: 'genai-prices', ...PRICE_DATA } as const;

/** A preset that carries its own source and date. */
const own = ({ source, asOf }: PresetSource): PresetSource => ({ source, asOf });

/** The words of every preset kind, by its URL parameter. */
export const PRESET_TEXT: { readonly [K in PresetKey]: PresetKindText<PresetOf<K>> } = {
  model: {
    menu: 'API model',
    table: 'Hosted model list prices',
    dataset: DATASET,
    notes: (p) => API_PRESET_NOTES[p.id],
    price: (p) => {
      const change = p.changes?.[0];
      const then = change ? `; ${menuPrices(change)} from ${formatAsOf(change.from)}` : '';
      const retires = p.retires ? `; ${p.retires <= BUILD_DAY ? 'retired' : 'retires'} ${formatAsOf(p.retires)}` : '';
      return `${menuPrices(p)}${then}${retires}`;
    },
    value: apiRatesText,
    data: (p) => ({ reasoning: String(CURATED_MODELS.find((m) => m.id === p.id)?.reasoning ?? false) }),
    // A model the dataset has dropped keeps the source and date of its snapshot.
    source: (p) => {
      const snapshot = SNAPSHOT_MODELS.find((m) => m.id === p.id);
      return snapshot ? own(snapshot) : { source: DATASET.source, asOf: DATASET.asOf, version: DATASET.version };
    },
    also: (p) => {
      const m = CURATED_MODELS.find((c) => c.id === p.id);
      const href = m && pricingUrl(m.provider);
      return m && href ? { href, text: `${providerName(m.provider)}’s pricing page` } : undefined;
    },
  },
  gpu: {
    menu: 'GPU',
    table: 'GPU prices',
    notes: (p) => GPU_PRESET_NOTES[p.id],
    price: (p) =>
      'owned' in p
        ? `bought: ${formatUsd(p.owned.price)} a GPU, ${formatUsd(p.owned.upkeep)} a month to run`
        : `${formatUsd(p.hourly)} an hour`,
    value: (p) =>
      `${'owned' in p ? `${formatUsd(p.owned.price)} per GPU to buy and ${formatUsd(p.owned.upkeep)} per GPU a month for power and hosting` : `${formatUsd(p.hourly)} per GPU-hour`}${'machine' in p ? `, sold as ${p.machine}-GPU machines` : ''}`,
    data: (p) => ({ gpu: p.type }),
    source: (p) => own(GPU_PRESET_NOTES[p.id]),
  },
  tput: {
    menu: 'Serving setup',
    table: 'Serving setups',
    notes: (p) => ({
      ...THROUGHPUT_PRESET_NOTES[p.id],
      note:
        setupDef(p).from.kind === 'silybench'
          ? 'Measured at many loads, with time to first token. silybench lists these runs as pipeline validation, “not featured”: published with every raw file, but not one of its headline results.'
          : 'NVIDIA’s maximum-load benchmark, with no latency measured: its interactive capacity is derived, and it cannot show a real-time one.',
    }),
    value: servingValue,
    source: (p) => own(setupSource(setupDef(p))),
    data: (p) => {
      const d = setupDef(p);
      const loads = measuredLoads(d);
      return {
        model: d.open,
        gpu: d.gpu,
        'gpus-per-replica': String(d.gpusPerReplica),
        load: loads === 'max' ? loads : loads.join(','),
      };
    },
  },
  slo: {
    menu: 'Latency target',
    table: 'Latency targets',
    notes: (p) => LATENCY_TARGET_NOTES[p.id],
    value: (p) => LATENCY_TARGET_NOTES[p.id].label,
    source: (p) => own(LATENCY_TARGET_NOTES[p.id]),
  },
  tune: {
    menu: 'Fine-tuned model',
    table: 'Fine-tuned model prices',
    notes: (p) => TUNE_PRESET_NOTES[p.id],
    price: menuPrices,
    value: (p) =>
      `${p.hosting > 0 ? `${formatUsd(p.hosting)} a month to host, no price per token` : `${formatUnitPrice(p.priceIn)} in / ${formatUnitPrice(p.priceOut)} out per 1M tokens`}, and ${formatUnitPrice(p.train)} per 1M training tokens${'ends' in p ? `; no new training jobs from ${formatAsOf(p.ends.training)}, serving until ${formatAsOf(p.ends.serving)}` : ''}`,
    source: (p) => own(TUNE_PRESET_NOTES[p.id]),
  },
};

/** A kind's words, for readers that treat every kind alike. */
export const presetText = (key: PresetKey): PresetKindText => PRESET_TEXT[key];

/** One preset with everything the site says of it. */
export interface PresetEntry {
  readonly id: string;
  /** Its name alone, for sentences. */
  readonly name: string;
  readonly note?: string | undefined;
  /** Its option in the calculator's menu: the name, and the price where the kind has one. */
  readonly option: string;
  readonly value: string;
  readonly source: PresetSource;
  /** Ids it has had before, which still open it. */
  readonly aliases: readonly string[];
  readonly also?: SourceLink | undefined;
  readonly data?: Readonly<Record<string, string>> | undefined;
}

/** Every preset of a kind with its words, in menu order. */
export function presetEntries(key: PresetKey): readonly PresetEntry[] {
  const kind = presetKind(key);
  const text = presetText(key);
  return kind.presets.map((p) => {
    const { label, note } = text.notes(p);
    const price = text.price?.(p);
    return {
      id: p.id,
      name: label,
      note,
      option: price === undefined ? label : `${label} (${price})`,
      value: text.value(p),
      source: text.source(p),
      aliases: Object.entries(kind.renamed ?? {})
        .filter(([, now]) => now === p.id)
        .map(([old]) => old),
      also: text.also?.(p),
      data: text.data?.(p),
    };
  });
}

/** A preset's name, for a sentence; an id that is no preset of its kind fails the build. */
export function presetName(key: PresetKey, id: string): string {
  const p = presetById(key, id);
  if (!p) throw new Error(`No ${key} preset "${id}"`);
  return presetText(key).notes(p).label;
}
