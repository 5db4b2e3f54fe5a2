import { apiPrices, gpuPresets, renamed, tunePresets } from 'virtual:calculator-data';
import type { GpuType, OpenModelId } from '../serving/serving.ts';
import type { ApiPresetId } from './api-models.ts';
import type { GpuPreset, GpuPresetId } from './gpu-presets.ts';
import type { TunePreset, TunePresetId } from './tune-presets.ts';

export type { ApiPresetId };

/** Rates for a request whose input passes `above` tokens: the whole request is priced at them. */
export interface PriceTier {
  readonly above: number;
  readonly priceIn: number;
  readonly priceOut: number;
  readonly priceCached?: number;
  readonly priceWrite?: number;
}

/** A model's rates, USD per 1M tokens: input, output, cache read and cache write, and long-context tiers. */
export interface PriceSet {
  readonly priceIn: number;
  readonly priceOut: number;
  /** Cache-read input; absent where the model has no prompt cache price. */
  readonly priceCached?: number;
  /** Input written to the prompt cache; absent where the dataset gives no write price (it is billed as input). */
  readonly priceWrite?: number;
  /** Long-context tiers, lowest threshold first; empty for most models. */
  readonly tiers: readonly PriceTier[];
}

/** Rates the price dataset says come into force on a later day (YYYY-MM-DD). */
export interface PriceChange extends PriceSet {
  readonly from: string;
}

/** A hosted model's list prices on the dataset's day, USD per 1M tokens, from the price dataset (`presets/api-models.ts`). */
export interface ApiPrice extends PriceSet {
  /** Value of the `model` URL parameter. Public: do not rename. */
  readonly id: ApiPresetId;
  /** Later rates the dataset announces, earliest first: each month of a projection is billed at those in force. */
  readonly changes?: readonly PriceChange[];
  /** Whether the model spends reasoning tokens; a model that spends none is billed none. */
  readonly reasoning?: true;
  /** The open model a host serves, where the calculator can self-host it. */
  readonly open?: OpenModelId;
  /** A router reselling other hosts (taken for the same model only where no host serves it). */
  readonly router?: true;
  /** The day the provider retires the model (YYYY-MM-DD), where it has announced one. */
  readonly retires?: string;
}

/** API presets in menu order, read from the price dataset when the site is built. */
export const API_PRESETS: readonly ApiPrice[] = apiPrices;

/** Ids the site shipped before it read the dataset, and the preset each now opens. Never remove one. */
export const RENAMED_MODELS: Readonly<Record<string, ApiPresetId>> = renamed.models;

export type { GpuPreset, GpuPresetId } from './gpu-presets.ts';

/** GPU prices per GPU-hour, in menu order (`presets/gpu-presets.ts`), as the page carries them. */
export const GPU_PRESETS: readonly (GpuPreset & { readonly id: GpuPresetId })[] = gpuPresets;

/** The offer a GPU type opens with when a serving setup on it is chosen: each type's secure-cloud RunPod price. */
export const DEFAULT_GPU_OFFER: Readonly<Partial<Record<GpuType, GpuPresetId>>> = {
  H100: 'h100-runpod-secure',
  H200: 'h200-runpod-secure',
  B200: 'b200-runpod-secure',
  'RTX PRO 6000': 'rtx-pro-6000-runpod-secure',
};

/** Serving presets (the `tput` parameter): how many requests a second one GPU serves, by request shape. */
export { SERVING_SETUPS as THROUGHPUT_PRESETS, type ServingSetupId as ThroughputPresetId } from '../serving/serving.ts';

export type { TunePreset, TunePresetId } from './tune-presets.ts';

/** Fine-tuned models served by a provider (`presets/tune-presets.ts`), as the page carries them. */
export const TUNE_PRESETS: readonly (TunePreset & { readonly id: TunePresetId })[] = tunePresets;
