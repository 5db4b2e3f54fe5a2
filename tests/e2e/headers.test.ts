import { expect, test } from '@playwright/test';
import { BASE_PORT } from '../../playwright.config.ts';
import { CACHE, inlineHashes, SECURITY_HEADERS } from '../../src/site/headers.ts';
import { REQUIRED_DIRECTIVES } from '../required-policy.ts';
import { ALL_ROUTES } from './routes.ts';

test('a page carries the security headers and short caching; a hashed asset is cached for good', async ({
  request,
}) => {
  const res = await request.get('/costs/');
  const h = res.headers();
  const csp = h['content-security-policy'] ?? '';
  for (const d of REQUIRED_DIRECTIVES) expect(csp).toContain(d);
  expect(csp).not.toContain('unsafe-inline');
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(h[k.toLowerCase()], k).toBe(v);
  expect(h['cache-control']).toBe(CACHE.revalidate);
  const asset = (await res.text()).match(/src="(\/_astro\/[^"]+\.js)"/)?.[1] ?? '';
  expect(asset).not.toBe('');
  const a = await request.get(asset);
  expect(a.headers()['cache-control']).toBe(CACHE.immutable);
  expect(a.headers()['x-content-type-options']).toBe('nosniff');
  for (const [path, type] of [
    ['/api.md', 'text/markdown; charset=utf-8'],
    ['/llms.txt', 'text/plain; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
  ] as const) {
    const r = await request.get(path);
    expect(r.headers()['content-type'], path).toBe(type);
    expect(r.headers()['cache-control'], path).toBe(CACHE.revalidate);
  }
  // An unknown path is a 404 under the same policy; the header files are not served.
  const missing = await request.get('/no-such-page/');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-security-policy']).toBe(csp);
  expect((await request.get('/_headers')).status()).toBe(404);
});

test('every inline script and style of every page is in the header’s policy', async ({ request }) => {
  const csp = (await request.get('/')).headers()['content-security-policy'] ?? '';
  for (const route of [...ALL_ROUTES, '/no-such-page/']) {
    const { script, style } = inlineHashes(await (await request.get(route)).text());
    expect(script.length, route).toBeGreaterThan(0);
    for (const h of [...script, ...style]) expect(csp, `${route} ${h}`).toContain(h);
  }
});

test('a page framed by another site is refused', async ({ page, baseURL }) => {
  await page.route('http://elsewhere.test/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Elsewhere</title><iframe src="${baseURL}/costs/" width="800" height="600"></iframe>`,
    }),
  );
  await page.goto('http://elsewhere.test/');
  const frame = () => page.frames().find((f) => f !== page.mainFrame());
  // Chromium puts its error page in place of a page whose frame-ancestors refuse the framing site.
  await expect.poll(() => frame()?.url()).toBe('chrome-error://chromewebdata/');
  expect(await frame()?.locator('article.content').count()).toBe(0);
});

test('the sub-path build carries its own headers', async ({ request }) => {
  const r = await request.get(`http://127.0.0.1:${BASE_PORT}/guide/costs/`);
  expect(r.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(r.headers()['cache-control']).toBe(CACHE.revalidate);
});

test('the on-demand code runs under the header policy with no violation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused: CSP ${e.violatedDirective}`)),
  );
  await page.goto('/costs/');
  await expect(page.locator('#costs')).toHaveAttribute('data-ready', 'true');
  await page.locator('#costs [data-action="copy-markdown"]').click();
  await expect(page.locator('#costs .status')).toHaveText('Markdown copied');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#costs [data-testid="scenario-download"]').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
  await expect(page.locator('#announcer')).toHaveText('Markdown copied');
  expect(violations).toEqual([]);
});
