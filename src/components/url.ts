/** Prefixes a site-absolute path (`/costs/`) with the configured base, so links survive sub-path deploys. */
export function withBase(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}

/**
 * A link to a section of `page`, for use on that page: a bare `#fragment`, so following it keeps
 * the page's query string (the decision tree's answers); elsewhere the full path with the base.
 */
export function sectionLink(href: string, page: string): string {
  return href.startsWith(`${page}#`) ? href.slice(page.length) : withBase(href);
}
