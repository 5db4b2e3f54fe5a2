import { defineConfig } from 'vitest/config';
import { apiPricesPlugin } from './src/integrations/api-prices.ts';

export default defineConfig({
  plugins: [apiPricesPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    reporters: ['default', './tests/reporters/vitest-summary.ts'],
    coverage: {
      include: ['src/rules/**'],
      thresholds: { lines: 90, functions: 90, branches: 85 },
    },
  },
});
