// Writes src/rules/serving/curves.ts: every serving setup's fitted curves, from serving/setups.ts.
// Run after changing a setup or its data: `npm run fit`. The unit tests fail while the file is stale.
import { writeFileSync } from 'node:fs';
import { fitSetup, SETUP_DEFS } from '../src/rules/serving/setups.ts';

const out = new URL('../src/rules/serving/curves.ts', import.meta.url);
const rows = SETUP_DEFS.map((d) => `  ${JSON.stringify(fitSetup(d))},`);
writeFileSync(
  out,
  `// Written by \`npm run fit\` (scripts/fit-serving.ts) from serving/setups.ts. Do not edit by hand.
import type { ServingSetup } from './serving.ts';

export const SERVING_SETUPS = [
${rows.join('\n')}
] as const satisfies readonly ServingSetup[];
`,
);
console.log(`Wrote ${SETUP_DEFS.length} setups to ${out.pathname}`);
