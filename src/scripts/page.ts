// The one shared script of every page: theme toggle, table-of-contents highlight, copy buttons
// and the search opener. The search itself loads on first use (see standalone.ts).

import { RECORD_SITE, RECORD_TODAY } from '../rules/decision/record-marks.ts';
import { siteUrl } from '../site/base.ts';
import type { SearchModule } from './standalone/search.ts';
import { loadStandalone } from './standalone.ts';

// Budget: ≤ 2 KB gzip (checked by `npm run budget`). Everything here is an enhancement.

const root = document.documentElement;

function setupThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
  if (!button) return;
  const media = matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : media.matches);
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));
  button.hidden = false;
  sync();
  media.addEventListener('change', sync);
  button.addEventListener('click', () => {
    const theme = isDark() ? 'light' : 'dark';
    root.dataset.theme = theme;
    try {
      localStorage.setItem('theme', theme);
    } catch {
      // Storage can be blocked; the choice then lasts for this page only.
    }
    sync();
  });
}

function setupTocHighlight(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc-list a')];
  const ids = [...new Set(links.map((a) => decodeURIComponent(a.hash.slice(1))))];
  const targets = ids.map((id) => document.getElementById(id)).filter((el) => el !== null);
  if (targets.length === 0) return;

  const mark = (id: string) => {
    for (const a of links) {
      if (decodeURIComponent(a.hash.slice(1)) === id) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
  };
  // The current section is the last heading above a line just under the sticky header. At the
  // foot of the page, where short last sections can never reach that line, a visible heading the
  // reader arrived at by #fragment wins, and otherwise the last visible heading.
  const current = () => {
    const line = Number.parseFloat(getComputedStyle(root).scrollPaddingTop) + 8 || 80;
    let id = targets[0]?.id ?? '';
    for (const el of targets) {
      if (el.getBoundingClientRect().top <= line) id = el.id;
      else break;
    }
    if (innerHeight + scrollY >= root.scrollHeight - 2) {
      const visible = targets.filter((el) => el.getBoundingClientRect().top < innerHeight);
      const hash = decodeURIComponent(location.hash.slice(1));
      id = visible.find((el) => el.id === hash)?.id ?? visible[visible.length - 1]?.id ?? id;
    }
    return id;
  };
  let queued = false;
  const update = () => {
    queued = false;
    mark(current());
  };
  const fromHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (ids.includes(id)) mark(id);
    else update();
  };
  addEventListener(
    'scroll',
    () => {
      if (!queued) {
        queued = true;
        requestAnimationFrame(update);
      }
    },
    { passive: true },
  );
  addEventListener('hashchange', fromHash);
  fromHash();
}

function setupSearch(): void {
  const button = document.querySelector<HTMLButtonElement>('.search-open');
  const dialog = document.querySelector<HTMLDialogElement>('dialog.search');
  if (!button || !dialog) return;
  button.hidden = false;
  const open = () =>
    loadStandalone<SearchModule>('search').then(
      (m) => m.openSearch(dialog),
      () => undefined, // offline or a failed deploy: the next attempt tries again
    );
  button.addEventListener('click', open);
  addEventListener('keydown', (e) => {
    const typing = (e.target as Element).closest('input, textarea, select, [contenteditable]');
    if ((e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey)) {
      e.preventDefault();
      void open();
    }
  });
}

/** A decision record the page carries (see DecisionRecords.astro), dated today, with this site's address. */
function decisionRecord(id: string): string {
  const record = document.querySelector<HTMLTemplateElement>(`template[data-record="${CSS.escape(id)}"]`);
  if (!record) throw new Error(`No decision record “${id}” on this page`);
  const site = siteUrl('/', location.origin);
  return (record.content.textContent ?? '')
    .replaceAll(RECORD_TODAY, new Date().toISOString().slice(0, 10))
    .replaceAll(RECORD_SITE, site);
}

/**
 * Copy buttons. `data-copy` holds a URL relative to the page (`#section` beside a heading, `./` for
 * the page itself) and copies it in full; `data-copy-record` names a decision outcome and copies its
 * decision record as Markdown; `data-copy-page` holds the page's Markdown twin, fetched on use. Either way
 * the result is said to screen readers.
 */
function setupCopyButtons(): void {
  const say = document.getElementById('announcer');
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-copy-page]')) b.hidden = false;
  document.addEventListener('click', async (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>(
      'button[data-copy], button[data-copy-record], button[data-copy-page]',
    );
    if (!button) return;
    const { copy, copyRecord = '', copyPage } = button.dataset;
    let message = copy ? 'Link copied' : 'Markdown copied';
    try {
      const twin = copyPage ? await fetch(copyPage) : undefined;
      if (twin && !twin.ok) throw new Error(`${copyPage}: ${twin.status}`);
      await navigator.clipboard.writeText(
        copy ? new URL(copy, location.href).href : twin ? await twin.text() : decisionRecord(copyRecord),
      );
      button.dataset.copied = 'true';
      setTimeout(() => delete button.dataset.copied, 2000);
    } catch {
      message = 'Could not copy: your browser blocked the clipboard.';
    }
    if (say) {
      say.textContent = '';
      setTimeout(() => (say.textContent = message), 50);
    }
  });
}

setupThemeToggle();
setupCopyButtons();
setupTocHighlight();
setupSearch();
