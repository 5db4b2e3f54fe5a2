import { expect, type Page } from '@playwright/test';
import { defaultInputs } from '../../src/rules/index.ts';

/** A month is a twelfth of a year. */
export const DAYS = 365 / 12;

/**
 * The evaluation and integration time every path carries at the defaults, USD a month: a quarter
 * of an engineer at the BLS median pay of $140,910, at the loaded-cost factor the rules derive from
 * the BLS release (1.29).
 */
export const EVAL_PEOPLE = (0.25 * 140_910 * defaultInputs().loaded) / 12;

/** Waits until the cost calculator `root` has hydrated and is ready for input. */
export async function hydrated(page: Page, root = '#costs') {
  await expect(page.locator(`[data-island][data-hydrated] > ${root}[data-ready="true"]`)).toBeAttached();
}

/** A result's raw number (`data-value`). */
export const value = async (page: Page, testid: string, root = '#costs') =>
  Number(await page.locator(`${root} [data-testid="${testid}"]`).getAttribute('data-value'));

/** Opens every collapsed group of assumptions, so that each field can be typed into. */
export async function openAssumptions(page: Page, root = '#costs') {
  const closed = page.locator(`${root} details.cc-fold:not([open]) > summary`);
  for (let n = await closed.count(); n > 0; n = await closed.count()) {
    await closed.first().click();
    await expect(closed).toHaveCount(n - 1);
  }
}

/** Results whose raw numbers must not move while a field holds bad input. */
const RESULTS = ['api-monthly', 'rag-monthly', 'hosted-tune-monthly', 'selfhost-monthly', 'gpus', 'break-even'];

/**
 * Types each bad value into its field (by label): the field is marked invalid, its message stands
 * beside it, every result keeps its last valid number, nothing prints NaN or a negative amount, and
 * the field's own value then comes back.
 */
export async function expectBadInputKept(
  page: Page,
  cases: readonly (readonly [label: string, bad: string, message: string])[],
  root = '#costs',
) {
  const results = () =>
    Promise.all(RESULTS.map((t) => page.locator(`${root} [data-testid="${t}"]`).getAttribute('data-value')));
  for (const [label, bad, message] of cases) {
    const before = await results();
    const field = page.getByLabel(label);
    const original = await field.inputValue();
    await field.fill(bad);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${await field.getAttribute('id')}-error`)).toContainText(message);
    expect(await results()).toEqual(before);
    expect(await page.locator(root).textContent()).not.toMatch(/NaN|Infinity|undefined|-\$/);
    await field.fill(original);
    await expect(field).toHaveAttribute('aria-invalid', 'false');
  }
}
