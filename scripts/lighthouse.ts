// Lighthouse (mobile, simulated throttling) on every page of the built site, with the local
// Chromium, offline. Prints the four category scores per page, with total blocking time and largest
// contentful paint, and the audits that cost points.
// Usage: `npm run lighthouse` (builds if dist/ is missing). About 12 s a page.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.ts';
import { ALL_ROUTES } from '../tests/e2e/routes.ts';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4332);
const ROUTES = process.env.ROUTES?.split(',') ?? ALL_ROUTES;

if (!existsSync('dist/index.html')) {
  if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
const server = spawn('node', ['scripts/static-server.ts', 'dist', String(PORT), '/'], { stdio: 'ignore' });
process.on('exit', () => server.kill());
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? CHROMIUM_PATH,
  chromeFlags: CHROMIUM_ARGS.map((f) => (f === '--headless' ? '--headless=new' : f)),
});

const rows: string[] = [];
const lost: string[] = [];
try {
  for (const route of ROUTES) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${route}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`no result for ${route}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const ms = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? 0);
    rows.push(
      `| ${route} | ${score('performance')} | ${ms('total-blocking-time')} | ${ms('largest-contentful-paint')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`,
    );
    for (const a of Object.values(lhr.audits)) {
      if (a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual') {
        lost.push(`${route}: ${a.id} (${Math.round(a.score * 100)}) ${a.displayValue ?? ''}`.trim());
      }
    }
  }
} finally {
  chrome.kill();
  server.kill();
}

console.log('| page | performance | TBT ms | LCP ms | accessibility | best practices | SEO |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
if (lost.length) console.log(`\nAudits below 100:\n${lost.map((l) => `- ${l}`).join('\n')}`);
process.exit(0);
