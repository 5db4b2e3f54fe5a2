import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { DAYS, EVAL_PEOPLE, hydrated, openAssumptions, value } from './calculator.ts';

test.describe('hand-computed cases hold through the URL', () => {
  const cases = [
    {
      // 20,000 × 365/12 × (800 × 0.25 + (300 + 600 reasoning) × 2) / 1M = 1,216.67, plus monitoring 79.
      name: 'GPT-5 mini at 20,000 a day, reasoning twice its output: $1,295.67',
      query: 'requests=20000&input=800&output=300&model=gpt-5-mini',
      api: (20_000 * DAYS * (800 * 0.25 + 900 * 2)) / 1e6 + 79 + EVAL_PEOPLE,
    },
    {
      // One request of 1M input tokens at $1 per 1M, nothing else: 365/12 dollars.
      name: 'one million-token request a day at $1: $30.42',
      query: 'model=custom&requests=1&input=1000000&output=0&priceIn=1&priceOut=0&monitoring=0',
      api: DAYS + EVAL_PEOPLE,
    },
    {
      // 100,000 × 365/12 × (1,000 × 2.5 + 500 × 10) / 1M = 22,812.50, plus monitoring 79.
      name: 'GPT-4o at 100,000 a day: $22,891.50',
      query: 'requests=100000&input=1000&output=500&model=gpt-4o',
      api: (100_000 * DAYS * (1000 * 2.5 + 500 * 10)) / 1e6 + 79 + EVAL_PEOPLE,
    },
  ];
  for (const c of cases) {
    test(c.name, async ({ page }) => {
      await page.goto(`/costs/?${c.query}`);
      await hydrated(page);
      await openAssumptions(page);
      expect(await value(page, 'api-monthly')).toBeCloseTo(c.api, 6);
    });
  }
});

test('typing updates results and the address; the result matches the hand computation', async ({ page }) => {
  await page.goto('/costs/');
  await hydrated(page);
  await openAssumptions(page);
  const field = page.getByLabel('Requests per day');
  await field.fill('40,000');
  // GPT-5.6 Luna: 40,000 × 365/12 × (800 × $0.20 + (300 + 600 reasoning) × $1.20) / 1M, plus 79 and evaluation time.
  await expect
    .poll(() => value(page, 'api-monthly'))
    .toBeCloseTo((40_000 * DAYS * (800 * 0.2 + 900 * 1.2)) / 1e6 + 79 + EVAL_PEOPLE, 6);
  await expect(page).toHaveURL(/\?requests=40000$/);
  await expect(page.locator('#costs .cc-sentence')).toContainText('At 40,000 requests a day');
});

test('the six paths, break-even, horizon and ranges all show, in numbers and in the chart', async ({ page }) => {
  await page.goto('/costs/');
  await hydrated(page);
  await openAssumptions(page);
  for (const id of [
    'api-monthly',
    'rag-monthly',
    'hosted-tune-monthly',
    'selfhost-monthly',
    'same-model-monthly',
    'scratch-monthly',
  ]) {
    const v = await value(page, id);
    expect(Number.isFinite(v) && v > 0, id).toBe(true);
  }
  const be = await page.locator('#costs [data-testid="break-even"]').getAttribute('data-value');
  expect(Number(be)).toBeGreaterThan(20_000);
  await expect(page.locator('#costs th', { hasText: 'Month 12' })).toBeVisible();
  await expect(page.locator('#costs .cc-range').first()).toBeVisible();
  const chart = page.locator('#costs svg[role="img"]');
  await expect(chart.locator('.cc-line')).toHaveCount(6);
  await expect(chart.locator('.cc-band')).toHaveCount(6);
  await expect(chart.locator('.cc-be circle')).toHaveCount(1);
  await expect(chart.locator('.cc-you line')).toHaveCount(1);
  // One request below break-even self-hosting costs more; at it, less; far above it, less again.
  const compare = async (requests: number) => {
    await page.getByLabel('Requests per day').fill(String(requests));
    // Wait for this volume's API bill (default prices: 800 in at $0.20, 300 out and 600 reasoning at $1.20, plus $79).
    const api = (requests * DAYS * (800 * 0.2 + 900 * 1.2)) / 1e6 + 79 + EVAL_PEOPLE;
    await expect.poll(() => value(page, 'api-monthly')).toBeCloseTo(api, 4);
    return (await value(page, 'selfhost-monthly')) - api;
  };
  expect(await compare(Number(be) - 1)).toBeGreaterThanOrEqual(0);
  expect(await compare(Number(be))).toBeLessThan(0);
  expect(await compare(Number(be) * 10)).toBeLessThan(0);
  // Against GPT-5 mini with no reasoning the crossings come later, and past the first the next whole step of GPUs
  // puts the API back below for a while.
  await page.getByLabel('API model').selectOption('gpt-5-mini');
  await page.getByLabel('Reasoning tokens per request').fill('0');
  await expect(page.locator('#costs .cc-sentence')).toContainText('stays below it from about');
});

