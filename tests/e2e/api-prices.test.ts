import { expect, type Page, test } from '@playwright/test';
import { SHIPPED_MODEL_IDS } from '../shipped-model-ids.ts';
import { DAYS, EVAL_PEOPLE, expectBadInputKept, hydrated, openAssumptions, value } from './calculator.ts';

test('every model id the site has shipped still opens its model, with no notice', async ({ page }) => {
  for (const [old, now] of SHIPPED_MODEL_IDS) {
    await page.goto(`/costs/?model=${encodeURIComponent(old)}`);
    await hydrated(page);
    await openAssumptions(page);
    await expect(page.getByLabel('API model'), old).toHaveValue(now);
    await expect(page.locator('#costs .notice')).toHaveCount(0);
    await expect(page.locator(`#costs [data-testid="model-costs"] tr[data-model="${now}"]`)).toHaveClass(/cc-current/);
  }
});

test('the dropped DeepInfra model says its price is a dated snapshot', async ({ page }) => {
  await page.goto('/sources/#model-llama-3.1-8b-deepinfra');
  const row = page.locator('[id="model-llama-3.1-8b-deepinfra"]');
  await expect(row).toContainText('not updated since');
  await expect(row).toContainText('July 2026');
  // Renamed rows keep their old link targets.
  await expect(page.locator('[id="model-claude-sonnet-4.5"]')).toBeAttached();
  await expect(page.locator('tr[id="model-claude-sonnet-4-5"]')).toContainText('above 200,000 input tokens');
});

test('cache, reasoning and batch change the bill as computed by hand', async ({ page }) => {
  await page.goto('/costs/?model=gpt-5-mini');
  await hydrated(page);
  await openAssumptions(page);
  // GPT-5 mini: $0.25 in, $0.025 cache read, $2 out. Half the input cached, 200 reasoning tokens, 40% by batch.
  await page.getByLabel('Input read from the cache').fill('50');
  await page.getByLabel('Reasoning tokens per request').fill('200');
  await page.getByLabel('Requests sent by batch').fill('40');
  const perRequest = 400 * 0.25 + 400 * 0.025 + 500 * 2;
  const bill = (20_000 * DAYS * (1 - 0.4 * 0.5) * perRequest) / 1e6;
  await expect.poll(() => value(page, 'api-monthly')).toBeCloseTo(bill + 79 + EVAL_PEOPLE, 6);
  await expect(page).toHaveURL(/cached=50&reasoning=200&batch=40/);
  // RAG carries the same levers on its retrieved context: more cache, lower RAG bill.
  const rag = await value(page, 'rag-monthly');
  await page.getByLabel('Input read from the cache').fill('90');
  await expect.poll(() => value(page, 'rag-monthly')).toBeLessThan(rag);
});

test('a long prompt moves a tiered model to its long-context rates', async ({ page }) => {
  await page.goto('/costs/?model=claude-sonnet-4-5&requests=1000&output=1000&input=200000&reasoning=0');
  await hydrated(page);
  await openAssumptions(page);
  const at = (1000 * DAYS * (200_000 * 3 + 1000 * 15)) / 1e6 + 79 + EVAL_PEOPLE;
  expect(await value(page, 'api-monthly')).toBeCloseTo(at, 6);
  await page.getByLabel('Input tokens per request').fill('200001');
  const past = (1000 * DAYS * (200_001 * 6 + 1000 * 22.5)) / 1e6 + 79 + EVAL_PEOPLE;
  await expect.poll(() => value(page, 'api-monthly')).toBeCloseTo(past, 6);
});

test('the cache-read price follows the model and can be typed over', async ({ page }) => {
  await page.goto('/costs/?model=gpt-5-mini');
  await hydrated(page);
  await openAssumptions(page);
  await expect(page.getByLabel('Cache-read price')).toHaveValue('0.025');
  await page.getByLabel('API model').selectOption('gpt-4o');
  await expect(page.getByLabel('Cache-read price')).toHaveValue('1.25');
  // A model with no cache price reads cached input at its input price.
  await page.getByLabel('API model').selectOption('groq/llama-3.1-8b-instant');
  await expect(page.getByLabel('Cache-read price')).toHaveValue(await page.getByLabel('Input price').inputValue());
  await page.getByLabel('Cache-read price').fill('0.01');
  await expect(page).toHaveURL(/priceCached=0\.01/);
});

