// The fine-tuned models' numbers. They reach the browser as data in the page (the data module
// `virtual:calculator-data`, src/integrations/calculator-data.ts), so this module imports no value.

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
  /** Where the provider has announced an end: the last day new training jobs start, and the day serving stops. */
  readonly ends?: { readonly training: string; readonly serving: string };
}

/** Fireworks' on-demand H100, USD an hour (its pricing page, read 7 October 2026), billed 730 hours a month. */
export const FIREWORKS_H100_HOURLY = 8;

/** Fine-tuned models served by a provider. Ids are URL values: never rename one. */
export const TUNE_PRESETS = [
  // Served per token at the base model's price; LoRA training priced in the bracket above 300B parameters.
  { id: 'fireworks-glm-5.3-flash-lora', priceIn: 0.15, priceOut: 0.5, train: 10, hosting: 0 },
  // An 8B model's LoRA on a dedicated on-demand H100 at $8.00 an hour (× 730 hours): no per-token price.
  { id: 'fireworks-8b-lora-h100', priceIn: 0, priceOut: 0, train: 0.5, hosting: FIREWORKS_H100_HOURLY * 730 },
  // OpenAI's self-serve fine-tuning winds down: no new jobs from `ends.training`, serving until the base retires.
  {
    id: 'gpt-4.1-mini-ft',
    priceIn: 0.8,
    priceOut: 3.2,
    train: 5,
    hosting: 0,
    ends: { training: '2027-01-06', serving: '2027-01-14' },
  },
  {
    id: 'gpt-4.1-nano-ft',
    priceIn: 0.2,
    priceOut: 0.8,
    train: 1.5,
    hosting: 0,
    ends: { training: '2027-01-06', serving: '2026-10-23' },
  },
  {
    id: 'gpt-4.1-ft',
    priceIn: 3,
    priceOut: 12,
    train: 25,
    hosting: 0,
    ends: { training: '2027-01-06', serving: '2027-01-14' },
  },
] as const satisfies readonly TunePreset[];

export type TunePresetId = (typeof TUNE_PRESETS)[number]['id'];