test('starting the calculator redraws nothing: the page the build drew is the page the reader gets', async ({
  page,
}) => {
  // Watch the calculator from the end of parsing, before any module script runs.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { calculatorMutations: seen });
    document.addEventListener('readystatechange', () => {
      const root = document.getElementById('costs');
      if (document.readyState !== 'interactive' || !root) return;
      new MutationObserver((records) => {
        for (const r of records) seen.push(r.type === 'attributes' ? `attribute ${r.attributeName}` : r.type);
      }).observe(root, { subtree: true, attributes: true, childList: true, characterData: true });
    });
  });
  await page.goto('/costs/');
  await hydrated(page);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 300))));
  const seen = await page.evaluate(() => (window as unknown as { calculatorMutations: string[] }).calculatorMutations);
  expect(seen).toEqual(['attribute data-ready']);
  // And it is live: one keystroke redraws the results.
  await page.getByLabel('Requests per day').fill('40000');
  await expect(page.locator('#costs .cc-sentence')).toContainText('At 40,000 requests a day');
});

test('the chart follows the inputs', async ({ page }) => {
  await page.goto('/costs/');
  await hydrated(page);
  await openAssumptions(page);
  const line = page.locator('#costs svg[role="img"] .cc-api .cc-line');
  const you = page.locator('#costs svg[role="img"] .cc-you line');
  const before = await line.getAttribute('d');
  const youBefore = await you.getAttribute('x1');
  await page.getByLabel('API model').selectOption('claude-opus-4-5');
  await expect(line).not.toHaveAttribute('d', before ?? '');
  await page.getByLabel('Requests per day').fill('3000000');
  await expect(you).not.toHaveAttribute('x1', youBefore ?? '');
  await expect(page.locator('#costs .cc-data tr', { hasText: '3 million (yours)' })).toHaveCount(1);
});

test('every default names its source or says it is an example, an assumption or the reader’s own run', async ({
  page,
}) => {
  await page.goto('/costs/');
  await hydrated(page);
  await openAssumptions(page);
  const hints = await page.locator('#costs .cc-origin').allTextContents();
  expect(hints.length).toBeGreaterThan(25);
  for (const h of hints)
    expect(h).toMatch(
      /^(Default .*?\. )?(Source: .+, (\d{1,2} )?[A-Z][a-z]+ \d{4}|Source: .+, \d{4}|Example: .+|Assumption: .+|Yours: .+)$/,
    );
  await expect(page.locator('#costs-salary-hint')).toContainText('U.S. Bureau of Labor Statistics, May 2024');
  await expect(page.locator('#costs-benchRps-hint .cc-origin')).toHaveText(
    'Yours: read from the result you paste above, or typed.',
  );
});

test.describe('bad input never breaks the calculator', () => {
  const bad = ['-5', 'abc', '1e309', '', '0', '12345678901234567890'];
  for (const input of bad) {
    test(`requests = ${JSON.stringify(input)} shows a message and keeps the last valid result`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto('/costs/');
      await hydrated(page);
      await openAssumptions(page);
      const before = await value(page, 'api-monthly');
      const field = page.getByLabel('Requests per day');
      await field.fill(input);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      const message = page.locator('#costs-requests-error');
      await expect(message).toBeVisible();
      await expect(field).toHaveAttribute('aria-describedby', /costs-requests-error/);
      expect(await value(page, 'api-monthly')).toBe(before);
      const text = (await page.locator('#costs').textContent()) ?? '';
      expect(text).not.toMatch(/NaN|Infinity|undefined|-\$/);
      expect(errors).toEqual([]);
      await field.fill('30000');
      await expect(field).toHaveAttribute('aria-invalid', 'false');
      await expect(message).toHaveCount(0);
    });
  }

  test('a huge but valid volume reads well', async ({ page }) => {
    await page.goto('/costs/?requests=1000000000&model=claude-opus-4.5');
    await hydrated(page);
    await openAssumptions(page);
    await expect(page.locator('#costs [data-testid="api-monthly"]')).toHaveText(/^\$[\d.]+[MBT]$/);
  });
});

