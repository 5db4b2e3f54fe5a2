declare module 'virtual:api-prices' {
  /** The API presets' numbers, from the price dataset at build time (src/integrations/calculator-data.ts). */
  const prices: readonly import('./rules/presets/presets.ts').ApiPrice[];
  export default prices;
}

declare module 'virtual:serving-curves' {
  /** Every serving setup's fitted curves, made at build time (src/integrations/calculator-data.ts). */
  const curves: readonly import('./rules/serving/serving.ts').ServingSetup[];
  export default curves;
}

declare module 'virtual:gpu-presets' {
  /** The GPU offers' numbers (src/rules/presets/gpu-presets.ts), as the page carries them. */
  const offers: readonly (import('./rules/presets/gpu-presets.ts').GpuPreset & {
    readonly id: import('./rules/presets/gpu-presets.ts').GpuPresetId;
  })[];
  export default offers;
}
