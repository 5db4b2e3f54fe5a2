import type { Plugin } from 'vite';
import { apiPrices } from '../rules/presets/price-dataset.ts';

const ID = 'virtual:api-prices';

/**
 * Serves `virtual:api-prices`: the numbers of the API presets, read from the price dataset when
 * the site (or the test run) is built. Only these numbers reach a browser, never the dataset.
 */
export function apiPricesPlugin(): Plugin {
  return {
    name: 'api-prices',
    resolveId(id) {
      return id === ID ? `\0${ID}` : undefined;
    },
    load(id) {
      return id === `\0${ID}` ? `export default ${JSON.stringify(apiPrices())};` : undefined;
    },
  };
}
