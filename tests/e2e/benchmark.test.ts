import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { costReport, decodeCostInputs } from '../../src/rules/index.ts';
import { hydrated, value } from './calculator.ts';

/** A result as a run wrote it: `tests/fixtures/vllm/`. */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/vllm/${name}`, import.meta.url), 'utf8');

/** The results a link must reopen unchanged. */
const RESULTS = ['gpus', 'selfhost-monthly', 'break-even', 'break-even-low', 'break-even-high'];
const results = (page: Page) =>
  Promise.all(RESULTS.map((t) => page.locator(`#costs [data-testid="${t}"]`).getAttribute('data-value')));

/** Opens the calculator on a setup and its group of the reader's own run. */
async function open(page: Page, query: string) {
  await page.goto(`/costs/?${query}`);
  await hydrated(page);
  await page.locator('#costs details[data-group="bench"] > summary').click();
  return page.getByTestId('benchmark-import');
}

const perGpu = (page: Page) => page.getByLabel('Requests a second per GPU', { exact: true });

test.describe('your own benchmark as the capacity', () => {
  test('the printed result on two GPUs: the rate, the GPUs and the latency line follow, and the link reopens them', async ({
    page,
    context,
  }) => {
    const form = await open(page, 'tput=qwen3-8b-h100-fp8&input=816&output=300&requests=2000000');
    const before = await results(page);
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));

    await form.locator('textarea').fill(fixture('bench-serve-printed.txt'));
    await form.locator('input[type="number"]').fill('2');
    await form.locator('button[type="submit"]').click();

    const said = form.locator('output');
    await expect(said).toContainText('Read from the result vllm bench serve printed: 500 requests in 62.27 s');
    await expect(said).toContainText('On 2 H100s that is 4.015 requests a second per GPU');
    await expect(form.locator('textarea')).toHaveAttribute('aria-invalid', 'false');
    // The fields show what was read; the rate per GPU, at the run's own lengths, is the run's over its GPUs.
    await expect(page.getByLabel('Requests a second, whole run')).toHaveValue('8.03');
    await expect(page.getByLabel('Mean input tokens in the run')).toHaveValue('816');
    await expect(page.getByLabel('Time to first token, p95')).toHaveValue('171.35');
    await expect(perGpu(page)).toHaveValue('4.015');
    // The reader code came on use, once.
    expect(loaded.filter((p) => p.endsWith('/benchmark.js'))).toHaveLength(1);

    const ttft = page.getByTestId('ttft');
    await expect(ttft).toContainText('Your run on 2 H100s: 8.03 requests a second at 816 input and 300 output tokens');
    await expect(ttft).toContainText('243.92 ms to first token (p99)');
    await expect(ttft).toHaveAttribute('data-met', 'true');

    // The GPUs are the rules' for the reader's traffic on the run's rate, and the link carries the run.
    await expect(page).toHaveURL(/benchRps=8\.03/);
    await expect(page).toHaveURL(/benchGpus=2/);
    const expected = costReport(decodeCostInputs(new URL(page.url()).search).value);
    await expect.poll(() => value(page, 'gpus')).toBe(expected.gpus);
    const after = await results(page);
    expect(after).not.toEqual(before);

    // The link opens the same result elsewhere, with the run in its fields and its latency line.
    const other = await context.newPage();
    await other.goto(page.url());
    await hydrated(other);
    expect(await results(other)).toEqual(after);
    await expect(other.getByTestId('ttft')).toHaveText((await ttft.textContent()) ?? '');
    await expect(other.locator('#costs details[data-group="bench"]')).toHaveAttribute('open', '');
    await expect(other.getByLabel('GPUs that served the run')).toHaveValue('2');
  });

  test('the GPUs that served the run can be changed after, and the rate per GPU follows', async ({ page }) => {
    const form = await open(page, 'tput=qwen3-8b-h100-fp8&input=816&output=300');
    await form.locator('textarea').fill(fixture('bench-serve-result.json'));
    await form.locator('button[type="submit"]').click();
    await expect(perGpu(page)).toHaveValue('8.029');
    await form.locator('input[type="number"]').fill('4');
    await expect(perGpu(page)).toHaveValue('2.007');
    await expect(page.getByTestId('ttft')).toContainText('Your run on 4 H100s');
  });

  test('the JSON of an older version, against a setup of another model: read, with a warning to choose like for like', async ({
    page,
  }) => {
    const form = await open(page, '');
    await form.locator('textarea').fill(fixture('benchmark-serving-result.json'));
    await form.locator('button[type="submit"]').click();
    const said = form.locator('output');
    await expect(said).toContainText('Read from the JSON of vllm bench serve: 1,000 requests in 131.42 s');
    await expect(said).toContainText(
      'The run names the model meta-llama/Llama-3.1-8B-Instruct, but the setup above serves Qwen3-235B-A22B',
    );
    await expect(page.getByLabel('Requests a second, whole run')).toHaveValue('7.609');
    // No p95 in that version: real time reads the p99 instead, and it is far outside 50 ms.
    await page.getByLabel('Latency target').selectOption('realtime');
    await expect(page.getByTestId('ttft')).toHaveAttribute('data-met', 'false');
    await expect(page.getByTestId('ttft')).toContainText('it misses the target above');
  });

  test('a result it cannot read says what is missing, and the capacity in use stays', async ({ page }) => {
    const form = await open(page, 'tput=qwen3-8b-h100-fp8');
    const rate = await perGpu(page).inputValue();
    const before = await results(page);
    await form.locator('textarea').fill(fixture('bench-serve-printed.txt').replace(/^Total generated tokens.*\n/m, ''));
    await form.locator('button[type="submit"]').click();
    const said = form.locator('output');
    await expect(said).toHaveText(
      'The result is missing “Total generated tokens” (vLLM prints it when it has the model’s tokenizer). The capacity in use is unchanged.',
    );
    await expect(said).toHaveAttribute('data-error', '');
    await expect(form.locator('textarea')).toHaveAttribute('aria-invalid', 'true');
    await expect(perGpu(page)).toHaveValue(rate);
    expect(await results(page)).toEqual(before);
    expect(page.url()).not.toContain('bench');
    expect(await page.locator('#costs').textContent()).not.toMatch(/NaN|Infinity|undefined|-\$/);

    // A readable run after it clears the message.
    await form.locator('textarea').fill(fixture('benchmark-serving-printed.txt'));
    await form.locator('button[type="submit"]').click();
    await expect(said).toContainText('Read from the result vllm bench serve printed');
    await expect(form.locator('textarea')).toHaveAttribute('aria-invalid', 'false');
  });

  test('by keyboard alone: paste, tab to the GPUs, Enter', async ({ page }) => {
    const form = await open(page, 'tput=qwen3-8b-h100-fp8&input=816&output=300');
    const area = form.locator('textarea');
    await area.focus();
    await page.keyboard.insertText(fixture('bench-serve-printed.txt'));
    await page.keyboard.press('Tab');
    await expect(form.locator('input[type="number"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(form.locator('output')).toContainText('Read from the result');
    await expect(perGpu(page)).toHaveValue('8.03');
  });

  test('a tampered run in a link falls back with a notice', async ({ page }) => {
    await page.goto('/costs/?tput=qwen3-8b-h100-fp8&benchRps=8.03&benchInput=816&benchOutput=300&benchGpus=0');
    await hydrated(page);
    await expect(page.locator('#costs .notice')).toContainText('benchGpus=“0” (Enter at least 1)');
    await expect(page.getByTestId('ttft')).toContainText('Your run on one H100');
  });
});
