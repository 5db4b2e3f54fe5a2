import { expect, type Page, test } from '@playwright/test';
import { costReport, decodeCostInputs, defaultInputs, show } from '../../src/rules/index.ts';
import { DAYS, EVAL_PEOPLE, expectBadInputKept, hydrated, openAssumptions, value } from './calculator.ts';

const attr = (page: Page, testid: string) =>
  page.locator(`#costs [data-testid="${testid}"]`).getAttribute('data-value');

test('the default scenario shows the GPU count, the hosted fine-tune and a break-even band around the break-even', async ({
  page,
}) => {
  await page.goto('/costs/');
  await hydrated(page);
  // Two replicas of Qwen3-235B-A22B, each on 8 H100s: one serving, one spare.
  expect(await value(page, 'gpus')).toBe(16);
  // GLM 5.3 Flash LoRA on Fireworks: tokens at $0.15 / $0.50, a $100 training job over 12 months, monitoring, evaluation.
  const tuned = (20_000 * DAYS * (800 * 0.15 + 300 * 0.5)) / 1e6 + 100 / 12 + 79 + EVAL_PEOPLE;
  expect(await value(page, 'hosted-tune-monthly')).toBeCloseTo(tuned, 6);
  const be = await value(page, 'break-even');
  const low = await attr(page, 'break-even-low');
  const high = await attr(page, 'break-even-high');
  expect(Number(low)).toBeLessThanOrEqual(be);
  expect(high === 'none' || Number(high) >= be).toBe(true);
  await expect(page.locator('#costs .cc-sentence')).toContainText(
    /OpenAI GPT-5\.6 Luna through its API .* Qwen3-235B-A22B on 8 H100s, .* \(interactive: first token within 2 s\)/,
  );
  await expect(page.locator('#costs .cc-sentence')).toContainText('somewhere between');
});

test('GPUs follow the peak, the utilization and the minimum', async ({ page }) => {
  // 1M a day at 10 requests a second per GPU, 50% at a peak twice the average: 11.57 × 2 / 5 = 4.63 → 5.
  await page.goto('/costs/?tput=qwen3-8b-h100-bf16&requests=1000000&rps=10&util=50&peak=2&minGpus=1');
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
  await expect(rps).toHaveValue(show(defaultInputs().rps));
  await page.getByLabel('Input tokens per request').fill('2048');
  await page.getByLabel('Output tokens per request').fill('2048');
  await expect(rps).toHaveValue(show(decodeCostInputs('input=2048&output=2048').value.rps));
  await expect(page).toHaveURL(/\?input=2048&output=2048$/);
  await rps.fill('3');
  await page.getByLabel('Input tokens per request').fill('1000');
  await expect(rps).toHaveValue('3');
});

test('the latency target decides the capacity, and the line under it says what the setup holds', async ({ page }) => {
  await page.goto('/costs/?input=128&tput=qwen3-8b-h100-bf16');
  await hydrated(page);
  const ttft = page.locator('#costs [data-testid="ttft"]');
  await expect(ttft).toContainText('as measured');
  const interactive = await value(page, 'selfhost-monthly');
  await page.getByLabel('Latency target').selectOption('realtime');
  // A short prompt at a light load: under the 50 ms a hosted API cannot reach, at a dearer GPU bill.
  await expect(ttft).toHaveAttribute('data-met', 'true');
  expect(Number(await ttft.getAttribute('data-value'))).toBeLessThan(50);
  await expect(page).toHaveURL(/slo=realtime/);
  await expect.poll(() => value(page, 'selfhost-monthly')).toBeGreaterThanOrEqual(interactive);
  await page.getByLabel('Input tokens per request').fill('8000');
  await expect(ttft).toHaveAttribute('data-met', 'false');
  await expect(ttft).toContainText('No measured load meets the 50 ms target');
  await page.getByLabel('Serving setup').selectOption('llama-3.1-8b-h100');
  await expect(ttft).toContainText('No latency was measured');
  await page.getByLabel('Latency target').selectOption('batch');
  await expect(ttft).toContainText('Maximum load');
  await expect(ttft).toHaveAttribute('data-value', 'none');
});

