// After the build: writes `_headers` (Netlify, Cloudflare Pages; `npm start` and the tests serve with it)
// and `nginx-headers.conf` into the output folder, from the policy the build wrote into its pages.
// Usage: node scripts/headers.ts [outDir]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { headerRules, headersFile, nginxConf, sitePolicy } from '../src/site/headers.ts';

const dir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const base = process.env.BASE_PATH ?? '/';

const files = (d: string): string[] =>
  readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory() ? files(p) : [relative(dir, p).split('\\').join('/')];
  });

const all = files(dir);
const policy = sitePolicy(all.filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(dir, f), 'utf8')));
const rules = headerRules(policy, base, all);
writeFileSync(join(dir, '_headers'), headersFile(rules));
writeFileSync(join(dir, 'nginx-headers.conf'), nginxConf(policy, base));
console.log(`Headers: ${rules.length} rules in ${dir}/_headers and ${dir}/nginx-headers.conf`);
