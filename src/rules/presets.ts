import type { SourceKey } from './sources.ts';

/** A hosted model's list price. */
export interface ApiPreset {
  /** Value of the `model` URL parameter. Public: do not rename. */
  readonly id: string;
  /** USD per 1M input tokens. */
  readonly priceIn: number;
  /** USD per 1M output tokens. */
  readonly priceOut: number;
  readonly source: SourceKey;
  readonly asOf: string;
}

const LL = { source: 'litellm', asOf: '2026-07-24' } as const;

/** API list prices, standard tier, short prompts. Ids are URL values: never rename one. */
export const API_PRESETS = [
  { id: 'gpt-5', priceIn: 1.25, priceOut: 10, ...LL },
  { id: 'gpt-5-mini', priceIn: 0.25, priceOut: 2, ...LL },
  { id: 'gpt-5-nano', priceIn: 0.05, priceOut: 0.4, ...LL },
  { id: 'gpt-4.1', priceIn: 2, priceOut: 8, ...LL },
  { id: 'gpt-4.1-mini', priceIn: 0.4, priceOut: 1.6, ...LL },
  { id: 'gpt-4o', priceIn: 2.5, priceOut: 10, ...LL },
  { id: 'gpt-4o-mini', priceIn: 0.15, priceOut: 0.6, ...LL },
  {
    id: 'claude-sonnet-4.5',
    priceIn: 3,
    priceOut: 15,
    ...LL,
  },
  { id: 'claude-haiku-4.5', priceIn: 1, priceOut: 5, ...LL },
  { id: 'claude-opus-4.5', priceIn: 5, priceOut: 25, ...LL },
  {
    id: 'gemini-2.5-pro',
    priceIn: 1.25,
    priceOut: 10,
    ...LL,
  },
  { id: 'gemini-2.5-flash', priceIn: 0.3, priceOut: 2.5, ...LL },
  { id: 'gemini-2.5-flash-lite', priceIn: 0.1, priceOut: 0.4, ...LL },
  { id: 'llama-3.1-8b-deepinfra', priceIn: 0.03, priceOut: 0.05, ...LL },
  { id: 'llama-3.3-70b-together', priceIn: 0.88, priceOut: 0.88, ...LL },
] as const satisfies readonly ApiPreset[];

export type ApiPresetId = (typeof API_PRESETS)[number]['id'];

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
