import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const r = await esbuild.build({
  entryPoints: ['src/components/cost-calculator/controller.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  plugins: [
    {
      name: 'v',
      setup(b) {
        b.onResolve({ filter: /^virtual:/ }, (a) => ({ path: a.path, namespace: 'v' }));
        b.onLoad({ filter: /.*/, namespace: 'v' }, async () => ({ contents: `export default []`, loader: 'js' }));
      },
    },
  ],
});
const out = Object.values(r.metafile.outputs)[0];
console.log('total gz', gzipSync(r.outputFiles[0].contents, { level: 9 }).length);
const rows = Object.entries(out.inputs)
  .map(([k, v]) => [v.bytesInOutput, k])
  .sort((a, b) => b[0] - a[0]);
for (const [b, k] of rows) console.log(b, k);
