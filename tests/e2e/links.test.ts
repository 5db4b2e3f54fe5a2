import { expect, test } from '@playwright/test';
import { crawl } from './crawl.ts';
import { ALL_ROUTES } from './routes.ts';

test('the site has no broken internal link, asset or fragment, and links reach every public route', async ({
  request,
  baseURL,
}) => {
  const { pages, problems } = await crawl(request, `${baseURL}/`);
  expect(problems).toEqual([]);
  for (const route of ALL_ROUTES) expect(pages).toContain(`${baseURL}${route}`);
});