test('a serving setup is priced on the GPU it was measured on, in whole replicas and whole machines', async ({
  page,
}) => {
  await page.goto('/costs/');
  await hydrated(page);
  const gpu = page.getByLabel('GPU', { exact: true });
  const shown = () =>
    gpu.locator('option:not([hidden]):not([value="custom"])').evaluateAll((os) => os.map((o) => o.dataset.gpu ?? ''));
  expect(new Set(await shown())).toEqual(new Set(['H100']));
  await page.getByLabel('Serving setup').selectOption('llama-3.3-70b-b200');
  await expect(gpu).toHaveValue('b200-runpod-secure');
  expect(new Set(await shown())).toEqual(new Set(['B200']));
  await page.getByLabel('Serving setup').selectOption('llama-3.3-70b-h100');
  await expect(gpu).toHaveValue('h100-runpod-secure');
  // Two GPUs a replica: at 400,000 a day the count is even, and never below two replicas.
  await page.getByLabel('Requests per day').fill('400000');
  await expect.poll(async () => (await value(page, 'gpus')) % 2).toBe(0);
  expect(await value(page, 'gpus')).toBeGreaterThanOrEqual(4);
  // An offer sold only as 8-GPU machines counts whole machines.
  await gpu.selectOption('h100-lambda-8x');
  await expect.poll(async () => (await value(page, 'gpus')) % 8).toBe(0);
});

test('old links keep opening: a serving id of one load, a GPU of another type, an odd minimum', async ({ page }) => {
  await page.goto('/costs/?tput=70b-max&gpu=a10-lambda&minGpus=3');
  await hydrated(page);
  await expect(page.getByLabel('Serving setup')).toHaveValue('llama-3.3-70b-h100');
  // The old id stood for maximum load.
  await expect(page.getByLabel('Latency target')).toHaveValue('batch');
  await expect(page.getByLabel('GPU', { exact: true })).toHaveValue('a10-lambda');
  await expect(page.locator('#costs [data-testid="gpu-mismatch"]')).toContainText('measured on the H100');
  // minGpus=3 on 2-GPU replicas: two whole replicas.
  expect(await value(page, 'gpus')).toBe(4);
  await expect(page.locator('[role="alert"], .status').first()).not.toContainText('NaN');
  await page.goto('/costs/?tput=qwen3-8b-h100-bf16-c1');
  await hydrated(page);
  await expect(page.getByLabel('Serving setup')).toHaveValue('qwen3-8b-h100-bf16');
  await expect(page.getByLabel('Latency target')).toHaveValue('realtime');
});

test('a tampered latency target or GPU offer falls back to the defaults and says so', async ({ page }) => {
  await page.goto('/costs/?slo=fast&gpu=b900&gpusPerReplica=0');
  await hydrated(page);
  await expect(page.getByLabel('Latency target')).toHaveValue('interactive');
  await expect(page.getByLabel('GPU', { exact: true })).toHaveValue('h100-runpod-secure');
  const status = page.getByRole('alert');
  await expect(status).toContainText('slo=“fast”');
  await expect(status).toContainText('gpu=“b900”');
  await expect(status).toContainText('gpusPerReplica=“0”');
  expect(await value(page, 'gpus')).toBe(16);
  await expect(page.locator('#costs')).not.toContainText('NaN');
});

