/**
 * The names the cost calculator's state is spelt in: its number fields and preset kinds (both URL
 * parameters, public: never rename one) and the groups its form shows fields in. The field table
 * (`costs/inputs.ts`) and the preset registry (`costs/preset-registry.ts`) are both keyed by these.
 */
export const NUMBER_KEYS = [
  'requests',
  'input',
  'output',
  'growth',
  'horizon',
  'priceIn',
  'priceOut',
  'priceCached',
  'cached',
  'reasoning',
  'batch',
  'gpuHour',
  'rps',
  'util',
  'peak',
  'minGpus',
  'fte',
  'salary',
  'loaded',
  'evalFte',
  'tunedIn',
  'tunedOut',
  'tuneTrain',
  'tuneTokens',
  'tuneHosting',
  'ftLow',
  'ftHigh',
  'embedPrice',
  'corpus',
  'refreshes',
  'context',
  'vectorStore',
  'monitoring',
  'complianceLow',
  'complianceHigh',
  'hardware',
  'hardwareLife',
  'trainLow',
  'trainHigh',
  'trainMonths',
  'scratchFte',
] as const;
export type NumberKey = (typeof NUMBER_KEYS)[number];

/** The preset kinds: API model, GPU, serving setup (throughput), fine-tuned model. */
export const PRESET_KEYS = ['model', 'gpu', 'tput', 'tune'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

/** Whether a name (a URL parameter, a form field's name, an MDX prop) is a number field's key. */
export const isNumberKey = (k: string): k is NumberKey => (NUMBER_KEYS as readonly string[]).includes(k);
/** Whether a name is a preset kind's key. */
export const isPresetKey = (k: string): k is PresetKey => (PRESET_KEYS as readonly string[]).includes(k);

export type FieldGroup = 'volume' | 'api' | 'selfhost' | 'tuned' | 'tuning' | 'hidden' | 'scratch';
