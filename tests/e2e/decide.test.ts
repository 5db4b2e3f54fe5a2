import { expect, type Page, test } from '@playwright/test';
import { DECISION_TEXT } from '../../src/rules/index.ts';
import { OUTCOME_IDS } from './routes.ts';

type A = 'yes' | 'no';
type Combo = { api: A; team: A; rag: A; scale: A };

/** The article's tree, written out by hand. */
function expected(a: Combo): string {
  if (a.api === 'yes') return a.scale === 'yes' ? 'api-plan-custom' : 'api';
  if (a.team === 'yes') return 'build-or-fine-tune';
  if (a.rag === 'no') return 'hire-or-pivot';
  return a.scale === 'yes' ? 'rag-on-api-plan-custom' : 'rag-on-api';
}

const yn = ['yes', 'no'] as const;
const combos: Combo[] = yn.flatMap((api) =>
  yn.flatMap((team) => yn.flatMap((rag) => yn.map((scale) => ({ api, team, rag, scale })))),
);
const query = (c: Partial<Combo>) => new URLSearchParams(c as Record<string, string>).toString();

async function hydrated(page: Page) {
  await expect(page.locator('[data-island="decide"][data-hydrated]')).toHaveCount(1);
  await expect(page.locator('.dt[data-ready="true"]')).toBeVisible();
}

/** Presses Tab until the named button has focus, as a keyboard user would. */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === name) return;
  }
  throw new Error(`Tab never reached “${name}”`);
}

const outcome = (page: Page) => page.locator('.dt [data-outcome]');

test.describe('every combination of answers', () => {
  for (const c of combos) {
    test(`by URL: ${query(c)} opens on ${expected(c)}`, async ({ page }) => {
      await page.goto(`/decide/?${query(c)}`);
      await hydrated(page);
      await expect(outcome(page)).toHaveAttribute('data-outcome', expected(c));
      await expect(page.locator(`[data-flow="outcome:${expected(c)}"]`)).toHaveAttribute('data-state', 'current');
    });
  }

  test('by keyboard: all 16 combinations reach the right outcome', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/decide/');
    await hydrated(page);
    for (const c of combos) {
      await page.goto('/decide/');
      await hydrated(page);
      await page.locator('a.anchor[href="#walk-the-tree"]').focus();
      for (let i = 0; i < 4; i++) {
        if ((await outcome(page).count()) > 0) break;
        const title = (await page.locator('#dt-title').textContent()) ?? '';
        const key = /privacy/.test(title)
          ? 'api'
          : /ML team/.test(title)
            ? 'team'
            : /retrieval/.test(title)
              ? 'rag'
              : 'scale';
        await tabTo(page, c[key] === 'yes' ? 'Yes' : 'No');
        await page.keyboard.press('Enter');
        await expect(page.locator('#dt-title')).toBeFocused();
      }
      await expect(outcome(page), query(c)).toHaveAttribute('data-outcome', expected(c));
    }
  });
});

test('one question at a time, with progress, explanation and a link to its section', async ({ page }) => {
  await page.goto('/decide/');
  await hydrated(page);
  const dt = page.locator('.dt');
  await expect(dt.getByText('Question 1 of at most 4')).toBeVisible();
  await expect(dt.getByRole('heading', { level: 3 })).toHaveText(/public API without violating data privacy/);
  await expect(dt.getByRole('link', { name: 'More on this question' })).toHaveAttribute(
    'href',
    '#question-one-data-privacy',
  );
  await dt.getByRole('button', { name: 'Yes' }).click();
  await expect(page).toHaveURL(/\/decide\/\?api=yes$/);
  await expect(dt.getByText('Question 2 of at most 2')).toBeVisible();
  await expect(dt.getByRole('heading', { level: 3 })).toHaveText(/1 million requests a day within 12 months/);
});

