import API_PRICES from 'virtual:api-prices';
import type { ApiPresetId } from './api-models.ts';
import type { SourceKey } from './sources.ts';

export type { ApiPresetId };

/** Rates for a request whose input passes `above` tokens: the whole request is priced at them. */
export interface PriceTier {
  readonly above: number;
  readonly priceIn: number;
  readonly priceOut: number;
  readonly priceCached?: number;
}

/** A hosted model's list prices, USD per 1M tokens, from the price dataset (`api-models.ts`). */
export interface ApiPrice {
  /** Value of the `model` URL parameter. Public: do not rename. */
  readonly id: ApiPresetId;
  readonly priceIn: number;
  readonly priceOut: number;
  /** Cache-read input; absent where the model has no prompt cache price. */
  readonly priceCached?: number;
  /** Long-context tiers, lowest threshold first; empty for most models. */
  readonly tiers: readonly PriceTier[];
}

/** API presets in menu order, read from the price dataset when the site is built. */
export const API_PRESETS: readonly ApiPrice[] = API_PRICES;

/** Ids the site shipped before it read the dataset, and the preset each now opens. Never remove one. */
export const RENAMED_MODELS: Readonly<Record<string, ApiPresetId>> = {
  'claude-sonnet-4.5': 'claude-sonnet-4-5',
  'claude-haiku-4.5': 'claude-haiku-4-5',
  'claude-opus-4.5': 'claude-opus-4-5',
  'llama-3.3-70b-together': 'together/meta-llama/Llama-3.3-70B-Instruct-Turbo',
};

/** An on-demand GPU price. */
export interface GpuPreset {
  /** Value of the `gpu` URL parameter. Public: do not rename. */
  readonly id: string;
  /** USD per GPU-hour, on demand. */
  readonly hourly: number;
  readonly source: SourceKey;
  readonly asOf: string;
}

const SB = { source: 'silybench', asOf: '2026-09-25' } as const;
const DR = { source: 'data-receipts', asOf: '2026-11-09' } as const;

/** On-demand GPU prices per GPU-hour. Ids are URL values: never rename one. */
export const GPU_PRESETS = [
  { id: 'h100-runpod-community', hourly: 2.69, ...SB },
  { id: 'h100-runpod-secure', hourly: 3.49, ...DR },
  { id: 'h100-lambda', hourly: 4.29, ...SB },
  { id: 'h100-aws', hourly: 6.88, ...DR },
  { id: 'h100-gcp', hourly: 10.98, source: 'silybench', asOf: '2026-09-26' },
  { id: 'h100-azure', hourly: 12.29, ...DR },
  { id: 'a100-runpod-secure', hourly: 1.59, ...SB },
  { id: 'a100-aws', hourly: 3.43, ...DR },
  { id: 'l40s-runpod-secure', hourly: 1.09, ...SB },
  { id: 'a10-lambda', hourly: 1.29, ...SB },
] as const satisfies readonly GpuPreset[];

export type GpuPresetId = (typeof GPU_PRESETS)[number]['id'];

/** Serving throughput of one GPU, tokens a second. */
export interface ThroughputPreset {
  readonly id: string;
  readonly tokensPerSecond: number;
  readonly source: SourceKey;
  readonly asOf: string;
  /** Whether the figure is a maximum-load bound that interactive serving does not reach. */
  readonly upperBound: boolean;
}

export const THROUGHPUT_PRESETS = [
  {
    id: '8b-interactive',
    tokensPerSecond: 2_529,
    source: 'silybench',
    asOf: '2026-09-24',
    upperBound: false,
  },
  {
    id: '8b-max',
    tokensPerSecond: 15_220,
    source: 'tensorrt-llm',
    asOf: '2025',
    upperBound: true,
  },
  {
    id: '70b-max',
    tokensPerSecond: 2_100,
    source: 'tensorrt-llm',
    asOf: '2025',
    upperBound: true,
  },
] as const satisfies readonly ThroughputPreset[];

export type ThroughputPresetId = (typeof THROUGHPUT_PRESETS)[number]['id'];
