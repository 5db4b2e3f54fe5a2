import { expect, type Page, test } from '@playwright/test';
import { DAYS, EVAL_PEOPLE, expectBadInputKept, hydrated, openAssumptions, value } from './calculator.ts';

const attr = (page: Page, testid: string) =>
  page.locator(`#costs [data-testid="${testid}"]`).getAttribute('data-value');

test('the default scenario shows the GPU count, the hosted fine-tune and a break-even band around the break-even', async ({
  page,
}) => {
  await page.goto('/costs/');
  await hydrated(page);
  expect(await value(page, 'gpus')).toBe(2);
  // GPT-4.1 mini fine-tuned: tokens at $0.80 / $3.20, a $50 training job over 12 months, monitoring, evaluation.
  const tuned = (20_000 * DAYS * (800 * 0.8 + 300 * 3.2)) / 1e6 + 50 / 12 + 79 + EVAL_PEOPLE;
  expect(await value(page, 'hosted-tune-monthly')).toBeCloseTo(tuned, 6);
  const be = await value(page, 'break-even');
  const low = await attr(page, 'break-even-low');
  const high = await attr(page, 'break-even-high');
  expect(Number(low)).toBeLessThanOrEqual(be);
  expect(high === 'none' || Number(high) >= be).toBe(true);
  await expect(page.locator('#costs .cc-sentence')).toContainText(
    /OpenAI GPT-5 mini through its API .* Qwen3-8B on one H100, bf16, 32 requests in flight/,
  );
  await expect(page.locator('#costs .cc-sentence')).toContainText('somewhere between');
});

test('GPUs follow the peak, the utilization and the minimum', async ({ page }) => {
  // 1M a day at 10 requests a second per GPU, 50% at a peak twice the average: 11.57 × 2 / 5 = 4.63 → 5.
  await page.goto('/costs/?requests=1000000&rps=10&util=50&peak=2&minGpus=1');
  await hydrated(page);
  expect(await value(page, 'gpus')).toBe(5);
  await openAssumptions(page);
  await page.getByLabel('Peak to average traffic').fill('1');
  await expect.poll(() => value(page, 'gpus')).toBe(3);
  await page.getByLabel('Minimum GPUs').fill('8');
  await expect.poll(() => value(page, 'gpus')).toBe(8);
});

test('a GPU’s request rate follows the request shape until the reader types one', async ({ page }) => {
  await page.goto('/costs/');
  await hydrated(page);
  await openAssumptions(page);
  const rps = page.getByLabel('Requests a second per GPU');
  await expect(rps).toHaveValue('10.95');
  await page.getByLabel('Input tokens per request').fill('2048');
  await page.getByLabel('Output tokens per request').fill('2048');
  // The benchmark measured 1.23 a second at 2,048 / 2,048 with 32 in flight; the fit gives 1.155.
  await expect(rps).toHaveValue('1.155');
  await expect(page).toHaveURL(/\?input=2048&output=2048$/);
  await rps.fill('3');
  await page.getByLabel('Input tokens per request').fill('1000');
  await expect(rps).toHaveValue('3');
});

test('the serving setup says the first-token latency it holds at the reader’s input length', async ({ page }) => {
  await page.goto('/costs/?input=128');
  await hydrated(page);
  const ttft = page.locator('#costs [data-testid="ttft"]');
  await expect(ttft).toContainText('with 32 in flight');
  expect(Number(await ttft.getAttribute('data-value'))).toBeCloseTo(86, 0);
  await page.getByLabel('Serving setup').selectOption('qwen3-8b-h100-bf16-c1');
  // One request at a time, a short prompt: under the 50 ms a hosted API cannot reach.
  await expect.poll(async () => Number(await ttft.getAttribute('data-value'))).toBeLessThan(50);
  await page.getByLabel('Serving setup').selectOption('8b-max');
  await expect(ttft).toHaveAttribute('data-value', 'none');
});

test.describe('assumptions in collapsed groups', () => {
  test('a first-time reader sees the deciding inputs; every group is closed and says it holds the defaults', async ({
    page,
  }) => {
    await page.goto('/costs/');
    await hydrated(page);
    for (const label of [
      'Requests per day',
      'Input tokens per request',
      'Output tokens per request',
      'API model',
      'GPU',
      'Serving setup',
    ])
      await expect(page.getByLabel(label, { exact: true })).toBeVisible();
    const folds = page.locator('#costs details.cc-fold');
    expect(await folds.count()).toBeGreaterThanOrEqual(5);
    await expect(page.locator('#costs details.cc-fold[open]')).toHaveCount(0);
    for (const c of await page.locator('#costs .cc-changed').allTextContents()) expect(c).toBe('defaults');
    await expect(page.getByLabel('Peak to average traffic')).toBeHidden();
  });

  test('a link that changes an assumption opens its group, which counts what changed', async ({ page }) => {
    await page.goto('/costs/?peak=3&fte=2&cached=40');
    await hydrated(page);
    const selfhost = page.locator('#costs details.cc-fold', { hasText: 'Self-hosting' });
    await expect(selfhost).toHaveAttribute('open', '');
    await expect(selfhost.locator('.cc-changed')).toHaveText('2 changed');
    const api = page.locator('#costs details.cc-fold', { hasText: 'Hosted API' });
    await expect(api).toHaveAttribute('open', '');
    await expect(api.locator('.cc-changed')).toHaveText('1 changed');
    await expect(page.locator('#costs details.cc-fold', { hasText: 'Training from scratch' })).not.toHaveAttribute(
      'open',
      '',
    );
    await expect(page.getByLabel('Peak to average traffic')).toHaveValue('3');
  });

  test('keyboard: a group opens with Enter, and its count follows the reader’s changes', async ({ page }) => {
    await page.goto('/costs/');
    await hydrated(page);
    const fold = page
      .locator('#costs details.cc-fold', { hasText: 'People and hidden costs' })
      .or(page.locator('#costs details.cc-fold', { hasText: 'Hidden costs' }));
    await fold.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(fold).toHaveAttribute('open', '');
    await page.getByLabel('Evaluation and integration').fill('1');
    await expect(fold.locator('.cc-changed')).toHaveText('1 changed');
  });
});

