import type { Plugin } from 'vite';
import { FIELD_TABLE } from '../rules/costs/field-table.ts';
import { GPU_PRESETS } from '../rules/presets/gpu-presets.ts';
import { apiPrices } from '../rules/presets/price-dataset.ts';
import { RENAMED_MODELS, RENAMED_SETUP_TARGETS, RENAMED_SETUPS } from '../rules/presets/renamed.ts';
import { TUNE_PRESETS } from '../rules/presets/tune-presets.ts';
import { SILYBENCH_SOURCE } from '../rules/serving/data-silybench.ts';
import { fitSetup, SETUP_DEFS } from '../rules/serving/setups.ts';

/** The module the rules import the calculator's data from (`src/virtual.d.ts` types it). */
export const CALCULATOR_DATA_MODULE = 'virtual:calculator-data';

/** The element that carries the data in a page with a calculator (`Calculator.astro`). */
export const CALCULATOR_DATA_ELEMENT = 'calculator-data';

/**
 * The calculator's data, made when the site (or a test run) is built: the API presets' prices, read
 * from the price dataset, the number fields' bounds, units and defaults, the GPU offers' and fine-tuned
 * models' prices, every serving setup's curves, fitted to its published points, and the interactive
 * latency target's limits. Only these numbers reach a browser, never the dataset or the points; they
 * travel as JSON in the page, not as code.
 */
export const calculatorData = () => (data ??= made());
let data: ReturnType<typeof made> | undefined;
const made = () => ({
  fields: FIELD_TABLE,
  apiPrices: apiPrices(),
  gpuPresets: GPU_PRESETS,
  tunePresets: TUNE_PRESETS,
  servingCurves: SETUP_DEFS.map(fitSetup),
  renamed: { models: RENAMED_MODELS, setups: RENAMED_SETUPS, setupTargets: RENAMED_SETUP_TARGETS },
  /** The interactive latency target's limits, silybench's: what a reader's own run is checked against. */
  targets: { interactive: SILYBENCH_SOURCE.slo },
});

/** The data module's source for the build and for tests: the numbers themselves. */
export const inlineModule = (): string =>
  Object.entries(calculatorData())
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join('\n');

/**
 * Its source in the browser: the numbers read once from the JSON the page carries. Only code that runs beside
 * a calculator reads it this way (the calculator's island, its on-demand modules), and `Calculator.astro`
 * draws the JSON with every calculator.
 */
export const browserModule = (): string =>
  `const d = JSON.parse(document.getElementById(${JSON.stringify(CALCULATOR_DATA_ELEMENT)}).textContent);
${Object.keys(calculatorData())
  .map((name) => `export const ${name} = d.${name};`)
  .join('\n')}`;

/** Serves the data module: inline where the site is built or tested, read from the page in the browser. */
export function calculatorDataPlugin(): Plugin {
  const resolved = `\0${CALCULATOR_DATA_MODULE}`;
  return {
    name: 'calculator-data',
    resolveId: (id) => (id === CALCULATOR_DATA_MODULE ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      return this.environment?.config.consumer === 'client' ? browserModule() : inlineModule();
    },
  };
}
