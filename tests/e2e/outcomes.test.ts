import { createHash } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { BASE_PORT } from '../../playwright.config.ts';
import {
  costScenarioPath,
  DECISION_TEXT,
  OUTCOMES,
  outcomeAnswers,
  QUESTION_IDS,
  treePath,
  walk,
} from '../../src/rules/index.ts';
import { OUTCOME_IDS } from './routes.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** What every outcome page shows, JavaScript or not. */
async function expectWholeResult(page: Page, id: (typeof OUTCOME_IDS)[number]) {
  const o = OUTCOMES[id];
  const answers = outcomeAnswers(id);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText(o.title);
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', id);
  await expect(page.locator('[data-outcome] h1')).toHaveCount(1);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: 'Decide' })).toHaveAttribute('href', '/decide/');
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(o.title);
  const rows = page.locator('.outcome-answers li');
  await expect(rows).toHaveCount(4);
  for (const [i, q] of QUESTION_IDS.entries()) {
    const a = answers[q];
    await expect(rows.nth(i)).toHaveAttribute('data-answer', a ?? 'not-asked');
    await expect(rows.nth(i).locator('strong')).toHaveText(a ? DECISION_TEXT.answers[a] : DECISION_TEXT.notAsked);
  }
  const why = page.locator('#why').locator('xpath=../following-sibling::ul[1]/li');
  await expect(why).toHaveText(walk(answers).steps.map((s) => s.because));
  const steps = page.locator('#next-steps').locator('xpath=../following-sibling::ol[1]/li');
  await expect(steps).toHaveText([...o.steps]);
  await expect(page.getByTestId('outcome-costs-link')).toHaveAttribute('href', costScenarioPath(o));
  await expect(page.getByTestId('outcome-tree-link')).toHaveAttribute('href', `${treePath(answers)}#walk-the-tree`);
  for (const l of o.links) await expect(page.locator(`.content a[href="${l.href}"]`).first()).toBeVisible();
  // The main navigation is the guide's, with Decide marked as where the page belongs.
  const nav = page.getByRole('navigation', { name: 'Guide', exact: true });
  await expect(nav.getByRole('link')).toHaveCount(8);
  await expect(nav.locator('[aria-current]')).toHaveAttribute('href', '/decide/');
}

test.describe('each outcome page, with JavaScript', () => {
  for (const id of OUTCOME_IDS) {
    test(`/decide/${id}/ shows the answers, why, next steps and links, and loads without errors`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      const res = await page.goto(`/decide/${id}/`);
      expect(res?.status()).toBe(200);
      await expectWholeResult(page, id);
      await expect(page.getByRole('button', { name: DECISION_TEXT.copyLink })).toBeVisible();
      await expect(page.getByRole('button', { name: DECISION_TEXT.copyMarkdown })).toBeVisible();
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/decide/${id}/$`));
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', OUTCOMES[id].summary);
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    });
  }

  test('the link back into the tree opens the walk on the same outcome', async ({ page }) => {
    await page.goto('/decide/build-or-fine-tune/');
    await page.getByTestId('outcome-tree-link').click();
    await expect(page).toHaveURL(/\/decide\/\?api=no&team=yes#walk-the-tree$/);
    await expect(page.locator('[data-island="decide"][data-hydrated]')).toHaveCount(1);
    await expect(page.locator('.dt [data-outcome]')).toHaveAttribute('data-outcome', 'build-or-fine-tune');
  });

  test('the cost link opens the calculator on the outcome’s scenario', async ({ page }) => {
    await page.goto('/decide/rag-on-api/');
    const link = page.getByTestId('outcome-costs-link');
    // The link itself, since the calculator tidies its address (values equal to defaults drop) once it runs.
    await expect(link).toHaveAttribute('href', /\/costs\/\?requests=20000&input=800&output=300&context=2000$/);
    await link.click();
    await expect(page).toHaveURL(/\/costs\//);
    await expect(page.locator('[data-island][data-hydrated] #costs[data-ready="true"]')).toBeAttached();
    await expect(page.locator('#costs-context')).toHaveValue('2,000');
  });

  test('the flowchart’s outcome boxes and the outcome sections of /decide/ link to the pages', async ({ page }) => {
    await page.goto('/decide/');
    for (const id of OUTCOME_IDS) {
      await expect(page.locator(`#outcome-${id} a[href="/decide/${id}/"]`)).toHaveText(OUTCOMES[id].title);
      const section = OUTCOMES[id].section.split('#')[1] ?? '';
      await expect(page.locator(`.content a[href="/decide/${id}/"]:not(#outcome-${id} a)`)).toHaveCount(1);
      // The contents lists every outcome, titled from the rules module.
      await expect(page.locator(`.toc-side a[href="#${section}"]`)).toHaveText(OUTCOMES[id].title);
    }
  });
});

