import API_PRICES from 'virtual:api-prices';
import GPU_OFFERS from 'virtual:gpu-presets';
import type { GpuType } from '../serving/serving.ts';
import type { ApiPresetId } from './api-models.ts';
import type { GpuPreset, GpuPresetId } from './gpu-presets.ts';

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

export type { GpuPreset, GpuPresetId } from './gpu-presets.ts';

/** GPU prices per GPU-hour, in menu order (`presets/gpu-presets.ts`), as the page carries them. */
export const GPU_PRESETS: readonly (GpuPreset & { readonly id: GpuPresetId })[] = GPU_OFFERS;

/** The offer a GPU type opens with when a serving setup on it is chosen: each type's secure-cloud RunPod price. */
export const DEFAULT_GPU_OFFER: Readonly<Partial<Record<GpuType, GpuPresetId>>> = {
  H100: 'h100-runpod-secure',
  H200: 'h200-runpod-secure',
  B200: 'b200-runpod-secure',
  'RTX PRO 6000': 'rtx-pro-6000-runpod-secure',
};

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