test('bad input in the new fields shows a message and keeps the last result', async ({ page }) => {
  await page.goto('/costs/');
  await hydrated(page);
  await openAssumptions(page);
  await expectBadInputKept(page, [
    ['Input read from the cache', '150', 'Enter at most 100.'],
    ['Requests sent by batch', '-1', 'Enter at least 0.'],
    ['Reasoning tokens per request', '2.5', 'Enter a whole number.'],
    ['Cache-read price', 'abc', 'Enter a number, like 1200 or 0.5.'],
  ]);
});

test.describe('every model at your volume', () => {
  const rows = (page: Page) => page.locator('#costs [data-testid="model-costs"] tbody tr');

  test('lists every preset once, cheapest first, each at the reader’s traffic', async ({ page }) => {
    await page.goto('/costs/?requests=50000&input=1200&output=400');
    await hydrated(page);
    await openAssumptions(page);
    const options = await page.getByLabel('API model').locator('option').count();
    await expect(rows(page)).toHaveCount(options - 1); // every option but Custom
    const values = await rows(page).evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-value'))));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    // GPT-4o: 50,000 × 365/12 × (1,200 × 2.5 + 400 × 10) / 1M.
    const gpt4o = rows(page).and(page.locator('[data-model="gpt-4o"]'));
    expect(Number(await gpt4o.getAttribute('data-value'))).toBeCloseTo(
      (50_000 * DAYS * (1200 * 2.5 + 400 * 10)) / 1e6,
      6,
    );
    // The row of the model in use equals the API path's bill without the costs every path carries.
    const inUse = Number(await rows(page).and(page.locator('[data-model="gpt-5.6-luna"]')).getAttribute('data-value'));
    expect(inUse).toBeCloseTo((await value(page, 'api-monthly')) - 79 - EVAL_PEOPLE, 6);
  });

  test('updates live as the levers change', async ({ page }) => {
    await page.goto('/costs/');
    await hydrated(page);
    await openAssumptions(page);
    const opus = rows(page).and(page.locator('[data-model="claude-opus-4-5"]'));
    const before = Number(await opus.getAttribute('data-value'));
    await page.getByLabel('Requests sent by batch').fill('100');
    await expect.poll(async () => Number(await opus.getAttribute('data-value'))).toBeCloseTo(before / 2, 6);
  });

  test('a click or a key press makes a row the calculator’s model', async ({ page }) => {
    await page.goto('/costs/');
    await hydrated(page);
    await openAssumptions(page);
    const row = rows(page).and(page.locator('[data-model="gpt-4.1"]'));
    const bill = Number(await row.getAttribute('data-value'));
    await row.getByRole('button').click();
    await expect(page.getByLabel('API model')).toHaveValue('gpt-4.1');
    await expect(row.getByRole('button')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => value(page, 'api-monthly')).toBeCloseTo(bill + 79 + EVAL_PEOPLE, 6);
    await expect(page).toHaveURL(/model=gpt-4\.1(&|$)/);
    await expect(page.locator('#costs .status')).toContainText('Now pricing the API path with OpenAI GPT-4.1');

    const other = rows(page).and(page.locator('[data-model="gemini-2.5-flash"]')).getByRole('button');
    await other.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('API model')).toHaveValue('gemini-2.5-flash');
    await expect(other).toBeFocused();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows the default scenario for every model', async ({ page }) => {
      await page.goto('/costs/');
      const trs = page.locator('#costs [data-testid="model-costs"] tbody tr');
      expect(await trs.count()).toBeGreaterThanOrEqual(20);
      const mini = Number(await trs.and(page.locator('[data-model="gpt-5-mini"]')).getAttribute('data-value'));
      expect(mini).toBeCloseTo((20_000 * DAYS * (800 * 0.25 + 900 * 2)) / 1e6, 6);
    });
  });
});

test('the Markdown report states the new levers', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/costs/?model=gpt-5-mini&cached=30&reasoning=500&batch=25');
  await hydrated(page);
  await openAssumptions(page);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.locator('#costs .status')).toHaveText('Markdown copied');
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md).toContain('input read from the cache: 30% of input tokens (your value)');
  expect(md).toContain('reasoning tokens per request: 500 tokens (your value)');
  expect(md).toContain('requests sent by batch: 25% of requests (your value)');
  expect(md).toMatch(/cache-read price: \$0\.025 per 1M tokens \(source: Pydantic/);
});

