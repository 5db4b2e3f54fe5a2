import API_PRICES from 'virtual:api-prices';
import type { ApiPresetId } from './api-models.ts';

export type { ApiPresetId };

/** Rates for a request whose input passes `above` tokens: the whole request is priced at them. */
export interface PriceTier {
  readonly above: number;
  readonly priceIn: number;
  readonly priceOut: number;
  readonly priceCached?: number;
}

/** A hosted model's list prices, USD per 1M tokens, from the price dataset (`presets/api-models.ts`). */
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

/** A GPU's price per hour: on demand unless the preset says reserved. */
export interface GpuPreset {
  /** Value of the `gpu` URL parameter. Public: do not rename. */
  readonly id: string;
  /** USD per GPU-hour, on demand. */
  readonly hourly: number;
}

/** GPU prices per GPU-hour, on demand but for the reserved one (names and sources: `notes.ts`). Ids are URL values: never rename one. */
export const GPU_PRESETS = [
  { id: 'h100-runpod-community', hourly: 2.69 },
  { id: 'h100-runpod-secure', hourly: 3.49 },
  { id: 'h100-lambda', hourly: 4.29 },
  { id: 'h100-aws', hourly: 6.88 },
  { id: 'h100-gcp', hourly: 10.98 },
  { id: 'h100-azure', hourly: 12.29 },
  { id: 'h100-reserved-1y', hourly: 2.35 },
  { id: 'a100-runpod-secure', hourly: 1.59 },
  { id: 'a100-aws', hourly: 3.43 },
  { id: 'l40s-runpod-secure', hourly: 1.09 },
  { id: 'a10-lambda', hourly: 1.29 },
] as const satisfies readonly GpuPreset[];

export type GpuPresetId = (typeof GPU_PRESETS)[number]['id'];

/** Serving presets (the `tput` parameter): how many requests a second one GPU serves, by request shape. */
export { SERVING_SETUPS as THROUGHPUT_PRESETS, type ServingSetupId as ThroughputPresetId } from '../serving/serving.ts';

/** A fine-tuned model that a provider serves: per-token prices, the training job's price, any hosting fee. */
export interface TunePreset {
  /** Value of the `tune` URL parameter. Public: do not rename. */
  readonly id: string;
  /** USD per 1M input / output tokens of the fine-tuned model. */
  readonly priceIn: number;
  readonly priceOut: number;
  /** USD per 1M training tokens. */
  readonly train: number;
  /** USD a month for keeping the model deployed; zero where the provider bills per token only. */
  readonly hosting: number;
}

/** Fine-tuned models served by a provider. Ids are URL values: never rename one. */
export const TUNE_PRESETS = [
  { id: 'gpt-4.1-mini-ft', priceIn: 0.8, priceOut: 3.2, train: 5, hosting: 0 },
  { id: 'gpt-4.1-nano-ft', priceIn: 0.2, priceOut: 0.8, train: 1.5, hosting: 0 },
  { id: 'gpt-4.1-ft', priceIn: 3, priceOut: 12, train: 25, hosting: 0 },
] as const satisfies readonly TunePreset[];

export type TunePresetId = (typeof TUNE_PRESETS)[number]['id'];
