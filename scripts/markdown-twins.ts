// After `astro build`: writes each guide page's Markdown twin beside it (`/api/` → `/api.md`, `/` →
// `/index.md`), then `/llms.txt` (the index of the twins) and `/llms-full.txt` (every twin, in reading
// order), from the pages the build drew. Usage: node scripts/markdown-twins.ts [outDir]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { OUTCOMES } from '../src/rules/decision/decision.ts';
import { type IndexedPage, llmsTxt, pageInfo, pageMarkdown, twinPath } from '../src/site/markdown-twin.ts';
import { SITE_NAME } from '../src/site/name.ts';

const dir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

// Guide pages: every index.html with an article (not the 404 page, not the preview images).
const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f === 'index.html' || f.endsWith(`${sep}index.html`))
  .map((f) => join(dir, f))
  .map((file) => ({
    file,
    route: `/${relative(dir, file).replace(/index\.html$/, '')}`,
    html: readFileSync(file, 'utf8'),
  }))
  .filter((p) => /<article class="content[ "]/.test(p.html));

// Reading order: the guide's navigation as the home page lists it, the outcome pages after /decide/ in the tree's order.
const home = readFileSync(join(dir, 'index.html'), 'utf8');
const nav = [
  ...(home.match(/<nav aria-label="Guide pages">([\s\S]*?)<\/nav>/)?.[1] ?? '').matchAll(/href="([^"]+)"/g),
].map((m) => `/${(m[1] ?? '').slice(base.length)}`);
const outcomes = Object.keys(OUTCOMES).map((id) => `/decide/${id}/`);
const rank = (route: string) => {
  const i = nav.indexOf(route);
  return i >= 0 ? i : nav.indexOf('/decide/') + (1 + outcomes.indexOf(route)) / (outcomes.length + 1);
};
pages.sort((a, b) => rank(a.route) - rank(b.route));

const indexed: IndexedPage[] = [];
const full: string[] = [];
for (const p of pages) {
  const md = pageMarkdown(p.html);
  const twin = twinPath(p.route);
  writeFileSync(join(dir, twin), md);
  const info = pageInfo(p.html);
  indexed.push({ ...info, twin: new URL(twin.slice(1), new URL(base, info.url)).href });
  full.push(md);
}

const site = {
  name: SITE_NAME,
  summary:
    'A guide to one decision: whether a team should call a hosted model API, fine-tune, add retrieval (RAG), or build its own model, with a decision tree and a cost calculator that share one set of sourced, dated figures.',
  about:
    'Each page below is the Markdown twin of a page of the guide, written from the same build as its HTML: the same figures, each linked to its source, and each calculator as its worked example at the default inputs. Interactive use needs the HTML pages.',
};
writeFileSync(join(dir, 'llms.txt'), llmsTxt(site, indexed));
writeFileSync(join(dir, 'llms-full.txt'), `${full.join('\n\n')}`);
console.log(`Markdown twins: ${pages.length} pages, llms.txt and llms-full.txt in ${dir}`);
