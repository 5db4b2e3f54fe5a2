// Bundles each file of src/scripts/standalone/ on its own into the output folder (dist/ by
// default): code a reader needs only on first use. The API presets' numbers come from the same
// build-time reader of the price dataset as the Astro build's `virtual:api-prices`.
import { readdirSync } from 'node:fs';
import { build, type Plugin } from 'esbuild';
import { apiPrices } from '../src/rules/presets/price-dataset.ts';

const prices: Plugin = {
  name: 'api-prices',
  setup(b) {
    b.onResolve({ filter: /^virtual:api-prices$/ }, () => ({ path: 'api-prices', namespace: 'virtual' }));
    b.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({
      contents: `export default ${JSON.stringify(apiPrices())};`,
      loader: 'js',
    }));
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
