// After the build: writes `_headers` (Netlify, Cloudflare Pages; `npm start` and the tests serve with it)
// and `nginx-headers.conf` into the output folder, from the policy the build wrote into its pages.
// Usage: node scripts/headers.ts [outDir]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { headerRules, headersFile, nginxConf, sitePolicy } from '../src/site/headers.ts';

const dir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const base = process.env.BASE_PATH ?? '/';

const all = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => statSync(join(dir, f)).isFile())
  .map((f) => f.split(sep).join('/'));
const policy = sitePolicy(all.filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(dir, f), 'utf8')));
const rules = headerRules(policy, base, all);
writeFileSync(join(dir, '_headers'), headersFile(rules));
writeFileSync(join(dir, 'nginx-headers.conf'), nginxConf(policy, base));
console.log(`Headers: ${rules.length} rules in ${dir}/_headers and ${dir}/nginx-headers.conf`);
