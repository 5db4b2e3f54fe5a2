// Hydrates islands below the fold when they come near the viewport. Preact and the island's code
// load then, not with the page; see hydrate.ts for the island markup.
import type { ComponentType } from 'preact';

// biome-ignore lint/suspicious/noExplicitAny: each island has its own props, read from JSON at run time.
type AnyComponent = ComponentType<any>;

/** Calls `run` for each island of this name once it is near the viewport (or at once without IntersectionObserver). */
export function whenVisible(name: string, run: (el: HTMLElement) => void): void {
  for (const el of document.querySelectorAll<HTMLElement>(`[data-island="${name}"][data-when="visible"]`)) {
    if (!('IntersectionObserver' in window)) {
      run(el);
      continue;
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          io.disconnect();
          run(el);
        }
      },
      { rootMargin: '200px' },
    );
    io.observe(el);
  }
}

/** Hydrates each island of this name when it comes near the viewport, loading its code then. */
export function hydrateVisible(name: string, load: () => Promise<{ default: AnyComponent }>): void {
  whenVisible(name, (el) => {
    void Promise.all([import('./hydrate-lazy.ts'), load()]).then(([h, m]) => h.start(el, m.default));
  });
}
