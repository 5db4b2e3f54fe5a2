declare module 'virtual:calculator-data' {
  // The calculator's data, made at build time (src/integrations/calculator-data.ts).
  /** The number fields of the cost calculator (src/rules/costs/field-table.ts). */
  export const fields: typeof import('./rules/costs/field-table.ts').FIELD_TABLE;
  /** The API presets' prices, from the price dataset. */
  export const apiPrices: readonly import('./rules/presets/presets.ts').ApiPrice[];
  /** The GPU offers' prices (src/rules/presets/gpu-presets.ts). */
  export const gpuPresets: readonly (import('./rules/presets/gpu-presets.ts').GpuPreset & {
    readonly id: import('./rules/presets/gpu-presets.ts').GpuPresetId;
  })[];
  /** The fine-tuned models' prices (src/rules/presets/tune-presets.ts). */
  export const tunePresets: readonly (import('./rules/presets/tune-presets.ts').TunePreset & {
    readonly id: import('./rules/presets/tune-presets.ts').TunePresetId;
  })[];
  /** Every serving setup's fitted curves. */
  export const servingCurves: readonly import('./rules/serving/serving.ts').ServingSetup[];
  /** Ids old links carry and the ids they open now (src/rules/presets/renamed.ts). */
  export const renamed: {
    readonly models: typeof import('./rules/presets/renamed.ts').RENAMED_MODELS;
    readonly setups: typeof import('./rules/presets/renamed.ts').RENAMED_SETUPS;
    readonly setupTargets: typeof import('./rules/presets/renamed.ts').RENAMED_SETUP_TARGETS;
  };
  /** The interactive latency target's limits (src/rules/serving/data-silybench.ts, `SILYBENCH_SOURCE.slo`). */
  export const targets: {
    readonly interactive: typeof import('./rules/serving/data-silybench.ts').SILYBENCH_SOURCE.slo;
  };
}
