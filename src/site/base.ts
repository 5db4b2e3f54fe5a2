// The site's base path, as the deploy configures it (`BASE_PATH`, `/` by default). Every link,
// asset and script that names a site path goes through here, so a sub-path deploy works.

/**
 * The base path with one trailing slash: `/` or `/guide/`. A function, read when called, so a
 * bundle that imports this module without Vite's `import.meta.env` (the search dialog) still loads.
 */
function basePath(): string {
  return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}

/** Prefixes a site-absolute path (`/costs/`) with the base, so links survive sub-path deploys. */
export function withBase(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${basePath().slice(0, -1)}${path}`;
}

/** The absolute URL of a site path on `origin`: `https://example.com/guide/costs/`. */
export function siteUrl(path: string, origin: string | URL): string {
  return new URL(withBase(path), origin).href;
}

/**
 * A link to a section of `page`, for use on that page: a bare `#fragment`, so following it keeps
 * the page's query string (the decision tree's answers); elsewhere the full path with the base.
 */
export function sectionLink(href: string, page: string): string {
  return href.startsWith(`${page}#`) ? href.slice(page.length) : withBase(href);
}
