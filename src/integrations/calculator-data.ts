import type { Plugin } from 'vite';
import { GPU_PRESETS } from '../rules/presets/gpu-presets.ts';
import { apiPrices } from '../rules/presets/price-dataset.ts';
import { fitSetup, SETUP_DEFS } from '../rules/serving/setups.ts';

/**
 * The calculator's data, made when the site (or a test run) is built: the API presets' prices, read
 * from the price dataset, the GPU offers' prices, and every serving setup's curves, fitted to its
 * published points. Only
 * these numbers reach a browser, never the dataset or the points.
 */
export const CALCULATOR_DATA = {
  'virtual:api-prices': () => apiPrices(),
  'virtual:serving-curves': () => SETUP_DEFS.map(fitSetup),
  'virtual:gpu-presets': () => GPU_PRESETS,
} as const;

export type CalculatorDataId = keyof typeof CALCULATOR_DATA;

/** Whether an import names one of the data modules. */
export const isCalculatorDataId = (id: string): id is CalculatorDataId => Object.hasOwn(CALCULATOR_DATA, id);

/** The element that carries the data in a page with a calculator (`Calculator.astro`). */
export const CALCULATOR_DATA_ELEMENT = 'calculator-data';

/** Every data module's value, keyed by id: the JSON a page with a calculator carries. */
export const calculatorData = (): Record<CalculatorDataId, unknown> => ({
  'virtual:api-prices': CALCULATOR_DATA['virtual:api-prices'](),
  'virtual:serving-curves': CALCULATOR_DATA['virtual:serving-curves'](),
  'virtual:gpu-presets': CALCULATOR_DATA['virtual:gpu-presets'](),
});

/** A data module's source: the numbers themselves, for the build and for tests. */
export const inlineModule = (id: CalculatorDataId): string =>
  `export default ${JSON.stringify(CALCULATOR_DATA[id]())};`;

/**
 * A data module's source in the browser: it reads its numbers from the JSON the page carries, so they
 * travel as data in the page and not as code. A page without a calculator carries none: empty lists.
 */
const browserModule = (id: CalculatorDataId): string =>
  `const el = document.getElementById(${JSON.stringify(CALCULATOR_DATA_ELEMENT)}); export default el ? JSON.parse(el.textContent)[${JSON.stringify(id)}] : [];`;

/** Serves the data modules: inline where the site is built or tested, read from the page in the browser. */
export function calculatorDataPlugin(): Plugin {
  return {
    name: 'calculator-data',
    resolveId(id) {
      return isCalculatorDataId(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0')) return undefined;
      const name = id.slice(1);
      if (!isCalculatorDataId(name)) return undefined;
      return this.environment?.config.consumer === 'client' ? browserModule(name) : inlineModule(name);
    },
  };
}