test('a tampered link falls back to defaults for the bad fields and says so', async ({ page }) => {
  await page.goto('/costs/?requests=abc&model=nope&input=1000&output=%3Cb%3Ex%3C%2Fb%3E');
  await hydrated(page);
  await openAssumptions(page);
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('requests=“abc”');
  await expect(notice).toContainText('model=“nope”');
  await expect(notice).toContainText('<b>x</b>');
  await expect(page.locator('#costs b', { hasText: 'x' })).toHaveCount(0);
  // requests and output fall back to 20,000 and 300; input 1,000 is kept: 20,000 × 365/12 × (1,000 × 0.20 + 900 × 1.20) / 1M + 79.
  expect(await value(page, 'api-monthly')).toBeCloseTo(
    (20_000 * DAYS * (1000 * 0.2 + 900 * 1.2)) / 1e6 + 79 + EVAL_PEOPLE,
    6,
  );
});

test('copy link and copy as Markdown; the link restores the same results in a fresh page', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/costs/?model=gpt-4.1');
  await hydrated(page);
  await openAssumptions(page);
  await page.getByLabel('Requests per day').fill('75000');
  await page.getByLabel('Growth of requests').fill('5');
  const results = async (p: Page) =>
    Promise.all(
      ['api-monthly', 'rag-monthly', 'selfhost-monthly', 'scratch-monthly', 'break-even'].map((id) =>
        p.locator(`#costs [data-testid="${id}"]`).getAttribute('data-value'),
      ),
    );
  const here = await results(page);
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect(page.locator('#costs .status')).toHaveText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/costs\/\?model=gpt-4\.1&requests=75000&growth=5$/);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await hydrated(other);
  expect(await results(other)).toEqual(here);
  await fresh.close();

  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.locator('#costs .status')).toHaveText('Markdown copied');
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md).toContain('| Hosted API |');
  expect(md).toContain('75,000 requests a day');
  expect(md).toMatch(
    /yearly pay of an engineer: \$140,910 a year \(source: U\.S\. Bureau of Labor Statistics, May 2024\)/,
  );
  expect(md).toContain(`Open this scenario: ${link}`);
});

test('choosing a model fills its prices; typing a price overrides it', async ({ page }) => {
  await page.goto('/costs/');
  await hydrated(page);
  await openAssumptions(page);
  await page.getByLabel('API model').selectOption('gpt-4o');
  await expect(page.getByLabel('Input price')).toHaveValue('2.5');
  await expect(page).toHaveURL(/model=gpt-4o/);
  await page.getByLabel('Input price').fill('1');
  await expect(page).toHaveURL(/model=gpt-4o&priceIn=1/);
});

test.describe('inline calculators in the prose', () => {
  const pages = [
    ['/api/', '#api-cost'],
    ['/build/', '#build-break-even'],
    ['/middle-ground/', '#tune-vs-rag'],
    ['/hidden-costs/', '#hidden-terms'],
  ] as const;
  for (const [route, root] of pages) {
    test(`${route} has one that links to /costs/ with its state`, async ({ page }) => {
      await page.goto(route);
      const calc = page.locator(root);
      await calc.scrollIntoViewIfNeeded();
      await hydrated(page, root);
      const first = calc.locator('input').first();
      const name = await first.getAttribute('name');
      await first.fill('12345');
      const link = calc.getByTestId('open-full-calculator');
      await expect(link).toHaveAttribute('href', new RegExp(`[?&]${name}=12345`));
      const before = await value(page, 'api-monthly', root).catch(() => Number.NaN);
      await link.click();
      await hydrated(page);
      await openAssumptions(page);
      await expect(page.getByLabel(/./).and(page.locator(`#costs-${name}`))).toHaveValue('12,345');
      if (Number.isFinite(before)) expect(await value(page, 'api-monthly')).toBeCloseTo(before, 6);
    });
  }
});

