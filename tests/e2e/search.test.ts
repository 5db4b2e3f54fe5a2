import { expect, test } from '@playwright/test';

test('search loads nothing until used, then finds sections by keyboard and lands on them', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.includes('pagefind') || p.endsWith('/search.js'))).toEqual([]);

  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox', { name: 'Search the guide' });
  await expect(input).toBeFocused();
  await input.fill('break-even');
  const results = dialog.locator('.search-results a');
  await expect(results.first()).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(/\d+ results?/);
  const href = await results.first().getAttribute('href');
  expect(href).toMatch(/^\/[a-z-]*\/?#[a-z0-9-]+$/);
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href?.replace(/[/#-]/g, '\\$&')}$`));
  const id = href?.split('#')[1] ?? '';
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('Ctrl+K and the header button open search; Escape closes it', async ({ page }) => {
  await page.goto('/api/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: /Search/ }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox').fill('zzzzqqq');
  await expect(dialog.getByRole('status')).toHaveText('No results for “zzzzqqq”');
});

test('typing / in a calculator field types a slash instead of opening search', async ({ page }) => {
  await page.goto('/costs/');
  const field = page.getByLabel('Requests per day');
  await field.click();
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog', { name: 'Search the guide' })).toBeHidden();
});

test('search quotes the guide’s prose, not the calculators’ tables, and still finds the worked example', async ({
  page,
}) => {
  await page.goto('/costs/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  const input = dialog.getByRole('searchbox', { name: 'Search the guide' });
  // A label only the calculator's results table prints.
  await input.fill('Self-hosted fine-tune');
  await expect(dialog.getByRole('status')).toBeVisible();
  for (const text of await dialog.locator('.search-results li').allTextContents())
    expect(text).not.toMatch(/\$[\d,]+\.\s*\$[\d,]+/);
  // The worked example's explanation is prose, so it stays searchable.
  await input.fill('worked example');
  await expect(dialog.locator('.search-results a[href*="/costs/"]').first()).toBeVisible();
  await expect(dialog.locator('.search-results')).toContainText(/worked example/i);
});