test('the same open model at its cheapest host is a row, with the like-for-like break-even and both quality scores', async ({
  page,
}) => {
  await page.goto('/costs/');
  await hydrated(page);
  const same = page.locator('#costs [data-testid="same-model-monthly"]');
  await expect(same).toHaveAttribute('data-host', 'fireworks');
  await expect(same).toHaveAttribute('data-model-id', 'qwen3-235b-a22b');
  // The host's price from the price dataset: 800 in at $0.22, 300 out at $0.88 per 1M, plus the costs every path carries.
  expect(await value(page, 'same-model-monthly')).toBeCloseTo(
    (20_000 * DAYS * (800 * 0.22 + 300 * 0.88)) / 1e6 + 79 + EVAL_PEOPLE,
    6,
  );
  await expect(page.locator('#costs [data-testid="break-even-same-model"]')).toHaveAttribute(
    'data-value',
    /^(\d+|none)$/,
  );
  const quality = page.locator('#costs [data-testid="quality"]');
  await expect(quality).toHaveAttribute('data-index', /Artificial Analysis Intelligence Index v4\.1\.1/);
  await expect(quality.locator('[data-model="gpt-5.6-luna"]')).toHaveAttribute('data-score', '52.3');
  await expect(quality.locator('[data-model="qwen3-235b-a22b"]')).toHaveAttribute('data-score', '13.5');
  await expect(page.locator('#costs .cc-sentence')).toContainText('the open model scores well below the API model');
  // Another setup: its own open model, its own host.
  await page.getByLabel('Serving setup').selectOption('llama-3.3-70b-h100');
  await expect(same).toHaveAttribute('data-model-id', /llama-3\.3-70b/i);
  await expect(quality.locator('[data-model="llama-3.3-70b"]')).toHaveAttribute('data-score', '9.3');
  // Every results cell says what it is.
  for (const cell of await page.locator('#costs table.cc-table td').all()) {
    await expect(cell).toHaveAttribute('data-path', /^(api|rag|hosted-tune|selfhost|same-model|scratch)$/);
    await expect(cell).toHaveAttribute('data-col', /^(now|last|total|per-1k)$/);
    await expect(cell).toHaveAttribute('data-value', /^\d+(\.\d+)?(e[+-]?\d+)?$/);
  }
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
    const gpuHour = rows.and(page.locator('[data-input="gpuHour"]'));
    await gpuHour.getByRole('link').click();
    await expect(page.getByLabel('GPU price', { exact: true })).toBeFocused();
  });

  test('the tornado follows the inputs', async ({ page }) => {
    await page.goto('/costs/');
    await hydrated(page);
    const firstInput = () =>
      page.locator('#costs [data-testid="sensitivity"] tbody tr').first().getAttribute('data-input');
    // The reasoning the API model does, an assumption, moves it most.
    expect(await firstInput()).toBe('reasoning');
    await page.getByLabel('API model').selectOption('gpt-5.6-sol');
    await expect
      .poll(async () => page.locator('#costs [data-testid="break-even"]').getAttribute('data-value'))
      .not.toBe(String(costReport(defaultInputs()).breakEven));
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
      await expect(page.locator('#costs [data-testid="gpus"]')).toHaveAttribute(
        'data-value',
        String(costReport(defaultInputs()).gpus),
      );
      await expect(page.locator('#costs [data-testid="quality"]')).toContainText('scores well below');
      await expect(page.locator('#costs [data-testid="same-model-monthly"]')).toHaveAttribute('data-host', 'fireworks');
      await expect(page.getByLabel('Latency target')).toHaveValue('interactive');
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
  const field = page.getByLabel('Other hardware, bought once');
  await field.scrollIntoViewIfNeeded();
  const line = page.locator('#costs .cc-sticky');
  await expect(line).toBeInViewport();
  await field.fill('360000');
  await expect(line).toContainText(/self-hosted \$\d/);
  const box = await line.boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844 + 1);
});

test('owned GPUs are bought and run, not rented, and an old hardware link is an extra with a note', async ({
  page,
}) => {
  await page.goto('/costs/?requests=3000000');
  await hydrated(page);
  await openAssumptions(page);
  const rentedGpus = await value(page, 'gpus');
  await page.locator('#costs select[name=gpu]').selectOption('h100-owned-dgx');
  await expect(page.getByLabel('GPU price', { exact: true })).toHaveValue('0');
  await expect(page.getByLabel('Price to buy a GPU')).toHaveValue('33,750');
  await expect(page.getByLabel('Life of a bought GPU')).toHaveValue('60');
  // The count follows the traffic, in whole 8-GPU servers, whether rented or owned.
  expect(await value(page, 'gpus')).toBe(Math.ceil(rentedGpus / 8) * 8);
  const upkeep = 1.275 * (184.06 + 730 * 0.0862);
  const gpus = await value(page, 'gpus');
  const selfhost = await value(page, 'selfhost-monthly');
  await page.getByLabel('Life of a bought GPU').fill('30');
  // Half the life doubles the purchase's monthly share: 33,750 / 30 − 33,750 / 60 more per GPU.
  await expect
    .poll(() => value(page, 'selfhost-monthly'))
    .toBeCloseTo(selfhost + gpus * (33_750 / 30 - 33_750 / 60), 4);
  expect(upkeep).toBeCloseTo(314.91, 2);
  await expectBadInputKept(page, [
    ['Price to buy a GPU', '-5', 'Enter at least 0.'],
    ['Life of a bought GPU', '0', 'Enter at least 1.'],
  ]);
  await expect(page.locator('#costs [data-testid="hardware-extra"]')).toHaveCount(0);
  // An old link's hardware stays a fixed extra on rented GPUs, and says so.
  await page.goto('/costs/?hardware=36000');
  await hydrated(page);
  await expect(page.locator('#costs [data-testid="hardware-extra"]')).toContainText('fixed extra');
  await expect(page.locator('#costs .notice')).toHaveCount(0);
});
