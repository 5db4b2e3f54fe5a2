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
}

/** Fine-tuned models served by a provider. Ids are URL values: never rename one. */
export const TUNE_PRESETS = [
  { id: 'gpt-4.1-mini-ft', priceIn: 0.8, priceOut: 3.2, train: 5, hosting: 0 },
  { id: 'gpt-4.1-nano-ft', priceIn: 0.2, priceOut: 0.8, train: 1.5, hosting: 0 },
  { id: 'gpt-4.1-ft', priceIn: 3, priceOut: 12, train: 25, hosting: 0 },
] as const satisfies readonly TunePreset[];

export type TunePresetId = (typeof TUNE_PRESETS)[number]['id'];
