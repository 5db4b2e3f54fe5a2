import { defineConfig } from 'vitest/config';
import { calculatorDataPlugin } from './src/integrations/calculator-data.ts';

export default defineConfig({
  plugins: [calculatorDataPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    reporters: ['default', './tests/reporters/vitest-summary.ts'],
    coverage: {
      include: ['src/rules/**'],
      thresholds: { lines: 90, functions: 90, branches: 85 },
    },
  },
});
