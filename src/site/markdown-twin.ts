// Build time only: each guide page's Markdown twin, written from the page the build drew (so its words,
// figures and worked examples are the HTML's own), and the llms.txt index of them. `scripts/markdown-twins.ts`
// writes the files; the tests read the same functions.
import type { Element, ElementContent, Root as HastRoot, Parents } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toMdast } from 'hast-util-to-mdast';
import type { Root as MdastRoot } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';

/** What a page says of itself in its head and footer: the facts the twin's first and last lines carry. */
export interface PageInfo {
  readonly title: string;
  readonly description: string;
  /** The page's canonical address. */
  readonly url: string;
  /** The day the page was last reviewed (YYYY-MM-DD). */
  readonly reviewed: string;
}

/** A page's route (`/api/`, `/`, `/decide/rag-on-api/`) and its twin's (`/api.md`, `/index.md`, …). */
export const twinPath = (route: string): string => (route === '/' ? '/index.md' : `${route.replace(/\/$/, '')}.md`);

const text = (e: Element | undefined): string => {
  if (!e) return '';
  const walk = (n: ElementContent): string =>
    n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(walk).join('') : '';
  return e.children.map(walk).join('').replace(/\s+/g, ' ').trim();
};

/** The page's own facts, read from its head and its review line. */
export function pageInfo(html: string): PageInfo {
  const tree = fromHtml(html);
  const meta = (name: string) => String(select(`meta[name="${name}"]`, tree)?.properties.content ?? '');
  return {
    title: text(select('article h1', tree)),
    description: meta('description'),
    url: String(select('link[rel="canonical"]', tree)?.properties.href ?? ''),
    reviewed: String(select('.page-meta time', tree)?.properties.dateTime ?? ''),
  };
}

/** Removes the elements a selector finds from the tree. */
function drop(tree: HastRoot | Element, selector: string): void {
  const gone = new Set(selectAll(selector, tree));
  const walk = (p: Parents) => {
    p.children = p.children.filter((c) => !(c.type === 'element' && gone.has(c))) as typeof p.children;
    for (const c of p.children) if (c.type === 'element') walk(c);
  };
  walk(tree);
}

/**
 * A page as Markdown: its article's headings (each with its id as an explicit anchor, `{#id}`), prose,
 * tables and lists, every link absolute, each figure linked to its source row, each calculator as its worked
 * example (the sentence and the results table the build drew), the decision flowchart as a nested list; no
 * component, script or HTML. The first line names the page; the last its address and the day it was reviewed.
 */
export function pageMarkdown(html: string): string {
  const info = pageInfo(html);
  const tree = fromHtml(html);
  const article = select('article.content', tree);
  if (!article) throw new Error(`No article in the page ${info.url}`);
  // A calculator keeps its worked example: the sentence and the results table, as drawn for the defaults.
  for (const island of selectAll('.island[data-island="cost"]', article)) {
    const keep = [select('.cc-sentence', island), select('table.cc-table', island)].filter(
      (e): e is Element => e !== undefined,
    );
    for (const t of keep) drop(t, '.cc-range');
    island.children = keep;
    island.tagName = 'div';
  }
  drop(
    article,
    [
      'h1',
      'details.toc',
      '.page-meta',
      '.anchor',
      '.copy-link',
      'button',
      'script',
      'style',
      'svg',
      'template',
      '.visually-hidden',
      '.island[data-island="decide"]',
      '.page-actions',
      '.breadcrumb',
      '.outcome-kicker',
      '.outcome-copy',
      'caption',
    ].join(', '),
  );
  // The flowchart's parts run together in the HTML's layout; in text they need their separators.
  for (const e of selectAll('.flow-num', article)) e.children.push({ type: 'text', value: ': ' });
  for (const e of selectAll('.flow-outcome-summary', article)) {
    e.children.unshift({ type: 'text', value: ': ' });
    e.children.push({ type: 'text', value: ' ' });
  }
  // Links and anchors: absolute addresses, so the Markdown works wherever it is pasted.
  for (const a of selectAll('a[href]', article)) a.properties.href = new URL(String(a.properties.href), info.url).href;
  // Headings carry their ids: the `.heading` wrapper's heading, or the heading itself.
  for (const h of selectAll('h2[id], h3[id], h4[id]', article))
    h.children.push({ type: 'text', value: ` {#${String(h.properties.id)}}` });
  const mdast = toMdast(article) as MdastRoot;
  const body = toMarkdown(mdast, { extensions: [gfmTableToMarkdown()], bullet: '-', rule: '-' })
    // The explicit anchors are meant as written, not as literal braces.
    .replace(/ \\?\{#([\w-]+)\\?\}$/gm, ' {#$1}')
    .trim();
  return `# ${info.title}\n\n> ${info.description}\n\n${body}\n\n---\n\nCanonical page: ${info.url} · Last reviewed ${info.reviewed}\n`;
}

/** A page in the llms.txt index: its title, its twin's address and its description. */
export interface IndexedPage extends PageInfo {
  readonly twin: string;
}

/**
 * The llms.txt of the site, in the llmstxt.org format: the site's name as the title, a summary in a
 * blockquote, a paragraph, and a section listing every page's Markdown twin with its description.
 */
export function llmsTxt(site: { name: string; summary: string; about: string }, pages: readonly IndexedPage[]): string {
  const list = pages.map((p) => `- [${p.title}](${p.twin}): ${p.description}`).join('\n');
  return `# ${site.name}\n\n> ${site.summary}\n\n${site.about}\n\n## Pages\n\n${list}\n`;
}
