// Hydrates the Preact islands that the page rendered at build time: the one island mechanism of
// the site (README, "Islands"). An island is `<div data-island="name" data-when="load|visible">`,
// with its props as JSON in the element its `data-props` names. Its code comes with the page;
// an island below the fold is brought to life only when it comes near the viewport, so the work
// of hydrating it is not done for readers who never scroll to it.
import { type ComponentType, h, hydrate } from 'preact';

// biome-ignore lint/suspicious/noExplicitAny: each island has its own props, read from JSON at run time.
type AnyComponent = ComponentType<any>;

function start(el: HTMLElement, Component: AnyComponent): void {
  if (el.dataset.hydrated) return;
  const json = el.dataset.props ? document.getElementById(el.dataset.props)?.textContent : undefined;
  hydrate(h(Component, json ? JSON.parse(json) : {}), el);
  el.dataset.hydrated = 'true';
}

/** Hydrates every island of this name: at once when marked `load`, else once it is near the viewport. */
export function hydrateIslands(name: string, Component: AnyComponent): void {
  for (const el of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    if (el.dataset.when === 'load' || !('IntersectionObserver' in window)) {
      start(el, Component);
      continue;
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        start(el, Component);
      },
      { rootMargin: '200px' },
    );
    io.observe(el);
  }
}
