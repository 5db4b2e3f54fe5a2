/** Prefixes a site-absolute path (`/costs/`) with the configured base, so links survive sub-path deploys. */
export function withBase(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}