test('the API page explains the levers with figures from the data', async ({ page }) => {
  await page.goto('/api/#what-sets-the-bill');
  const section = page.locator('.heading:has(h2#what-sets-the-bill) ~ ul').first();
  await expect(section).toContainText('Prompt caching');
  await expect(section.locator('a.fig[data-figure="batch-discount"]')).toHaveText('50%');
  // The long-context example is a tier in force today.
  await expect(section.locator('a[href$="/sources/#model-gpt-5.6-sol"]')).toContainText('above 271,999 input tokens');
});

test('reasoning tokens are billed only to models that spend them, in the table of every model and in the API path', async ({
  page,
}) => {
  await page.goto('/costs/?reasoning=1000');
  await hydrated(page);
  const row = (id: string) => page.locator(`#costs [data-testid="model-costs"] tr[data-model="${id}"]`);
  // GPT-4o spends none: 20,000 × 365/12 × (800 × $2.50 + 300 × $10) / 1M, as with no reasoning at all.
  expect(Number(await row('gpt-4o').getAttribute('data-value'))).toBeCloseTo(
    (20_000 * DAYS * (800 * 2.5 + 300 * 10)) / 1e6,
    6,
  );
  // GPT-5 mini does: its 1,000 reasoning tokens are billed at the output price.
  expect(Number(await row('gpt-5-mini').getAttribute('data-value'))).toBeCloseTo(
    (20_000 * DAYS * (800 * 0.25 + 1300 * 2)) / 1e6,
    6,
  );
  await expect(page.locator('#costs select[name="model"] option[value="gpt-4o"]')).toHaveAttribute(
    'data-reasoning',
    'false',
  );
  // A model its provider retires says when, in the table and the menu; one with no date carries none.
  await expect(row('gpt-4o')).toHaveAttribute('data-retires', '2027-01-14');
  await expect(row('gpt-4o')).toContainText('retires 14 January 2027');
  await expect(row('gpt-5.6-luna')).not.toHaveAttribute('data-retires', /.+/);
  await expect(page.locator('#costs select[name="model"] option[value="gpt-4o"]')).toContainText(
    'retires 14 January 2027',
  );
});

test('cache writes are billed at the model’s write price, and bad input keeps the last result', async ({ page }) => {
  await page.goto('/costs/?model=claude-sonnet-5&requests=1000&input=10000&output=500&reasoning=0');
  await hydrated(page);
  await openAssumptions(page);
  // Claude Sonnet 5: $2 in, $0.20 cache read, $2.50 cache write, $10 out (1.25 times input to write).
  await expect(page.getByLabel('Cache-write price')).toHaveValue('2.5');
  await page.getByLabel('Input read from the cache').fill('60');
  await page.getByLabel('Input written to the cache').fill('30');
  const perRequest = 1_000 * 2 + 6_000 * 0.2 + 3_000 * 2.5 + 500 * 10;
  await expect
    .poll(() => value(page, 'api-monthly'))
    .toBeCloseTo((1_000 * DAYS * perRequest) / 1e6 + 79 + EVAL_PEOPLE, 6);
  await expect(page).toHaveURL(/cached=60&cacheWrite=30/);
  await expectBadInputKept(page, [
    ['Input written to the cache', '101', 'Enter at most 100.'],
    ['Input written to the cache', 'lots', 'Enter a number'],
    ['Cache-write price', '-1', 'Enter at least 0.'],
  ]);
  // A model without a write price writes at its input price.
  await page.getByLabel('API model').selectOption('gpt-5-mini');
  await expect(page.getByLabel('Cache-write price')).toHaveValue('0.25');
});

