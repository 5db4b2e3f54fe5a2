import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { fieldSpec, type NumberKey } from '../../src/rules/costs/fields.ts';
import { DAYS, EVAL_PEOPLE, openAssumptions } from './calculator.ts';
import { crawl } from './crawl.ts';
import { ALL_ROUTES } from './routes.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Brings the page's islands to life: scrolls each into view and waits for it to hydrate. */
async function hydrateAll(page: Page) {
  for (const island of await page.locator('[data-island]').all()) {
    await island.scrollIntoViewIfNeeded();
    await expect(island).toHaveAttribute('data-hydrated', 'true');
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

test.describe('accessibility (axe, WCAG 2.2 AA and best practice)', () => {
  // One test per route, so a failure names its route and the two workers share the pages.
  for (const route of [...ALL_ROUTES, '/no-such-page/']) {
    test(`${route} in light and dark, phone and desktop, default state, has no violations`, async ({ page }) => {
      const found: string[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(route);
          await hydrateAll(page);
          for (const v of await axe(page)) found.push(`${scheme} ${width}px ${v}`);
        }
      }
      expect(found).toEqual([]);
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`calculators after an answer and a result, ${scheme}, phone and desktop, have no violations`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: scheme });
      const found: string[] = [];
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto('/decide/?api=no&team=no&rag=yes&scale=yes');
        await hydrateAll(page);
        await expect(page.locator('[data-outcome]')).toBeVisible();
        for (const v of await axe(page)) found.push(`/decide/ outcome ${v}`);
        await page.goto('/costs/?requests=abc');
        await hydrateAll(page);
        await openAssumptions(page);
        await page.getByLabel('Output tokens per request').fill('-5');
        await expect(page.locator('#costs-output-error')).toBeVisible();
        for (const v of await axe(page)) found.push(`/costs/ with errors ${v}`);
        // The benchmark form, with a result it refused and its message beside the box.
        const bench = page.getByTestId('benchmark-import');
        await bench.locator('textarea').fill('not a result');
        await bench.locator('button[type="submit"]').click();
        await expect(bench.locator('output')).toHaveAttribute('data-error', '');
        for (const v of await axe(page)) found.push(`/costs/ with a refused benchmark ${v}`);
        await page.keyboard.press('Control+k');
        await page.getByRole('searchbox', { name: 'Search the guide' }).fill('latency');
        await expect(page.locator('.search-results a').first()).toBeVisible();
        for (const v of await axe(page)) found.push(`search dialog ${v}`);
      }
      expect(found).toEqual([]);
    });
  }
});

test('every page loads nothing from other origins and breaks no Content Security Policy, islands and search included', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const foreign: string[] = [];
  const violations: string[] = [];
  const host = new URL(baseURL ?? '').host;
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.host !== host) foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (const route of [...ALL_ROUTES, '/no-such-page/']) {
    await page.goto(route);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    expect(csp).not.toContain("'unsafe-inline'");
    await hydrateAll(page);
  }
  await page.goto('/decide/');
  await hydrateAll(page);
  await page.locator('.dt').getByRole('button', { name: 'No' }).click();
  await page.locator('.dt').getByRole('button', { name: 'Yes' }).click();
  await expect(page.locator('[data-outcome]')).toBeVisible();
  await page.goto('/costs/');
  await hydrateAll(page);
  await page.getByLabel('Requests per day').fill('123456');
  await page.getByLabel('API model').selectOption('gpt-4o');
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill('compliance');
  await expect(page.locator('.search-results a').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
});

