// Ids the calculator once used and the ids they open now. Never remove one: old links carry them. They
// reach the browser as data in the page (`virtual:calculator-data`), so this module imports no value.

/** API model ids the site shipped before it read the dataset, and the preset each now opens. */
export const RENAMED_MODELS = {
  'claude-sonnet-4.5': 'claude-sonnet-4-5',
  'claude-haiku-4.5': 'claude-haiku-4-5',
  'claude-opus-4.5': 'claude-opus-4-5',
  'llama-3.3-70b-together': 'together/meta-llama/Llama-3.3-70B-Instruct-Turbo',
} as const;

/** Serving ids that were each a model on a GPU at one load: the setup each now opens. */
export const RENAMED_SETUPS = {
  '8b-interactive': 'qwen3-8b-h100-bf16',
  'qwen3-8b-h100-bf16-c1': 'qwen3-8b-h100-bf16',
  'qwen3-8b-h100-fp8-c32': 'qwen3-8b-h100-fp8',
  'qwen3-8b-h100-fp8-c128': 'qwen3-8b-h100-fp8',
  '8b-max': 'llama-3.1-8b-h100',
  '70b-max': 'llama-3.3-70b-h100',
} as const;

/** The latency target an old serving id's load stood for, where a link names none. */
export const RENAMED_SETUP_TARGETS = {
  'qwen3-8b-h100-bf16-c1': 'realtime',
  'qwen3-8b-h100-fp8-c128': 'batch',
  '8b-max': 'batch',
  '70b-max': 'batch',
} as const;
