// Starts the islands that the page rendered at build time: the one island mechanism of the site
// (README, "Islands"). An island is `<div data-island="name" data-when="load|visible">`, with its
// props as JSON in the element its `data-props` names. Its code comes with the page; an island
// below the fold is started only when it comes near the viewport, so the work is not done for
// readers who never scroll to it. Each island says how it starts: the decision tree hydrates its
// Preact component, the cost calculator binds its build-time markup (components/cost-calculator).

/** Brings one island to life, given its element and its props. */
// biome-ignore lint/suspicious/noExplicitAny: each island has its own props, read from JSON at run time.
export type StartIsland = (el: HTMLElement, props: any) => void;

function start(el: HTMLElement, run: StartIsland): void {
  if (el.dataset.hydrated) return;
  const json = el.dataset.props ? document.getElementById(el.dataset.props)?.textContent : undefined;
  run(el, json ? JSON.parse(json) : {});
  el.dataset.hydrated = 'true';
}

/** Starts every island of this name: at once when marked `load`, else once it is near the viewport. */
export function startIslands(name: string, run: StartIsland): void {
  for (const el of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    if (el.dataset.when === 'load') {
      start(el, run);
      continue;
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        start(el, run);
      },
      { rootMargin: '200px' },
    );
    io.observe(el);
  }
}
