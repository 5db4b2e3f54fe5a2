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
