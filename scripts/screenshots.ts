// Screenshots of every guide page, light and dark, phone and desktop, for a reader's-eye review.
// Usage: start `npm run preview`, then `node scripts/screenshots.ts [baseURL] [outDir]`.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.ts';
import { ALL_ROUTES } from '../tests/e2e/routes.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:4321';
const out = process.argv[3] ?? 'screenshots';
const routes = process.env.ROUTES?.split(',') ?? ALL_ROUTES;
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const scheme of ['light', 'dark'] as const) {
  for (const [name, viewport] of Object.entries(sizes)) {
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    for (const route of routes) {
      await page.goto(new URL(route.replace(/^\//, ''), `${base}/`).href);
      const file = `${out}/${route.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
