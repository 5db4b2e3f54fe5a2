declare module 'virtual:api-prices' {
  /** The API presets' numbers, from the price dataset at build time (src/integrations/api-prices.ts). */
  const prices: readonly import('./rules/presets/presets.ts').ApiPrice[];
  export default prices;
}
