// Full-text search over the built site with Pagefind: the search dialog's behaviour. Loaded on
// first use by the shared script (see ../standalone.ts), so reading pages do not carry it;
// Pagefind's module and index load with it, from the pagefind/ folder beside it, so any deploy
// base works.
import { ready } from '../standalone.ts';

interface SubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
}
interface ResultData {
  readonly url: string;
  readonly meta: { readonly title?: string };
  readonly excerpt: string;
  readonly sub_results: readonly SubResult[];
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  debouncedSearch(q: string, o?: object, ms?: number): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

function load(): Promise<Pagefind> {
  const url = new URL('./pagefind/pagefind.js', import.meta.url);
  pagefind ??= import(/* @vite-ignore */ url.href).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: new URL('./', import.meta.url).pathname });
    return pf;
  });
  return pagefind;
}

/** Keeps Pagefind's <mark> highlights and drops any other markup from an excerpt. */
const clean = (html: string) => html.replace(/<(?!\/?mark>)[^>]*>/g, '');

function item(href: string, title: string, excerpt: string, sub: boolean): HTMLLIElement {
  const li = document.createElement('li');
  li.className = sub ? 'search-sub' : 'search-page';
  const a = document.createElement('a');
  a.href = href;
  const t = document.createElement('span');
  t.className = 'search-title';
  t.textContent = title;
  const e = document.createElement('span');
  e.className = 'search-excerpt';
  e.innerHTML = clean(excerpt);
  a.append(t, e);
  li.append(a);
  return li;
}

export function openSearch(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  const list = dialog.querySelector<HTMLUListElement>('.search-results');
  const status = dialog.querySelector<HTMLElement>('.search-status');
  if (!input || !list || !status) return;
  if (!dialog.dataset.ready) {
    dialog.dataset.ready = 'true';
    let latest = 0;
    input.addEventListener('input', async () => {
      const q = input.value.trim();
      const mine = ++latest;
      if (!q) {
        list.replaceChildren();
        status.textContent = '';
        return;
      }
      status.textContent = 'Searching…';
      const found = await (await load()).debouncedSearch(q, {}, 150);
      if (found === null || mine !== latest) return;
      const pages = await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
      if (mine !== latest) return;
      list.replaceChildren(
        ...pages.flatMap((p) => {
          const title = p.meta.title ?? p.url;
          const subs = p.sub_results.filter((s) => s.url.includes('#')).slice(0, 3);
          return subs.length
            ? subs.map((s) => item(s.url, s.title === title ? title : `${title} › ${s.title}`, s.excerpt, true))
            : [item(p.url, title, p.excerpt, false)];
        }),
      );
      const n = list.children.length;
      status.textContent = n ? `${n} result${n === 1 ? '' : 's'}` : `No results for “${q}”`;
    });
    // Arrow keys move between the field and the results; Enter follows a focused link.
    dialog.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      const links = [input, ...list.querySelectorAll('a')];
      const i = links.indexOf(document.activeElement as HTMLInputElement);
      const next = links[Math.max(0, Math.min(links.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))];
      if (next) {
        e.preventDefault();
        next.focus();
      }
    });
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) dialog.close();
      else if ((e.target as Element).closest('a')) dialog.close();
    });
    void load();
  }
  if (!dialog.open) dialog.showModal();
  input.select();
}

export type SearchModule = { openSearch: typeof openSearch };

ready<SearchModule>('search', { openSearch });