test('browser Back steps back one question; our Back and Start over work too', async ({ page }) => {
  await page.goto('/decide/');
  await hydrated(page);
  const dt = page.locator('.dt');
  await dt.getByRole('button', { name: 'No' }).click();
  await dt.getByRole('button', { name: 'No' }).click();
  await expect(page).toHaveURL(/\?api=no&team=no$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?api=no$/);
  await expect(dt.getByText('Question 2 of at most 4')).toBeVisible();
  await dt.getByRole('button', { name: 'No' }).click();
  await dt.getByRole('button', { name: 'Yes' }).click();
  await dt.getByRole('button', { name: 'Yes' }).click();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'rag-on-api-plan-custom');
  await dt.getByRole('button', { name: 'Back' }).click();
  await expect(page).toHaveURL(/\?api=no&team=no&rag=yes$/);
  await expect(dt.getByText('Question 4 of at most 4')).toBeVisible();
  await dt.getByRole('button', { name: 'Start over' }).click();
  await expect(page).toHaveURL(/\/decide\/$/);
  await expect(dt.getByText('Question 1 of at most 4')).toBeVisible();
  await expect(dt.getByRole('button', { name: 'Back' })).toBeDisabled();
});

test('Back on a pasted link steps back without leaving the page', async ({ page }) => {
  await page.goto('/decide/?api=yes&scale=no');
  await hydrated(page);
  await page.locator('.dt').getByRole('button', { name: 'Back' }).click();
  await expect(page).toHaveURL(/\/decide\/\?api=yes$/);
  await expect(page.locator('.dt').getByText('Question 2 of at most 2')).toBeVisible();
});

test('the outcome says what to do, why, and links into the guide and the calculator', async ({ page }) => {
  await page.goto('/decide/?api=no&team=no&rag=yes&scale=no');
  await hydrated(page);
  const panel = outcome(page);
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText('RAG on top of an API');
  await expect(panel.locator('ol li')).toHaveCount(4);
  await expect(panel.getByText('Retrieval can supply what the model lacks', { exact: false })).toBeVisible();
  const explained = panel.getByRole('link', { name: 'This outcome, explained' });
  await expect(explained).toHaveAttribute('href', '#rag-on-top-of-an-api');
  const costs = panel.getByTestId('outcome-costs-link');
  await expect(costs).toHaveAttribute('href', /^\/costs\/\?requests=\d+&input=\d+&output=\d+&context=\d+$/);
  // Following a link to a section of this page keeps the walk: the answers stay in the address.
  await explained.click();
  await expect(page).toHaveURL(/\?api=no&team=no&rag=yes&scale=no#rag-on-top-of-an-api$/);
  await expect(page.locator('#rag-on-top-of-an-api')).toBeInViewport();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'rag-on-api');
});

test('the outcome lists the links its outcome page lists, the tree at these answers included', async ({ page }) => {
  await page.goto('/decide/rag-on-api/');
  const onPage = page.locator('#read-and-run-next').locator('xpath=../following-sibling::ul[1]/li/a');
  const labels = await onPage.allTextContents();
  expect(labels).toContain(DECISION_TEXT.inTree);
  await page.goto('/decide/?api=no&team=no&rag=yes&scale=no');
  await hydrated(page);
  await expect(outcome(page).locator('.dt-links a')).toHaveText(labels);
});

test('“Change an answer in the decision tree” opens the walk on the current answers, where one can be changed', async ({
  page,
}) => {
  await page.goto('/decide/?api=no&team=no&rag=yes&scale=no');
  await hydrated(page);
  const tree = outcome(page).getByRole('link', { name: DECISION_TEXT.inTree });
  await expect(tree).toHaveAttribute('href', '/decide/?api=no&team=no&rag=yes&scale=no#walk-the-tree');
  await expect(tree).toHaveAttribute('data-testid', 'outcome-tree-link');
  await tree.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 2000);
  await expect(page.locator('#walk-the-tree')).not.toBeInViewport();
  await tree.click();
  await expect(page).toHaveURL(/\/decide\/\?api=no&team=no&rag=yes&scale=no#walk-the-tree$/);
  await expect(page.locator('#walk-the-tree')).toBeInViewport();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'rag-on-api');
  const dt = page.locator('.dt');
  await dt.getByRole('button', { name: 'Back' }).click();
  await expect(dt.getByText('Question 4 of at most 4')).toBeVisible();
  await dt.getByRole('button', { name: 'Yes' }).click();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'rag-on-api-plan-custom');
  await expect(page).toHaveURL(/\?api=no&team=no&rag=yes&scale=yes$/);
});

