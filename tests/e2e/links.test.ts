import { expect, test } from '@playwright/test';
import { crawl } from './crawl.ts';

test('the site has no broken internal link, asset or fragment', async ({ request, baseURL }) => {
  const { pages, problems } = await crawl(request, `${baseURL}/`);
  expect(problems).toEqual([]);
  expect(pages.length).toBeGreaterThanOrEqual(8);
});