test.describe('what moves the break-even', () => {
  test('each input is re-run at its two values and listed by effect; its link opens its field', async ({
    page,
    browser,
  }) => {
    await page.goto('/costs/');
    await hydrated(page);
    const rows = page.locator('#costs [data-testid="sensitivity"] tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    const first = rows.first();
    const input = (await first.getAttribute('data-input')) ?? '';
    const from = (await first.getAttribute('data-from')) ?? '';
    const low = (await first.getAttribute('data-low')) ?? '';
    // The break-even at that value, from a fresh page opened with it.
    const other = await browser.newPage();
    await other.goto(`/costs/?${input}=${from}`);
    await hydrated(other);
    expect(await other.locator('#costs [data-testid="break-even"]').getAttribute('data-value')).toBe(low);
    await other.close();
    // Largest effect first.
    const spans = await rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const n = (s: string | null) => (s === 'none' ? Number.POSITIVE_INFINITY : Number(s));
        const a = n(tr.getAttribute('data-low'));
        const b = n(tr.getAttribute('data-high'));
        return a === b
          ? 0
          : Number.isFinite(a) && Number.isFinite(b)
            ? Math.abs(Math.log(a / b))
            : Number.POSITIVE_INFINITY;
      }),
    );
    expect(spans).toEqual([...spans].sort((x, y) => y - x));
    // Following an input's link opens its group and puts the cursor in the field.
    const peak = rows.and(page.locator('[data-input="peak"]'));
    await peak.getByRole('link').click();
    await expect(page.getByLabel('Peak to average traffic')).toBeFocused();
  });

  test('the tornado follows the inputs', async ({ page }) => {
    await page.goto('/costs/');
    await hydrated(page);
    const firstInput = () =>
      page.locator('#costs [data-testid="sensitivity"] tbody tr').first().getAttribute('data-input');
    expect(await firstInput()).toBe('priceOut');
    await page.getByLabel('API model').selectOption('gpt-5.6-sol');
    await expect
      .poll(async () => page.locator('#costs [data-testid="break-even"]').getAttribute('data-value'))
      .not.toBe(String(1_694_443));
    await expect(page.locator('#costs .cc-tornado svg .cc-bar')).toHaveCount(
      await page.locator('#costs [data-testid="sensitivity"] tbody tr').count(),
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the tornado, its table and the band are in the page', async ({ page }) => {
      await page.goto('/costs/');
      const rows = page.locator('#costs [data-testid="sensitivity"] tbody tr');
      expect(await rows.count()).toBeGreaterThanOrEqual(5);
      await expect(page.locator('#costs .cc-tornado svg .cc-bar')).toHaveCount(await rows.count());
      await expect(page.locator('#costs [data-testid="break-even-low"]')).toHaveAttribute('data-value', /^\d+$/);
      await expect(page.locator('#costs [data-testid="gpus"]')).toHaveAttribute('data-value', '2');
    });
  });
});

test('bad input in the new fields shows a message beside the field and keeps the last result', async ({ page }) => {
  await page.goto('/costs/');
  await hydrated(page);
  await openAssumptions(page);
  await expectBadInputKept(page, [
    ['Peak to average traffic', '0.5', 'Enter at least 1.'],
    ['Requests a second per GPU', 'abc', 'Enter a number, like 1200 or 0.5.'],
    ['Loaded-cost factor', '10', 'Enter at most 5.'],
    ['Evaluation and integration', '-1', 'Enter at least 0.'],
    ['Training tokens', '1.5', 'Enter a whole number.'],
  ]);
});

test('an old link with a throughput keeps the rate it meant, with no notice', async ({ page }) => {
  await page.goto('/costs/?throughput=2529');
  await hydrated(page);
  await expect(page.locator('#costs .notice')).toHaveCount(0);
  await expect(page.getByLabel('Serving setup')).toHaveValue('custom');
  await openAssumptions(page);
  expect(Number(await page.getByLabel('Requests a second per GPU').inputValue())).toBeCloseTo(2529 / 1100, 9);
});

test('on a phone, the result line stays in view while the reader changes an assumption', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/costs/');
  await hydrated(page);
  await openAssumptions(page);
  const field = page.getByLabel('Hardware for air-gapped deployment');
  await field.scrollIntoViewIfNeeded();
  const line = page.locator('#costs .cc-sticky');
  await expect(line).toBeInViewport();
  await field.fill('360000');
  await expect(line).toContainText(/self-hosted \$\d/);
  const box = await line.boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844 + 1);
});
