import { registerHooks } from 'node:module';
import { defineConfig } from '@playwright/test';
import { CALCULATOR_DATA_MODULE, inlineModule } from './src/integrations/calculator-data.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium.ts';

// Tests import the rules module, whose data (API prices, serving curves) comes through modules that
// only Vite knows; these hooks serve the same numbers to Node.
registerHooks({
  resolve: (specifier, context, next) =>
    specifier === CALCULATOR_DATA_MODULE ? { url: specifier, shortCircuit: true } : next(specifier, context),
  load: (url, context, next) =>
    url === CALCULATOR_DATA_MODULE
      ? { format: 'module', source: inlineModule(), shortCircuit: true }
      : next(url, context),
});

const PORT = Number(process.env.E2E_PORT ?? 4329);
/** Port of the sub-path build; tests read it from here. */
export const BASE_PORT = Number(process.env.E2E_BASE_PORT ?? 4331);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['./tests/reporters/playwright-summary.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      // The built site with the headers the build wrote (dist/_headers), as a static host sends them.
      command: `node scripts/static-server.ts dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // The same site built under a sub-path (`npm run build:base`), as on a static host's folder.
      command: `node scripts/static-server.ts dist-base ${BASE_PORT} /guide/`,
      url: `http://127.0.0.1:${BASE_PORT}/guide/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