test('every calculator field takes bad input without breaking: a message for invalid values, finite results', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/costs/');
  await hydrateAll(page);
  await openAssumptions(page);
  const fields = await page.locator('#costs input[type="text"]').all();
  expect(fields.length).toBeGreaterThan(25);
  const results = page.locator('#costs [data-testid$="-monthly"], #costs [data-testid="break-even"]');
  for (const field of fields) {
    const id = (await field.getAttribute('id')) ?? '';
    const original = await field.inputValue();
    const key = id.replace(/^costs-/, '') as NumberKey;
    const f = fieldSpec(key);
    for (const bad of ['-5', 'abc', '1e309', '', '0', '12345678901234567890']) {
      const before = await results.evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
      await field.fill(bad);
      const invalid = (await field.getAttribute('aria-invalid')) === 'true';
      // What the field's bounds say about this value: the page must agree.
      const n = Number(bad);
      const valid = bad !== '' && Number.isFinite(n) && n >= f.min && n <= f.max && (!f.integer || Number.isInteger(n));
      expect(invalid, `${id} ${valid ? 'accepts' : 'rejects'} ${JSON.stringify(bad)}`).toBe(!valid);
      if (invalid) {
        // The last valid results stay.
        expect(await results.evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))).toEqual(before);
      }
      if (invalid) await expect(page.locator(`#${id}-error`)).toBeVisible();
      for (const v of await results.evaluateAll((els) => els.map((e) => e.getAttribute('data-value') ?? ''))) {
        expect(v === 'none' || (Number.isFinite(Number(v)) && Number(v) >= 0), `${id}=${bad} gives ${v}`).toBe(true);
      }
      expect(await page.locator('#costs').textContent()).not.toMatch(/NaN|Infinity|undefined|-\$/);
    }
    await field.fill(original);
    await expect(field).toHaveAttribute('aria-invalid', 'false');
  }
  expect(errors).toEqual([]);
});

test.describe('keyboard journeys, focus always visible', () => {
  async function focusVisible(page: Page) {
    return page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return false;
      const s = getComputedStyle(el);
      return (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    });
  }

  test('Tab walks the header, navigation, contents and section links with a visible focus ring', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('/api/');
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      expect(await focusVisible(page), `focus ${i} is visible`).toBe(true);
      seen.add(
        await page.evaluate(
          () => (document.activeElement as HTMLElement).className || document.activeElement?.tagName || '',
        ),
      );
    }
    expect([...seen].join(' ')).toMatch(/skip-link/);
    expect([...seen].join(' ')).toMatch(/search-open/);
    expect([...seen].join(' ')).toMatch(/anchor|copy-link|fig/);
  });

  test('calculator input to result by keyboard alone', async ({ page }) => {
    await page.goto('/costs/');
    await hydrateAll(page);
    await page.locator('#costs-requests').focus();
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('40000');
    // 40,000 × 365/12 × (800 × $0.20 + (300 + 600 reasoning) × $1.20) / 1M + 79 + a quarter engineer's evaluation time.
    const expected = (40_000 * DAYS * (800 * 0.2 + 900 * 1.2)) / 1e6 + 79 + EVAL_PEOPLE;
    await expect
      .poll(async () => Number(await page.locator('#costs [data-testid="api-monthly"]').getAttribute('data-value')))
      .toBeCloseTo(expected, 6);
    await page.keyboard.press('Tab');
    expect(await focusVisible(page)).toBe(true);
  });
});

test('links inside calculator outputs lead somewhere real', async ({ page, request, baseURL }) => {
  const hrefs = new Set<string>();
  for (const q of [
    'api=yes&scale=no',
    'api=yes&scale=yes',
    'api=no&team=yes',
    'api=no&team=no&rag=yes&scale=no',
    'api=no&team=no&rag=yes&scale=yes',
    'api=no&team=no&rag=no',
  ]) {
    await page.goto(`/decide/?${q}`);
    await expect(page.locator('[data-outcome]')).toBeVisible();
    for (const h of await page
      .locator('[data-outcome] a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
      hrefs.add(h);
  }
  for (const route of ['/api/', '/build/', '/middle-ground/', '/hidden-costs/']) {
    await page.goto(route);
    await hydrateAll(page);
    hrefs.add(await page.getByTestId('open-full-calculator').evaluate((a) => (a as HTMLAnchorElement).href));
  }
  for (const href of hrefs) {
    const { problems } = await crawl(request, href.replace(/^http:\/\/[^/]+/, baseURL ?? ''));
    expect(problems, href).toEqual([]);
  }
});
