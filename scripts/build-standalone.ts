// Bundles each file of src/scripts/standalone/ on its own into the output folder (dist/ by
// default): code a reader needs only on first use. The calculator's numbers come from the same
// build-time data module as the Astro build's (src/integrations/calculator-data.ts).
import { readdirSync } from 'node:fs';
import { build, type Plugin } from 'esbuild';
import { browserModule, inlineModule } from '../src/integrations/calculator-data.ts';

/** The calculator's data: inline for code that runs on any page (search), read from the page for code that
 * runs only beside a calculator (the scenario and benchmark modules), which carries it already. */
const data = (source: () => string): Plugin => ({
  name: 'calculator-data',
  setup(b) {
    b.onResolve({ filter: /^virtual:calculator-data$/ }, (a) => ({ path: a.path, namespace: 'virtual' }));
    b.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({ contents: source(), loader: 'js' }));
  },
});

/** Modules that run only on a page with a calculator. */
const BESIDE_A_CALCULATOR = new Set(['scenario.ts', 'benchmark.ts']);

const dir = 'src/scripts/standalone';
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
for (const [entries, source] of [
  [files.filter((f) => !BESIDE_A_CALCULATOR.has(f)), inlineModule],
  [files.filter((f) => BESIDE_A_CALCULATOR.has(f)), browserModule],
] as const)
  await build({
    entryPoints: entries.map((f) => `${dir}/${f}`),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outdir: process.env.OUT_DIR ?? 'dist',
    logLevel: 'warning',
    plugins: [data(source)],
  });
