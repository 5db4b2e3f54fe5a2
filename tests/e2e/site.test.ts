import { expect, test } from '@playwright/test';
import { ALL_ROUTES, GUIDE_ROUTES } from './routes.ts';

test.describe('every guide page', () => {
  for (const route of GUIDE_ROUTES) {
    test(`${route} renders its title, navigation and sections without console errors`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).not.toBeEmpty();
      const nav = page.getByRole('navigation', { name: 'Guide', exact: true });
      await expect(nav.getByRole('link')).toHaveCount(GUIDE_ROUTES.length);
      await expect(nav.locator('[aria-current="page"]')).toHaveAttribute('href', route);
      await expect(page.locator('.content h2').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    });
  }

  for (const route of ALL_ROUTES) {
    test(`${route}: every heading has an id and a permalink to it`, async ({ page }) => {
      await page.goto(route);
      const headings = page.locator('.content :is(h2, h3):not([data-island] *)');
      const count = await headings.count();
      expect(count).toBeGreaterThan(0);
      const ids = new Set<string>();
      for (let i = 0; i < count; i++) {
        const h = headings.nth(i);
        const id = await h.getAttribute('id');
        expect(id, `heading ${i} has an id`).toBeTruthy();
        expect(ids.has(id ?? ''), `id ${id} is unique`).toBe(false);
        ids.add(id ?? '');
        const text = (await h.textContent())?.trim() ?? '';
        const link = h.locator('xpath=following-sibling::a[1]');
        await expect(link).toHaveAttribute('href', `#${id}`);
        await expect(link).toHaveAccessibleName(`Section titled “${text}”`);
        await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
      }
    });
  }
});

test('previous and next links form one chain over the guide in order', async ({ page }) => {
  for (const [i, route] of GUIDE_ROUTES.entries()) {
    await page.goto(route);
    const pager = page.getByRole('navigation', { name: 'Previous and next page' });
    const prev = pager.locator('a[rel="prev"]');
    const next = pager.locator('a[rel="next"]');
    if (i === 0) await expect(prev).toHaveCount(0);
    else await expect(prev).toHaveAttribute('href', GUIDE_ROUTES[i - 1] ?? '');
    if (i === GUIDE_ROUTES.length - 1) await expect(next).toHaveCount(0);
    else await expect(next).toHaveAttribute('href', GUIDE_ROUTES[i + 1] ?? '');
  }
  // Following "Next" from the start walks the whole guide.
  await page.goto('/');
  for (const route of GUIDE_ROUTES.slice(1)) {
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`${route.replaceAll('/', '\\/')}$`));
  }
});

test('an unknown address answers 404 with a way back into the guide', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  for (const route of GUIDE_ROUTES) {
    await expect(page.locator(`main a[href="${route}"]`).first()).toBeVisible();
  }
});

test('the theme toggle switches theme and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/api/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const lightBg = await bg();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await bg()).not.toBe(lightBg);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await bg()).not.toBe(lightBg);
  await page.goto('/build/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('dark mode follows the system when nothing is chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('the table of contents marks the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/api/');
  const toc = page.locator('.toc-side');
  const second = page.locator('.content h2').nth(1);
  const id = await second.getAttribute('id');
  await second.scrollIntoViewIfNeeded();
  await page.evaluate((i) => document.getElementById(i ?? '')?.scrollIntoView(), id);
  await expect(toc.locator('a[aria-current="location"]')).toHaveAttribute('href', `#${id}`);
});

test('the skip link moves focus to the content', async ({ page }) => {
  await page.goto('/build/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the menu opens the guide navigation and the page does not scroll sideways', async ({ page }) => {
    await page.goto('/middle-ground/');
    await page.getByText('Menu', { exact: true }).click();
    const nav = page.getByRole('navigation', { name: 'Guide pages' });
    await expect(nav.getByRole('link', { name: 'Hidden costs' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const route of GUIDE_ROUTES) {
    test(`${route} reads in full`, async ({ page }) => {
      await page.goto(route);
      await expect(page.locator('h1')).toBeVisible();
      const words = await page
        .locator('.content')
        .evaluate((el) => el.textContent?.split(/\s+/).filter(Boolean).length ?? 0);
      expect(words).toBeGreaterThan(400);
      await expect(page.getByRole('navigation', { name: 'Guide', exact: true }).getByRole('link')).toHaveCount(
        GUIDE_ROUTES.length,
      );
      await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
    });
  }
});

test('every figure in the prose links to its row on the sources page', async ({ page }) => {
  const seen = new Set<string>();
  for (const route of GUIDE_ROUTES) {
    await page.goto(route);
    for (const id of await page
      .locator('a.fig')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-figure') ?? '')))
      seen.add(id);
  }
  expect(seen.size).toBeGreaterThan(8);
  await page.goto('/sources/');
  for (const id of seen) {
    const row = page.locator(`tr[id="fig-${id}"]`);
    await expect(row, `sources row for ${id}`).toHaveCount(1);
    await expect(row.locator('td').nth(2)).not.toBeEmpty();
    await expect(row.locator('time')).toHaveAttribute('datetime', /^\d{4}/);
  }
});
