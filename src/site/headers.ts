// Build time and the local server: the HTTP headers every static host should send with the site. The
// content policy is the one Astro writes into each page's meta tag, widened to what a meta tag cannot say
// (frame-ancestors) and to the inline scripts that run before that tag (the theme script in <head>), and
// taken over every page, so one policy serves every path, the 404 page included.
import { createHash } from 'node:crypto';

/** Headers that every response carries, whatever its path. */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The site uses none of these browser features.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
} as const;

/** Hashed build assets never change under their name; everything else is revalidated within minutes. */
export const CACHE = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'public, max-age=300, must-revalidate',
} as const;

/** Text formats served as UTF-8, by extension. */
export const TEXT_TYPES: Readonly<Record<string, string>> = {
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** A page's inline scripts that run (not data blocks, not files), as written. */
export const inlineScripts = (html: string): string[] =>
  [...html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1] ?? '',
  );

/** A page's inline styles, as written. */
export const inlineStyles = (html: string): string[] =>
  [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');

/** The hashes of a page's inline scripts and styles, as CSP sources. */
export function inlineHashes(html: string): { script: string[]; style: string[] } {
  return { script: inlineScripts(html).map(sha256), style: inlineStyles(html).map(sha256) };
}

/** A page's meta policy as directives: `script-src` → its sources. */
export function metaPolicy(html: string): Map<string, string[]> {
  const content = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1] ?? '';
  const directives = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

/**
 * The one policy for every path: each directive's sources over all pages' meta policies, every inline
 * script's and style's hash, and what only a header can say.
 */
export function sitePolicy(pages: readonly string[]): string {
  const all = new Map<string, Set<string>>();
  const add = (name: string, sources: readonly string[]) => {
    const set = all.get(name) ?? new Set<string>();
    for (const s of sources) set.add(s);
    all.set(name, set);
  };
  for (const html of pages) {
    for (const [name, sources] of metaPolicy(html)) add(name, sources);
    const { script, style } = inlineHashes(html);
    add('script-src', script);
    add('style-src', style);
  }
  add('frame-ancestors', ["'none'"]);
  add('base-uri', ["'self'"]);
  add('form-action', ["'self'"]);
  add('object-src', ["'none'"]);
  return [...all].map(([name, sources]) => [name, ...[...sources].sort()].join(' ')).join('; ');
}

/** One rule of a `_headers` file: a path pattern (exact, or ending in `*`) and its headers. */
export interface HeaderRule {
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * The site's header rules, under `base`: every path gets the policy and the security headers; hashed assets
 * are cached for good; each other file (pages, Markdown twins, llms.txt, the search index, preview images) is
 * revalidated, named one by one so that no path matches two caching rules (hosts join repeated headers).
 */
export function headerRules(policy: string, base: string, files: readonly string[]): HeaderRule[] {
  const b = base.replace(/\/?$/, '/');
  const rules: HeaderRule[] = [
    { path: `${b}*`, headers: { 'Content-Security-Policy': policy, ...SECURITY_HEADERS } },
    { path: `${b}_astro/*`, headers: { 'Cache-Control': CACHE.immutable } },
  ];
  for (const f of [...files].sort()) {
    if (f.startsWith('_astro/') || f === '_headers' || f.endsWith('.conf')) continue;
    const type = TEXT_TYPES[f.slice(f.lastIndexOf('.'))];
    const page = f === 'index.html' ? '' : f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : undefined;
    rules.push({
      path: `${b}${page ?? f}`,
      headers: { 'Cache-Control': CACHE.revalidate, ...(type ? { 'Content-Type': type } : {}) },
    });
  }
  return rules;
}

/** The rules as a `_headers` file, the format Netlify and Cloudflare Pages read. */
export const headersFile = (rules: readonly HeaderRule[]): string =>
  `# Written by \`npm run build\` (scripts/headers.ts): the headers every response should carry.\n${rules
    .map(
      (r) =>
        `${r.path}\n${Object.entries(r.headers)
          .map(([k, v]) => `  ${k}: ${v}`)
          .join('\n')}\n`,
    )
    .join('\n')}`;

/** Reads a `_headers` file back into rules (the local server serves with it). */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const i = line.indexOf(':');
      const rule = rules[rules.length - 1];
      if (rule && i > 0) rule.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

/** The headers of a path: those of every rule whose pattern matches it, in file order. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules)
    if (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path) Object.assign(out, r.headers);
  return out;
}

/**
 * The same headers for nginx: a file to `include` in the site's `server` block. nginx drops a level's
 * `add_header` lines where a `location` adds its own, so each location repeats the site-wide ones.
 */
export function nginxConf(policy: string, base: string): string {
  const b = base.replace(/\/?$/, '/');
  const site = Object.entries({ 'Content-Security-Policy': policy, ...SECURITY_HEADERS })
    .map(([k, v]) => `    add_header ${k} "${v}" always;`)
    .join('\n');
  return `# Written by \`npm run build\` (scripts/headers.ts). Include this file in the site's server block,
# and serve ${b}404.html for unknown paths (error_page 404 ${b}404.html;).
charset utf-8;
charset_types text/plain text/css text/javascript application/javascript application/json;
location ${b}_astro/ {
${site}
    add_header Cache-Control "${CACHE.immutable}" always;
}
location ~ \\.md$ {
    types { }
    default_type "text/markdown; charset=utf-8";
${site}
    add_header Cache-Control "${CACHE.revalidate}" always;
}
location ${b} {
${site}
    add_header Cache-Control "${CACHE.revalidate}" always;
}
`;
}
