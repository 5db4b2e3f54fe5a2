// Size budgets of the built site: JavaScript in all (at start and on use), CSS and HTML, gzip bytes, per page.
// Usage: `npm run budget` (builds first and reports the build time) or `node scripts/budget.ts --no-build`.
// Exits non-zero when a page is over budget. Budgets live here, not in timed tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScripts, inlineStyles } from '../src/site/headers.ts';

const DIST = 'dist';
const KB = 1000;
const BUDGET = {
  reading: { js: 2 * KB, htmlCss: 15 * KB },
  // DESIGN.md: a page with a calculator loads at most 16 KB of JavaScript in all.
  calculator: { js: 16 * KB, htmlCss: 30 * KB },
} as const;
/**
 * Pages with a budget of their own. `/sources/` prints every figure and every preset (22 KB of HTML and
 * CSS since it gained the fine-tuned models' table and the owned GPUs' sources, 20 before). `/decide/`
 * and `/costs/` may not grow past what they weighed when these budgets were set (December 2026):
 * `/decide/` 14.3 KB of JavaScript (14.1 until its outcome gained the outcome page's "Change an
 * answer" link and the unit table gained the calculator fields' units); `/costs/`, which draws the
 * full calculator with its model table and tornado, 42 KB of HTML and CSS (30.9 until the calculator's
 * numbers moved out of its script into the page as data, 1.9 KB, then its fields' table, 0.8 KB, the cache-write fields and dated prices, 0.7 KB, the reasoning assumption's stated source, 0.3 KB, and the owned GPUs' fields and fine-tune notes, 0.3 KB, its menus gained fourteen serving
 * setups, twenty-three GPU offers and the open models' hosts, whose names the island's props carry, and
 * its prose came to name both sides of every comparison); 44 KB since it gained the form that reads a reader's
 * own benchmark, with the eight fields of the run, their words, the latency line's and the paragraph that
 * explains them (2.1 KB).
 */
const PAGE_BUDGET: Readonly<Record<string, { js: number; htmlCss: number }>> = {
  '/sources/': { js: 2 * KB, htmlCss: 22 * KB },
  '/decide/': { js: 14.3 * KB, htmlCss: 30 * KB },
  '/costs/': { js: 16 * KB, htmlCss: 44 * KB },
};

let buildSeconds: number | undefined;
if (!process.argv.includes('--no-build')) {
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  buildSeconds = (performance.now() - t0) / 1000;
}
if (!existsSync(DIST)) {
  console.error('No dist/: run `npm run build` first, or drop --no-build.');
  process.exit(1);
}

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const pages = (function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.html') ? [p] : [];
  });
})(DIST).sort();

/** A module and every module it imports statically (dynamic `import()` loads later, on use). */
function moduleGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[^'"`()]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
  )) {
    moduleGraph(join(file, '..', m[1] ?? ''), seen);
  }
  return seen;
}

const toFile = (url: string) => join(DIST, url.replace(/^\/+/, '').split(/[?#]/)[0] ?? '');
const rows: string[][] = [];
let failed = false;
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  const route = `/${relative(DIST, page)
    .replace(/index\.html$/, '')
    .replace(/\.html$/, '')}`;
  const inlineJs = inlineScripts(html).join('\n');
  const inlineCss = inlineStyles(html).join('\n');
  const linkedCss = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((m) => readFileSync(toFile(m[1] ?? ''), 'utf8'))
    .join('\n');
  const startModules = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) moduleGraph(toFile(m[1] ?? ''), startModules);
  // Code that islands fetch later, with import(), when they come into view.
  const laterModules = new Set<string>();
  for (const f of startModules) {
    for (const m of readFileSync(f, 'utf8').matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)) {
      moduleGraph(join(f, '..', m[1] ?? ''), laterModules);
    }
  }
  for (const m of startModules) laterModules.delete(m);
  const sum = (set: Set<string>) => [...set].reduce((n, f) => n + gz(readFileSync(f)), 0);
  const jsStart = gz(inlineJs) * (inlineJs.trim() ? 1 : 0) + sum(startModules);
  const jsLater = sum(laterModules);
  const jsAll = jsStart + jsLater;
  const htmlCss = gz(html) + (linkedCss ? gz(linkedCss) : 0);
  const hasIsland = html.includes('data-island=');
  const budget = PAGE_BUDGET[route] ?? (hasIsland ? BUDGET.calculator : BUDGET.reading);
  const over = jsAll > budget.js || htmlCss > budget.htmlCss;
  failed ||= over;
  rows.push([
    route,
    hasIsland ? 'calculator' : 'reading',
    (jsStart / KB).toFixed(1),
    (jsLater / KB).toFixed(1),
    `${(jsAll / KB).toFixed(1)} / ${budget.js / KB}`,
    (gz(inlineCss + linkedCss) / KB).toFixed(1),
    `${(htmlCss / KB).toFixed(1)} / ${budget.htmlCss / KB}`,
    over ? 'OVER' : 'ok',
  ]);
}

// The price dataset is read at build time only: no shipped script may carry it. Its price keys and
// provider match patterns appear nowhere else.
const shipped = (function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? (f === 'pagefind' ? [] : walk(p)) : p.endsWith('.js') ? [p] : [];
  });
})(DIST);
const leaks = shipped.filter((f) => /cache_write_mtok|api_pattern|input_mtok/.test(readFileSync(f, 'utf8')));
if (leaks.length) {
  console.error(`The price dataset is in a browser bundle: ${leaks.join(', ')}`);
  failed = true;
} else console.log(`Price dataset in no bundle (${shipped.length} scripts checked).\n`);

const head = [
  'page',
  'kind',
  'JS at start',
  'JS on use',
  'JS in all (KB gz / budget)',
  'CSS',
  'HTML+CSS (KB gz / budget)',
  '',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(
  `\nKB = 1,000 bytes, gzip level 9. JS at start includes inline scripts. JS on use: what the page's islands\nand controls load once scrolled into view and used. The budget holds JS in all. Search, on any page:\n${(gz(readFileSync(join(DIST, 'search.js'))) / KB).toFixed(1)} KB on first use, then Pagefind's own files. On a calculator page,\ncopying the results as Markdown and downloading or opening a scenario file: ${(gz(readFileSync(join(DIST, 'scenario.js'))) / KB).toFixed(1)} KB on first use; reading\na pasted benchmark: ${(gz(readFileSync(join(DIST, 'benchmark.js'))) / KB).toFixed(1)} KB on first use; both apart from its 16.`,
);
if (buildSeconds !== undefined)
  console.log(`Build time: ${buildSeconds.toFixed(1)} s (goal ≤ 10 s; reported, not enforced).`);
if (failed) {
  console.error('\nOver budget.');
  process.exit(1);
}