test('each month of the projection is billed at the price in force in it', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-06T12:00:00Z'));
  await page.goto('/costs/?model=gemini-3.8-flash&horizon=12&reasoning=0&monitoring=0&evalFte=0');
  await hydrated(page);
  await openAssumptions(page);
  const cell = (col: string) =>
    page.locator(`#costs td[data-path="api"][data-col="${col}"]`).getAttribute('data-value').then(Number);
  // December at the introductory $0.75 / $3.75, January on at the announced $1.50 / $7.50.
  const december = (20_000 * DAYS * (800 * 0.75 + 300 * 3.75)) / 1e6;
  expect(await cell('now')).toBeCloseTo(december, 6);
  expect(await cell('last')).toBeCloseTo(2 * december, 6);
  expect(await cell('total')).toBeCloseTo(december + 11 * 2 * december, 4);
  const note = page.locator('#costs [data-testid="horizon-note"]');
  await expect(note).toHaveAttribute('data-change', '2027-01-01');
  await expect(note).toContainText('1 January 2027');
  await expect(note).toContainText('$1.50 / $7.50');
  // A one-month horizon ends before the change: no note, every month at today's price.
  await page.getByLabel('Horizon').fill('1');
  await expect(note).toHaveText('');
  await expect(note).not.toHaveAttribute('data-change');
  expect(await cell('total')).toBeCloseTo(december, 6);
});

test('a model that retires within the horizon is flagged, and a retired one still opens from an old link', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-12-06T12:00:00Z'));
  await page.goto('/costs/?model=gpt-4o');
  await hydrated(page);
  const note = page.locator('#costs [data-testid="horizon-note"]');
  await expect(note).toHaveAttribute('data-retires', '2027-01-14');
  await expect(note).toContainText('retires on 14 January 2027, in month 2 of your horizon');
  await expect(page.locator('#costs tr[data-model="gpt-4o"]')).toHaveAttribute('data-retires', '2027-01-14');
  // Gemini 2.5 Flash was shut down on 1 December 2026: the link opens it, marked retired, with no notice.
  await page.goto('/costs/?model=gemini-2.5-flash');
  await hydrated(page);
  await openAssumptions(page);
  await expect(page.getByLabel('API model')).toHaveValue('gemini-2.5-flash');
  await expect(page.locator('#costs .notice')).toHaveCount(0);
  await expect(note).toContainText('was retired on 1 December 2026');
  await expect(page.locator('#costs select[name=model] option[value="gemini-2.5-flash"]')).toContainText(
    'retired 1 December 2026',
  );
});

test('an old link to an OpenAI fine-tune opens it with the wind-down dates beside the menu', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-06T12:00:00Z'));
  await page.goto('/costs/?tune=gpt-4.1-mini-ft');
  await hydrated(page);
  await openAssumptions(page);
  await expect(page.locator('#costs select[name=tune]')).toHaveValue('gpt-4.1-mini-ft');
  await expect(page.locator('#costs .notice')).toHaveCount(0);
  const note = page.locator('#costs [data-testid="tune-ends"]');
  await expect(note).toContainText('6 January 2027');
  await expect(note).toContainText('14 January 2027');
  // A provider that still trains and serves fine-tunes: the note goes.
  await page.locator('#costs select[name=tune]').selectOption('fireworks-glm-5.3-flash-lora');
  await expect(note).toHaveCount(0);
  await expect(page).toHaveURL(/\/costs\/$/);
});

test('reasoning tokens default to twice the output for a reasoning model, stated as an assumption', async ({
  page,
}) => {
  await page.goto('/costs/');
  await hydrated(page);
  await openAssumptions(page);
  const reasoning = page.getByLabel('Reasoning tokens per request');
  await expect(reasoning).toHaveValue('600');
  await expect(page.locator('#costs-reasoning-hint .cc-origin')).toContainText('Assumption: Twice the output');
  // It follows the output length until typed over, and a model that does not reason gets none.
  await page.getByLabel('Output tokens per request').fill('500');
  await expect(reasoning).toHaveValue('1,000');
  await page.getByLabel('API model').selectOption('gpt-4o');
  await expect(reasoning).toHaveValue('0');
  await page.getByLabel('API model').selectOption('claude-sonnet-5');
  await expect(reasoning).toHaveValue('1,000');
  await reasoning.fill('250');
  await page.getByLabel('Output tokens per request').fill('300');
  await expect(reasoning).toHaveValue('250');
  await expect(page).toHaveURL(/reasoning=250/);
  await expectBadInputKept(page, [['Reasoning tokens per request', '12.5', 'Enter a whole number.']]);
});