test('a decision outcome opens the calculator on a matching scenario', async ({ page }) => {
  await page.goto('/decide/?api=no&team=no&rag=yes&scale=no');
  await expect(page.locator('[data-island="decide"][data-hydrated]')).toHaveCount(1);
  await page.getByTestId('outcome-costs-link').click();
  await hydrated(page);
  await openAssumptions(page);
  await expect(page.getByLabel('Retrieved context per request')).toHaveValue('2,000');
  await expect(page.locator('[role="alert"]')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the default scenario’s results, table and chart are in the page', async ({ page }) => {
    await page.goto('/costs/');
    expect(await value(page, 'api-monthly')).toBeCloseTo(
      (20_000 * DAYS * (800 * 0.2 + 900 * 1.2)) / 1e6 + 79 + EVAL_PEOPLE,
      6,
    );
    await expect(page.locator('#costs table.cc-table tbody tr')).toHaveCount(6);
    await expect(page.locator('#costs svg[role="img"] .cc-line')).toHaveCount(6);
    await expect(page.locator('#costs .cc-sentence')).toContainText('drops below that API somewhere between');
  });
});

test.describe('a scenario as a file', () => {
  test('downloads what the reader changed with the results, and opens it back', async ({ page }) => {
    await page.goto('/costs/?requests=250000&model=claude-sonnet-5');
    await hydrated(page);
    const api = await value(page, 'api-monthly');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#costs [data-testid="scenario-download"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^cost-scenario-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = await download.path();
    const file = JSON.parse(readFileSync(saved, 'utf8'));
    expect(file).toMatchObject({
      format: 'model-path-cost-scenario',
      version: 1,
      changed: { model: 'claude-sonnet-5', requests: '250000' },
      dataset: { package: '@pydantic/genai-prices' },
    });
    expect(file.results.paths.api.now).toBeCloseTo(api, 6);
    // Elsewhere, the file brings the scenario back: the same results, the address with it.
    await page.goto('/costs/');
    await hydrated(page);
    await page.locator('#costs [data-testid="scenario-open"]').setInputFiles(saved);
    await expect(page.locator('#costs .notice')).toContainText('Opened');
    await expect.poll(() => value(page, 'api-monthly')).toBeCloseTo(api, 6);
    await expect(page).toHaveURL(/model=claude-sonnet-5/);
  });

  test('a file that is not a scenario, or one tampered with, changes nothing and says why', async ({ page }) => {
    await page.goto('/costs/?requests=50000');
    await hydrated(page);
    const before = await value(page, 'api-monthly');
    const open = page.locator('#costs [data-testid="scenario-open"]');
    const cases = [
      ['notes.txt', 'not a scenario', /notes\.txt: This file is not JSON/],
      [
        'tampered.json',
        JSON.stringify({ format: 'model-path-cost-scenario', version: 1, changed: { requests: '-5' } }),
        /“requests” = “-5”: Enter at least 1\. Nothing changed\./,
      ],
      ['future.json', JSON.stringify({ format: 'model-path-cost-scenario', version: 9, changed: {} }), /version 9/],
      [
        'proto.json',
        '{"format":"model-path-cost-scenario","version":1,"changed":{"__proto__":{"requests":"1"}}}',
        /“__proto__”/,
      ],
    ] as const;
    for (const [name, body, message] of cases) {
      await open.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      await expect(page.locator('#costs .notice')).toHaveText(message);
      expect(await value(page, 'api-monthly')).toBe(before);
    }
    await expect(page).toHaveURL(/requests=50000/);
  });

  test('without JavaScript the scenario controls are not offered', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/costs/');
    await expect(page.locator('#costs [data-testid="scenario-download"]')).toBeHidden();
    await context.close();
  });
});

test('when the on-demand code cannot load, the calculator says so and keeps working', async ({ page }) => {
  await page.route('**/scenario.js', (route) => route.abort());
  await page.goto('/costs/');
  await hydrated(page);
  const before = await value(page, 'api-monthly');
  await page.locator('#costs [data-action="copy-markdown"]').click();
  await expect(page.locator('#costs .status')).toContainText('could not be loaded');
  await page.locator('#costs [data-testid="scenario-download"]').click();
  await expect(page.locator('#costs .status')).toContainText('could not be loaded');
  await page.getByLabel('Requests per day').fill('40000');
  await expect.poll(() => value(page, 'api-monthly')).not.toBe(before);
});
