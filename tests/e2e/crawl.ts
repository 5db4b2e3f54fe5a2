import type { APIRequestContext } from '@playwright/test';

export interface CrawlProblem {
  readonly from: string;
  readonly link: string;
  readonly problem: string;
}

const ATTR = /\s(?:href|src)="([^"]+)"/g;

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

/**
 * Follows every same-origin link, script, stylesheet and image from `start` (HTML pages are
 * crawled further, other files fetched once) and reports any that does not answer 200 or whose
 * `#fragment` names no element on its page. External links are not fetched.
 */
export async function crawl(
  request: APIRequestContext,
  start: string,
): Promise<{ pages: string[]; problems: CrawlProblem[] }> {
  const origin = new URL(start).origin;
  const pages = new Map<string, string>();
  const fetched = new Map<string, number>();
  const refs: { from: string; link: string; url: URL }[] = [];
  const queue = [new URL(start).href];
  while (queue.length > 0) {
    const href = queue.shift() ?? '';
    if (pages.has(href) || fetched.has(href)) continue;
    const res = await request.get(href, { maxRedirects: 0 });
    fetched.set(href, res.status());
    if (res.status() !== 200 || !(res.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await res.text();
    pages.set(href, html);
    for (const m of html.matchAll(ATTR)) {
      const link = (m[1] ?? '').replace(/&amp;/g, '&');
      if (/^(mailto:|data:|javascript:)/.test(link)) continue;
      const url = new URL(link, href);
      if (url.origin !== origin) continue;
      refs.push({ from: href, link, url });
      const target = new URL(url.href);
      target.hash = '';
      if (!pages.has(target.href) && !fetched.has(target.href)) queue.push(target.href);
    }
  }
  const problems: CrawlProblem[] = [];
  for (const { from, link, url } of refs) {
    const target = new URL(url.href);
    target.hash = '';
    const status = fetched.get(target.href);
    if (status !== 200) {
      problems.push({ from, link, problem: `status ${status}` });
      continue;
    }
    const id = decodeURIComponent(url.hash.slice(1));
    const html = pages.get(target.href);
    if (id && html !== undefined && !idsOf(html).has(id)) problems.push({ from, link, problem: `no element #${id}` });
  }
  return { pages: [...pages.keys()], problems };
}
