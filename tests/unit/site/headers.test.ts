import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CACHE,
  headerRules,
  headersFile,
  headersFor,
  inlineHashes,
  metaPolicy,
  nginxConf,
  parseHeaders,
  SECURITY_HEADERS,
  sitePolicy,
} from '../../../src/site/headers.ts';
import { REQUIRED_DIRECTIVES } from '../../required-policy.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const THEME = "document.documentElement.dataset.theme = 'dark'";
const page = (script: string) =>
  `<html><head><script>${THEME}</script><meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${hash(script)}; style-src 'self' ${hash('p{}')};"><style>p{}</style><script type="application/json" id="d">{"a":1}</script><script type="module" src="/_astro/a.js"></script><script>${script}</script></head><body></body></html>`;
const PAGES = [page('one()'), page('two()')];
const FILES = [
  'index.html',
  'api/index.html',
  'api.md',
  'llms.txt',
  '404.html',
  '_astro/page.B1a2.js',
  'og/index.png',
  'pagefind/pagefind.js',
];

describe('the headers the build writes', () => {
  it('hash every inline script and style, and no data block or script file', () => {
    expect(inlineHashes(PAGES[0] ?? '')).toEqual({ script: [hash(THEME), hash('one()')], style: [hash('p{}')] });
  });

  it('read the policy Astro wrote into a page', () => {
    expect(metaPolicy(PAGES[0] ?? '').get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", hash('one()')]);
  });

  it('make one policy of every page’s, with the scripts that run before the meta tag and what only a header says', () => {
    const policy = sitePolicy(PAGES);
    const script = policy.split('; ').find((d) => d.startsWith('script-src')) ?? '';
    for (const s of [hash(THEME), hash('one()'), hash('two()'), "'self'", "'wasm-unsafe-eval'"])
      expect(script).toContain(s);
    for (const d of REQUIRED_DIRECTIVES) expect(policy).toContain(d);
    expect(policy).not.toContain('unsafe-inline');
  });

  const rules = headerRules(sitePolicy(PAGES), '/', FILES);

  it('send the policy and every security header on every path, a 404 included', () => {
    for (const path of ['/', '/api/', '/no-such-page/', '/_astro/page.B1a2.js', '/llms.txt']) {
      const h = headersFor(rules, path);
      expect(h['Content-Security-Policy'], path).toBe(sitePolicy(PAGES));
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(h[k], `${path} ${k}`).toBe(v);
    }
  });

  it('cache hashed assets for good and revalidate everything else, each path under one caching rule', () => {
    expect(headersFor(rules, '/_astro/page.B1a2.js')['Cache-Control']).toBe(CACHE.immutable);
    for (const path of ['/', '/api/', '/api.md', '/llms.txt', '/404.html', '/og/index.png', '/pagefind/pagefind.js'])
      expect(headersFor(rules, path)['Cache-Control'], path).toBe(CACHE.revalidate);
    for (const f of FILES) {
      const path = `/${f.replace(/(^|\/)index\.html$/, '$1')}`;
      const caching = rules.filter(
        (r) =>
          'Cache-Control' in r.headers &&
          (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path),
      );
      expect(caching.length, path).toBe(1);
    }
  });

  it('serve Markdown and text as UTF-8', () => {
    expect(headersFor(rules, '/api.md')['Content-Type']).toBe('text/markdown; charset=utf-8');
    expect(headersFor(rules, '/llms.txt')['Content-Type']).toBe('text/plain; charset=utf-8');
  });

  it('read back from the file exactly as written', () => {
    expect(parseHeaders(headersFile(rules))).toEqual(rules);
  });

  it('carry a sub-path build’s paths', () => {
    const under = headerRules('x', '/guide/', FILES);
    expect(under.map((r) => r.path)).toContain('/guide/_astro/*');
    expect(headersFor(under, '/guide/api/')['Cache-Control']).toBe(CACHE.revalidate);
    expect(headersFor(under, '/api/')['Content-Security-Policy']).toBeUndefined();
    expect(nginxConf('x', '/guide/')).toContain('location /guide/_astro/ {');
  });

  it('say the same for nginx, in every location', () => {
    const conf = nginxConf(sitePolicy(PAGES), '/');
    expect(conf.match(/add_header Content-Security-Policy/g)).toHaveLength(3);
    expect(conf).toContain(`add_header Cache-Control "${CACHE.immutable}" always;`);
    expect(conf).toContain('default_type "text/markdown; charset=utf-8";');
  });
});
