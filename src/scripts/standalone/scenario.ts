// The cost calculator's on-demand code, loaded the first time a reader copies the results as Markdown,
// downloads a scenario or opens one (see standalone.ts): none of it is in the calculator's own bundle.
import type { CostInputs } from '../../rules/costs/inputs.ts';
import { costMarkdown } from '../../rules/costs/markdown.ts';
import type { CostReport } from '../../rules/costs/report.ts';
import { readScenario, SCENARIO_MAX_BYTES, scenarioOf, tooLarge } from '../../rules/costs/scenario.ts';
import type { LiveText } from '../../rules/costs/text.ts';
import { formatAsOf, isoDay } from '../../rules/format/format.ts';
import { ready } from '../standalone.ts';

/** What opening a file did: the inputs to show and what to tell the reader, or why nothing changed. */
export type Opened = { readonly inputs: CostInputs; readonly note: string } | { readonly error: string };

/** Writes the scenario as a JSON file and hands it to the browser to save. */
function download(inputs: CostInputs, report: CostReport, site: string): void {
  const day = isoDay();
  const body = JSON.stringify(scenarioOf(inputs, report, site, day), null, 2);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([`${body}\n`], { type: 'application/json' }));
  a.download = `cost-scenario-${day}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Reads a scenario file through the calculator's validator, and says what differs since it was written. */
async function open(file: File, text: LiveText): Promise<Opened> {
  // Refused before it is read: a file that size is not read into memory.
  if (file.size > SCENARIO_MAX_BYTES) return { error: `${file.name}: ${tooLarge(file.size)} Nothing changed.` };
  const read = readScenario(await file.text());
  if (!read.ok) return { error: `${file.name}: ${read.message} Nothing changed.` };
  const label = (k: keyof LiveText['fields']) => text.fields[k]?.label ?? k;
  const since = read.since.map((c) => `${label(c.key)} ${c.was} then, ${c.now} now`);
  const data = read.dataset
    ? ` It was written with prices as of ${formatAsOf(read.dataset.asOf)} (version ${read.dataset.version}); these are today’s.`
    : '';
  return {
    inputs: read.inputs,
    note: `Opened ${file.name}.${data}${since.length ? ` Changed since: ${since.join('; ')}.` : ''}`,
  };
}

const exports = { download, open, markdown: costMarkdown };
export type ScenarioModule = typeof exports;
ready('scenario', exports);
