// Hydrates Preact islands that the page rendered at build time. Each island is a
// `<div data-island="name" data-when="load|visible" data-props="id">` whose props sit in
// `<script type="application/json" id="id">` beside it. This stands in for Astro's island
// runtime, which costs about 3.4 KB gzip on every calculator page; see README ("Islands").
import { type ComponentType, h, hydrate } from 'preact';

// biome-ignore lint/suspicious/noExplicitAny: each island has its own props, read from JSON at run time.
type AnyComponent = ComponentType<any>;

export function start(el: HTMLElement, Component: AnyComponent): void {
  if (el.dataset.hydrated) return;
  const json = el.dataset.props ? document.getElementById(el.dataset.props)?.textContent : undefined;
  hydrate(h(Component, json ? JSON.parse(json) : {}), el);
  el.dataset.hydrated = 'true';
}

/** Hydrates every island of this name marked `data-when="load"`: islands at the top of a page. */
export function hydrateNow(name: string, Component: AnyComponent): void {
  for (const el of document.querySelectorAll<HTMLElement>(`[data-island="${name}"][data-when="load"]`)) {
    start(el, Component);
  }
}
