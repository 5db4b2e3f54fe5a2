// A reader's own serving benchmark, pasted into the calculator: the state with the run in its fields, or
// why nothing changed. Loaded on first use only (src/scripts/standalone/benchmark.ts), like the reader of
// the result itself (serving/vllm-bench.ts).
import { capacity, gpuCount } from '../serving/serving.ts';
import { benchFields, readBenchmark, runSummary } from '../serving/vllm-bench.ts';
import { chosenName } from './describe.ts';
import { fieldDefault, parseField } from './inputs.ts';
import { presetById } from './preset-registry.ts';
import { type CalculatorState, show, typeInto } from './state.ts';
import type { LiveText } from './text.ts';

/** What pasting a run did: the state to show and what it read, or why nothing changed. */
export type RunApplied =
  | { readonly ok: true; readonly state: CalculatorState; readonly said: string }
  | { readonly ok: false; readonly said: string };

const UNCHANGED = 'The capacity in use is unchanged.';
const refuse = (why: string): RunApplied => ({ ok: false, said: `${why} ${UNCHANGED}` });

/**
 * Puts a pasted run into the calculator's fields through the one validator, all or nothing, on the GPUs the
 * reader says served it. The rate per GPU then follows the run, even where a rate was typed over it: pasting
 * a run says to use it.
 */
export function applyRun(s: CalculatorState, pasted: string, text: LiveText): RunApplied {
  const setup = presetById('tput', s.inputs.tput);
  if (!setup) return refuse('Choose a serving setup above first: your run sets the level of its curve.');
  const gpusError = s.errors.benchGpus;
  if (gpusError) return refuse(`${text.fields.benchGpus?.label}: ${gpusError}`);
  const r = readBenchmark(pasted);
  if (!r.ok) return refuse(r.message);
  const values = Object.entries(benchFields(r.read)) as [keyof ReturnType<typeof benchFields>, number][];
  for (const [key, value] of values) {
    const checked = parseField(key, show(value));
    if (!checked.ok) return refuse(`${text.fields[key]?.label}: ${show(value)}. ${checked.message}`);
  }
  const filled = values.reduce((state, [key, value]) => typeInto(state, key, show(value)), s);
  const state = typeInto(filled, 'rps', show(fieldDefault('rps', filled.inputs)));
  const { benchGpus, benchInput, benchOutput, slo } = state.inputs;
  const said = runSummary(r.read, {
    setup: chosenName(state.inputs, 'tput', text, text.words.sentence.custom[1]),
    model: text.quality.names[setup.open],
    gpus: gpuCount(benchGpus, setup.gpu),
    gpuCount: benchGpus,
    curve: capacity(setup, benchInput, benchOutput, slo).rps,
  });
  return { ok: true, state, said };
}