test.describe('each outcome page, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const id of OUTCOME_IDS) {
    test(`/decide/${id}/ reads in full, and hides the copy buttons it cannot run`, async ({ page }) => {
      await page.goto(`/decide/${id}/`);
      await expectWholeResult(page, id);
      await expect(page.getByRole('button', { name: DECISION_TEXT.copyLink })).toBeHidden();
      await expect(page.getByRole('button', { name: DECISION_TEXT.copyMarkdown })).toBeHidden();
    });
  }
});

test.describe('copying a result', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test('on the page, Copy link copies the page’s absolute URL and says so', async ({ page, baseURL }) => {
    await page.goto('/decide/hire-or-pivot/?utm_source=chat#why');
    await page.getByRole('button', { name: DECISION_TEXT.copyLink }).click();
    await expect(page.locator('#announcer')).toHaveText('Link copied');
    expect(await clipboard(page)).toBe(`${baseURL}/decide/hire-or-pivot/`);
  });

  test('on the page, Copy as Markdown copies the decision record the page carries, loading no code', async ({
    page,
    baseURL,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/decide/rag-on-api/');
    await page.waitForLoadState('networkidle');
    const before = requested.length;
    await page.getByRole('button', { name: DECISION_TEXT.copyMarkdown }).click();
    await expect(page.locator('#announcer')).toHaveText('Markdown copied');
    expect(requested.slice(before).filter((p) => p.endsWith('.js'))).toEqual([]);
    const md = await clipboard(page);
    const o = OUTCOMES['rag-on-api'];
    expect(md.split('\n')[0]).toBe(`### Decision: ${o.title}, ${today()}`);
    expect(md).toContain(`| 3 | Can retrieval-augmented generation (RAG) solve your problem? | Yes |`);
    // The record's sections are the page's, under the same headings and in the same order.
    const headings = await page.locator('article.outcome h2').allTextContents();
    expect(md.match(/^#### .*$/gm)?.map((h) => h.slice(5))).toEqual(headings);
    for (const step of o.steps) expect(md).toContain(step);
    expect(md).toContain(`- This outcome: ${baseURL}/decide/rag-on-api/`);
    expect(md).toContain(`- ${DECISION_TEXT.costs}: ${baseURL}${costScenarioPath(o)}`);
    // Every link the page lists, in its order, after the page's own address.
    const links = page.locator('#read-and-run-next').locator('xpath=../following-sibling::ul[1]/li/a');
    const listed = await links.evaluateAll((as) =>
      as.map((a) => `- ${a.textContent}: ${(a as HTMLAnchorElement).href}`),
    );
    expect(md.split('\n').filter((l) => l.startsWith('- ') && l.includes(`: ${baseURL}`))).toEqual([
      `- This outcome: ${baseURL}/decide/rag-on-api/`,
      ...listed,
    ]);
    expect(md).toMatch(new RegExp(`Worked out with Model Path \\(${baseURL}/\\)`));
  });

  test('in the island, Copy as Markdown copies the same record as the outcome page', async ({ page }) => {
    await page.goto('/decide/?api=no&team=no&rag=no');
    await expect(page.locator('.dt[data-ready="true"] [data-outcome="hire-or-pivot"]')).toBeVisible();
    await page.locator('.dt').getByRole('button', { name: DECISION_TEXT.copyMarkdown }).click();
    await expect(page.locator('#announcer')).toHaveText('Markdown copied');
    const fromIsland = await clipboard(page);
    await page.goto('/decide/hire-or-pivot/');
    await page.getByRole('button', { name: DECISION_TEXT.copyMarkdown }).click();
    await expect(page.locator('#announcer')).toHaveText('Markdown copied');
    expect(await clipboard(page)).toBe(fromIsland);
    expect(fromIsland).toContain(`### Decision: Hire or pivot, ${today()}`);
  });

  test('under a sub-path, both copies carry the base path', async ({ page }) => {
    const root = `http://127.0.0.1:${BASE_PORT}/guide/`;
    await page.goto(`${root}decide/?api=yes&scale=no`);
    await expect(page.locator('.dt[data-ready="true"] [data-outcome="api"]')).toBeVisible();
    await page.locator('.dt').getByRole('button', { name: DECISION_TEXT.copyLink }).click();
    await expect(page.locator('#announcer')).toHaveText('Link copied');
    expect(await clipboard(page)).toBe(`${root}decide/api/`);
    await page.goto(`${root}decide/api/`);
    await page.getByRole('button', { name: DECISION_TEXT.copyLink }).click();
    await expect(page.locator('#announcer')).toHaveText('Link copied');
    expect(await clipboard(page)).toBe(`${root}decide/api/`);
    await page.getByRole('button', { name: DECISION_TEXT.copyMarkdown }).click();
    await expect(page.locator('#announcer')).toHaveText('Markdown copied');
    const md = await clipboard(page);
    expect(md).toContain(`- This outcome: ${root}decide/api/`);
    expect(md).toContain(`: ${root}costs/?requests=`);
    expect(md).toContain(`: ${root}decide/?api=yes&scale=no`);
  });
});

test('each outcome has its own 1200×630 preview image, drawn apart from every other', async ({ page, request }) => {
  const hashes = new Map<string, string>();
  for (const id of [...OUTCOME_IDS]) {
    await page.goto(`/decide/${id}/`);
    const image = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
    expect(image).toMatch(new RegExp(`/og/decide/${id}\\.png$`));
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', image);
    const res = await request.get(new URL(new URL(image).pathname, page.url()).href);
    expect(res.headers()['content-type']).toBe('image/png');
    const png = await res.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    hashes.set(id, createHash('sha256').update(png).digest('hex'));
  }
  const decide = await (await request.get('/og/decide.png')).body();
  const all = [...hashes.values(), createHash('sha256').update(decide).digest('hex')];
  expect(new Set(all).size).toBe(OUTCOME_IDS.length + 1);
});

test('the sitemap lists every outcome page', async ({ request, baseURL }) => {
  const index = await (await request.get(`${baseURL}/sitemap-index.xml`)).text();
  const file = /<loc>https?:\/\/[^/]+(\/[^<]+)<\/loc>/.exec(index)?.[1] ?? '';
  const urls = await (await request.get(`${baseURL}${file}`)).text();
  for (const id of OUTCOME_IDS) expect(urls).toMatch(new RegExp(`<loc>https?://[^<]+/decide/${id}/</loc>`));
});

test('search finds an outcome page and lands on it', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox', { name: 'Search the guide' }).fill('hire or pivot');
  const hit = dialog.locator('.search-results a[href^="/decide/hire-or-pivot/"]').first();
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(/\/decide\/hire-or-pivot\/(#[\w-]+)?$/);
  await expect(page.locator('h1')).toHaveText('Hire or pivot');
});

test.describe('printing an outcome page', () => {
  for (const id of ['api', 'rag-on-api-plan-custom'] as const) {
    test(`/decide/${id}/ prints on one page, with the targets of its links`, async ({ page }) => {
      await page.goto(`/decide/${id}/`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('button', { name: DECISION_TEXT.copyLink })).toBeHidden();
      await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
      const after = await page
        .getByTestId('outcome-costs-link')
        .evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toMatch(
        new RegExp(`^" \\(https?://[^ ]+${costScenarioPath(OUTCOMES[id]).replace(/[?]/g, '\\$&')}\\)"$`),
      );
      // Every link still shown on paper prints its full address; heading permalinks are not printed.
      for (const a of await page.locator('.content a:not(.anchor)').all()) {
        if (!(await a.isVisible())) continue;
        expect(await a.evaluate((el) => getComputedStyle(el, '::after').content)).toMatch(/^" \(https?:\/\//);
      }
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages).toHaveLength(1);
      const letter = await page.pdf({ format: 'Letter' });
      expect(letter.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(1);
    });
  }
});
