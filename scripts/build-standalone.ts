// Bundles each file of src/scripts/standalone/ on its own into the output folder (dist/ by
// default): code a reader needs only on first use. The API presets' numbers come from the same
// build-time data modules as the Astro build's (src/integrations/calculator-data.ts).
import { readdirSync } from 'node:fs';
import { build, type Plugin } from 'esbuild';
import { inlineModule } from '../src/integrations/calculator-data.ts';

const prices: Plugin = {
  name: 'calculator-data',
  setup(b) {
    b.onResolve({ filter: /^virtual:calculator-data$/ }, (a) => ({ path: a.path, namespace: 'virtual' }));
    b.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({ contents: inlineModule(), loader: 'js' }));
  },
};

const dir = 'src/scripts/standalone';
await build({
  entryPoints: readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${dir}/${f}`),
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outdir: process.env.OUT_DIR ?? 'dist',
  logLevel: 'warning',
  plugins: [prices],
});
