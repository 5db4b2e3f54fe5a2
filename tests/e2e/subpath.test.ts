import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { BASE_PORT } from '../../playwright.config.ts';
import { crawl } from './crawl.ts';
import { ALL_ROUTES } from './routes.ts';

const ROOT = `http://127.0.0.1:${BASE_PORT}/guide/`;

test('a sub-path build has no broken link, asset or fragment, and reaches every page', async ({ request }) => {
  const { pages, problems } = await crawl(request, ROOT);
  expect(problems).toEqual([]);
  for (const route of ALL_ROUTES) expect(pages).toContain(new URL(route.slice(1), ROOT).href);
});

test('under a sub-path, the calculators, their links, their on-use code and search work', async ({ page }) => {
  await page.goto(`${ROOT}decide/?api=yes&scale=yes`);
  await expect(page.locator('[data-outcome="api-plan-custom"]')).toBeVisible();
  const costs = page.getByTestId('outcome-costs-link');
  await expect(costs).toHaveAttribute('href', /^\/guide\/costs\/\?/);
  await costs.click();
  await expect(page.locator('[data-island][data-hydrated] #costs[data-ready="true"]')).toBeAttached();
  await expect(page).toHaveURL(/\/guide\/costs\/\?requests=1500000$/);
  // The benchmark reader loads from under the sub-path too.
  await page.locator('#costs details[data-group="bench"] > summary').click();
  const bench = page.getByTestId('benchmark-import');
  await bench
    .locator('textarea')
    .fill(readFileSync(new URL('../fixtures/vllm/bench-serve-result.json', import.meta.url), 'utf8'));
  await bench.locator('button[type="submit"]').click();
  await expect(bench.locator('output')).toContainText('Read from the JSON of vllm bench serve');
  await expect(page).toHaveURL(/\/guide\/costs\/\?requests=1500000&.*benchRps=/);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('retrieval');
  const first = dialog.locator('.search-results a').first();
  await expect(first).toHaveAttribute('href', /^\/guide\//);
});
