/**
 * The names of the cost calculator's preset kinds (URL parameters, public: never rename one) and of
 * the groups its form shows fields in. The number fields are keyed by the field table
 * (`costs/fields.ts`); the preset registry (`costs/preset-registry.ts`) by these.
 */
/** The preset kinds: API model, GPU, serving setup (throughput), latency target, fine-tuned model. */
export const PRESET_KEYS = ['model', 'gpu', 'tput', 'slo', 'tune'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

/** Whether a name is a preset kind's key. */
export const isPresetKey = (k: string): k is PresetKey => (PRESET_KEYS as readonly string[]).includes(k);

export type FieldGroup = 'volume' | 'api' | 'selfhost' | 'bench' | 'tuned' | 'tuning' | 'hidden' | 'scratch';
