import { expect, test } from '@playwright/test';
import { twinPath } from '../../src/site/markdown-twin.ts';
import { ALL_ROUTES, GUIDE_ROUTES, OUTCOME_ROUTES } from './routes.ts';

test('every page’s Markdown twin has the page’s headings, figures and facts, and no HTML', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  for (const route of ALL_ROUTES) {
    await page.goto(route);
    const twin = await request.get(twinPath(route));
    expect(twin.status(), route).toBe(200);
    expect(twin.headers()['content-type'], route).toMatch(/^text\/markdown/);
    const md = await twin.text();
    const article = page.locator('article.content');
    expect(md.startsWith(`# ${(await article.locator('h1').textContent())?.trim()}\n`), route).toBe(true);
    const ids = await article
      .locator('h2[id], h3[id]')
      .evaluateAll((hs) => hs.filter((h) => !h.closest('.island')).map((h) => h.id));
    for (const id of ids) expect(md, `${route} #${id}`).toContain(` {#${id}}\n`);
    // Figures and computed facts outside the calculators, as the page prints them.
    const values = await article
      .locator('a.fig, [data-fact]')
      .evaluateAll((els) =>
        els.filter((e) => !e.closest('.island, .page-actions')).map((e) => (e.textContent ?? '').trim()),
      );
    for (const v of values) expect(md, `${route}: ${v}`).toContain(v);
    expect(md, route).not.toMatch(/<\/?[a-zA-Z][^>]*>/);
    expect(md, route).toContain(`Canonical page: ${new URL(route, 'https://build-or-buy.example').href}`);
  }
});

test('a calculator page’s twin carries its worked example as a table', async ({ request }) => {
  const md = await (await request.get('/costs.md')).text();
  expect(md).toMatch(/\| Path +\| This month +\| Month 12 +\| Total, 12 months +\| Per 1,000 requests +\|/);
  expect(md).toMatch(/\| Hosted API +\| \*\*\$[\d,]+\*\* +\|/);
  expect(md).toContain('At 20,000 requests a day');
});

test('Copy page as Markdown puts the page’s twin on the clipboard', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/middle-ground/');
  const button = page.getByRole('button', { name: 'Copy page as Markdown' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.locator('#announcer')).toHaveText('Markdown copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await (await request.get('/middle-ground.md')).text());
  expect(copied.startsWith('# Fine-tuning and RAG: the middle ground\n')).toBe(true);
});

test('llms.txt lists every page’s twin, and llms-full.txt holds them all in reading order', async ({ request }) => {
  const txt = await (await request.get('/llms.txt')).text();
  expect(txt).toMatch(/^# Model Path\n\n> .+\n\n.+\n\n## Pages\n\n/);
  const links = [...txt.matchAll(/^- \[(.+)\]\((\S+)\): .+$/gm)];
  expect(links.map((m) => new URL(m[2] ?? '').pathname)).toEqual(
    [...GUIDE_ROUTES.slice(0, 6), ...OUTCOME_ROUTES, ...GUIDE_ROUTES.slice(6)].map(twinPath),
  );
  const full = await (await request.get('/llms-full.txt')).text();
  let at = -1;
  for (const m of links) {
    const next = full.indexOf(`# ${m[1]}\n`);
    expect(next, m[1]).toBeGreaterThan(at);
    at = next;
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('/llms.txt');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('each page links its twin, which opens; the copy button stays hidden', async ({ page }) => {
    for (const route of ['/', '/costs/', '/decide/api/']) {
      await page.goto(route);
      await expect(page.getByRole('button', { name: 'Copy page as Markdown' })).toBeHidden();
      await page.getByRole('link', { name: 'This page as Markdown' }).click();
      await expect(page).toHaveURL(new RegExp(`${twinPath(route).replace('.', '\\.')}$`));
    }
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'llms.txt' }).click();
    await expect(page).toHaveURL(/\/llms\.txt$/);
  });
});