test('copy link copies the absolute URL of the outcome page, announces it, and the link opens that result', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/decide/?api=yes&scale=yes');
  await hydrated(page);
  await page.getByRole('button', { name: 'Copy link to this result' }).click();
  await expect(page.locator('#announcer')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/decide/api-plan-custom/`);
  const fresh = await browser.newContext({ javaScriptEnabled: false });
  const other = await fresh.newPage();
  await other.goto(copied);
  await expect(other.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'api-plan-custom');
  await expect(other.locator('h1')).toHaveText('Start on an API, plan for custom');
  await fresh.close();
});

test('a result link /decide/?answers still opens the walk on its outcome', async ({ page }) => {
  await page.goto('/decide/?api=no&team=no&rag=yes&scale=no#walk-the-tree');
  await hydrated(page);
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'rag-on-api');
  await expect(page).toHaveURL(/\/decide\/\?api=no&team=no&rag=yes&scale=no#walk-the-tree$/);
});

test.describe('a tampered link', () => {
  test('shows a notice, drops the bad answer and asks the first open question', async ({ page }) => {
    await page.goto('/decide/?api=maybe&team=no');
    await hydrated(page);
    await expect(page.getByRole('alert')).toContainText('api=“maybe”');
    await expect(page.locator('.dt').getByText('Question 1 of at most 4')).toBeVisible();
    // The valid answer is kept for when its question comes.
    await expect(page).toHaveURL(/\/decide\/\?team=no$/);
    await expect(page.getByRole('list', { name: 'Answered ahead' })).toContainText('ML team');
  });

  test('never runs or renders markup from the URL', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.goto(`/decide/?api=${encodeURIComponent(payload)}`);
    await hydrated(page);
    await expect(page.getByRole('alert')).toContainText('<img src=x');
    await expect(page.locator('.dt img, .dt script')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});

test('the overview page links into the decision tree', async ({ page }) => {
  await page.goto('/');
  await page.locator('.content a[href^="/decide/"]').first().click();
  await expect(page).toHaveURL(/\/decide\//);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the flowchart shows all four questions and all six outcomes with their next steps', async ({ page }) => {
    await page.goto('/decide/');
    const chart = page.locator('.flowchart');
    await expect(chart).toBeVisible();
    const questions = await chart.locator('.flow-q a').allTextContents();
    expect(new Set(questions).size).toBe(4);
    for (const id of OUTCOME_IDS) {
      const box = page.locator(`#outcome-${id}`);
      await expect(box).toBeVisible();
      await expect(box.getByRole('link').first()).toHaveAttribute('href', `/decide/${id}/`);
      const href = await box.getByRole('link', { name: /^Next steps/ }).getAttribute('href');
      const section = page.locator(href?.replace('/decide/', '') ?? 'missing');
      await expect(section).toBeVisible();
      await expect(section.locator('xpath=../following-sibling::ol[1]/li').first()).toBeVisible();
    }
    await expect(page.locator('.dt-nojs')).toBeVisible();
    await expect(page.locator('.dt-app')).toBeHidden();
  });

  test('an outcome link lands on the outcome in the flowchart', async ({ page }) => {
    await page.goto('/decide/#outcome-rag-on-api');
    await expect(page.locator('#outcome-rag-on-api')).toBeInViewport();
  });
});

test('the cost calculator hands its traffic to the tree, which uses it when question 4 comes', async ({ page }) => {
  await page.goto('/costs/?requests=3000000');
  await expect(page.locator('[data-island][data-hydrated] #costs[data-ready="true"]')).toBeAttached();
  await page.getByTestId('to-decision-tree').click();
  await expect(page).toHaveURL(/\/decide\/\?scale=yes$/);
  await hydrated(page);
  await expect(page.getByRole('list', { name: 'Answered ahead' })).toContainText('Yes');
  await page.locator('.dt').getByRole('button', { name: 'Yes' }).click();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'api-plan-custom');
  await expect(page).toHaveURL(/\/decide\/\?api=yes&scale=yes$/);
});
