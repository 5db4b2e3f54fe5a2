// The cost calculator's benchmark reader, loaded the first time a reader pastes a run and asks to use it
// (see standalone.ts): none of it is in the calculator's own bundle. The rules read the pasted result and
// put the run into the fields (rules/costs/run.ts); this says beside the box what was read, or why nothing
// changed, and hands the new state to the calculator.
import { applyRun } from '../../rules/costs/run.ts';
import type { CalculatorState } from '../../rules/costs/state.ts';
import type { LiveText } from '../../rules/costs/text.ts';
import { ready } from '../standalone.ts';

/** Reads the form's pasted run and hands `use` the state with the run in its fields; else the box says why. */
function read(form: HTMLFormElement, s: CalculatorState, text: LiveText, use: (next: CalculatorState) => void): void {
  const area = form.querySelector('textarea');
  const out = form.querySelector('output');
  if (!area || !out) return;
  const r = applyRun(s, area.value, text);
  out.textContent = r.said;
  out.toggleAttribute('data-error', !r.ok);
  area.setAttribute('aria-invalid', String(!r.ok));
  if (r.ok) use(r.state);
}

const exports = { read };
export type BenchmarkModule = typeof exports;
ready('benchmark', exports);
