import { expect, test } from '@playwright/test';
import pinned from './pinned-ids.json' with { type: 'json' };

test.describe('published ids never disappear', () => {
  for (const [route, ids] of Object.entries(pinned)) {
    test(`${route} still has its ${ids.length} published ids`, async ({ request, baseURL }) => {
      const html = await (await request.get(`${baseURL}${route}`)).text();
      const present = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      const missing = ids.filter((id) => !present.has(id));
      expect(missing, `ids gone from ${route}; keep them with <Anchor id="…" /> (see README)`).toEqual([]);
    });
  }
});

test('arriving by #fragment shows the heading below the sticky header and marks it in the contents at once', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/api/#managing-latency');
  const heading = page.locator('#managing-latency');
  await expect(heading).toBeInViewport();
  const header = await page.locator('.site-header').boundingBox();
  const box = await heading.boundingBox();
  expect(box?.y ?? 0).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0));
  await expect(page.locator('.toc-side a[aria-current="location"]')).toHaveAttribute('href', '#managing-latency');
});

test('a fragment for a short last section is still the one marked', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/sources/#how-figures-are-kept');
  await expect(page.locator('.toc-side a[aria-current="location"]')).toHaveAttribute('href', '#how-figures-are-kept');
});

test('the copy button beside a section link copies its full URL and announces it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/build/');
  const heading = page.locator('#the-five-signals');
  await heading.hover();
  const button = page.getByRole('button', { name: 'Copy link to section “The five signals”' });
  await expect(button).toBeVisible();
  await button.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/build\/#the-five-signals$/,
  );
  await expect(page.locator('#announcer')).toHaveText('Link copied');
  // The permalink itself stays a plain link.
  const link = page.getByRole('link', { name: 'Section titled “The five signals”' });
  await expect(link).toHaveAttribute('href', '#the-five-signals');
});

test('copy buttons work by keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/middle-ground/');
  const button = page.getByRole('button', { name: 'Copy link to section “What RAG costs”' });
  await button.focus();
  await expect(button).toBeVisible();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/middle-ground\/#what-rag-costs$/);
});

test.describe('link previews', () => {
  for (const route of Object.keys(pinned)) {
    test(`${route} has a description, canonical URL, Open Graph and Twitter tags, and its image`, async ({
      page,
      request,
    }) => {
      await page.goto(route);
      const meta = (sel: string) => page.locator(sel).first().getAttribute('content');
      expect((await meta('meta[name="description"]'))?.length ?? 0).toBeGreaterThan(50);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`${route.replace(/\//g, '\\/')}$`),
      );
      expect(await meta('meta[property="og:title"]')).toBe(await page.locator('h1').textContent());
      expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      const image = (await meta('meta[property="og:image"]')) ?? '';
      expect(image).toMatch(/^https?:\/\/.+\/og\/[a-z-]+(\/[a-z-]+)?\.png$/);
      const res = await request.get(new URL(new URL(image).pathname, page.url()).href);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
      const png = await res.body();
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });
  }

  test('the sitemap lists every guide page and robots.txt points to it', async ({ request, baseURL }) => {
    const robots = await (await request.get(`${baseURL}/robots.txt`)).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
    const index = await (await request.get(`${baseURL}/sitemap-index.xml`)).text();
    const file = /<loc>https?:\/\/[^/]+(\/[^<]+)<\/loc>/.exec(index)?.[1] ?? '';
    const urls = await (await request.get(`${baseURL}${file}`)).text();
    for (const route of Object.keys(pinned)) expect(urls).toContain(`${route}</loc>`);
    expect(urls).not.toContain('404');
  });
});
