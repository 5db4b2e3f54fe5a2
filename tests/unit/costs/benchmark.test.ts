import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRun } from '../../../src/rules/costs/run.ts';
import {
  type BenchPoint,
  benchMeets,
  benchPoint,
  CALCULATOR_WORDS,
  type CalculatorState,
  type CostInputs,
  calculatorText,
  capacity,
  costReport,
  decodeCostInputs,
  defaultInputs,
  encodeCostInputs,
  fieldDefault,
  LATENCY_TARGETS,
  latencySentence,
  liveText,
  presetById,
  REALTIME_TTFT_MS,
  SERVING_SETUPS,
  stateOf,
  typeInto,
} from '../../../src/rules/index.ts';
import { SILYBENCH_SOURCE } from '../../../src/rules/serving/data-silybench.ts';
import { inputs } from './inputs.ts';

/** A run of Qwen3-8B on one H100 (fp8): 8.03 requests a second at 816 in and 300 out, 16 in flight. */
const RUN = {
  benchRps: 8.03,
  benchGpus: 1,
  benchInput: 816,
  benchOutput: 300,
  benchConcurrency: 16,
  benchTtftP99: 243.92,
  benchTtftP95: 171.35,
  benchItlMedian: 5.91,
} as const satisfies BenchPoint;

const FP8 = 'qwen3-8b-h100-fp8';
const setupOf = (id: string) => {
  const s = presetById('tput', id);
  if (!s) throw new Error(`no setup ${id}`);
  return s;
};
const sig4 = (n: number) => Number(n.toPrecision(4));

describe('a reader’s own run as the capacity', () => {
  it('at the run’s own lengths the rate per GPU is the run’s, for every setup and target', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SERVING_SETUPS.map((s) => s.id)),
        fc.constantFrom(...LATENCY_TARGETS.map((t) => t.id)),
        fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 30_000 }),
        fc.integer({ min: 1, max: 8_000 }),
        (tput, slo, rps, gpus, input, output) => {
          const run = { ...RUN, benchRps: rps, benchGpus: gpus, benchInput: input, benchOutput: output };
          const c = capacity(setupOf(tput), input, output, slo, run);
          expect(c.rps).toBeCloseTo(rps / gpus, 9);
        },
      ),
    );
  });

  it('elsewhere the published curve, scaled through the run: one factor at every length', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SERVING_SETUPS.map((s) => s.id)),
        fc.constantFrom(...LATENCY_TARGETS.map((t) => t.id)),
        fc.integer({ min: 1, max: 30_000 }),
        fc.integer({ min: 1, max: 8_000 }),
        (tput, slo, input, output) => {
          const setup = setupOf(tput);
          const k = RUN.benchRps / capacity(setup, RUN.benchInput, RUN.benchOutput, slo).rps;
          const scaled = capacity(setup, input, output, slo, RUN).rps;
          expect(scaled / capacity(setup, input, output, slo).rps).toBeCloseTo(k, 9);
          expect(Number.isFinite(scaled) && scaled > 0).toBe(true);
        },
      ),
    );
  });

  it('the rate field follows the run, and the GPUs that served it', () => {
    const i = inputs({ tput: FP8, input: 816, output: 300, ...RUN });
    expect(i.rps).toBe(8.03);
    const halved = typeInto(stateOf(i), 'benchGpus', '2').inputs;
    expect(halved.rps).toBe(sig4(8.03 / 2));
    // The run’s rate at the reader’s own lengths moves as the curve does.
    const longer = inputs({ tput: FP8, input: 1_632, output: 300, ...RUN });
    const k = 8.03 / capacity(setupOf(FP8), 816, 300, 'interactive').rps;
    expect(longer.rps).toBe(sig4(k * capacity(setupOf(FP8), 1_632, 300, 'interactive').rps));
  });

  it('a run needs a rate and a length; without either the published curve stays', () => {
    const published = inputs({ tput: FP8 }).rps;
    expect(inputs({ tput: FP8, benchRps: 8.03 }).rps).toBe(published);
    expect(inputs({ tput: FP8, benchInput: 816, benchOutput: 300 }).rps).toBe(published);
    expect(benchPoint(defaultInputs())).toBeUndefined();
    expect(benchPoint({ benchRps: 3, benchOutput: 10 })).toEqual({
      ...Object.fromEntries(Object.keys(RUN).map((k) => [k, fieldDefault(k as keyof typeof RUN)])),
      benchRps: 3,
      benchOutput: 10,
    });
  });

  it('never gives a rate or a cost that is not a finite amount at least 0', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 512 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 0, max: 1e6 }),
        (rps, gpus, input, output) => {
          const i = inputs({ tput: FP8, benchRps: rps, benchGpus: gpus, benchInput: input, benchOutput: output });
          expect(Number.isFinite(i.rps) && i.rps >= 0).toBe(true);
          const v = costReport(i).paths.selfhost.monthlyNow.expected;
          expect(Number.isFinite(v) && v >= 0).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('whether a run meets the latency target, by its own figures', () => {
  const { ttftP99Ms, itlMedianMs } = SILYBENCH_SOURCE.slo;
  const run = (over: Partial<BenchPoint>): BenchPoint => ({ ...RUN, ...over });

  it('interactive: p99 first token and median time between tokens within silybench’s limits', () => {
    expect(benchMeets(run({ benchTtftP99: ttftP99Ms, benchItlMedian: itlMedianMs }), 'interactive')).toBe(true);
    expect(benchMeets(run({ benchTtftP99: ttftP99Ms + 0.01 }), 'interactive')).toBe(false);
    expect(benchMeets(run({ benchItlMedian: itlMedianMs + 0.01 }), 'interactive')).toBe(false);
    expect(benchMeets(run({ benchTtftP99: 0 }), 'interactive')).toBeUndefined();
    expect(benchMeets(run({ benchItlMedian: 0 }), 'interactive')).toBeUndefined();
  });

  it('real time: the p95 first token within its line; without a p95, the p99 stands above it', () => {
    expect(benchMeets(run({ benchTtftP95: REALTIME_TTFT_MS }), 'realtime')).toBe(true);
    expect(benchMeets(run({ benchTtftP95: REALTIME_TTFT_MS + 1 }), 'realtime')).toBe(false);
    expect(benchMeets(run({ benchTtftP95: 0, benchTtftP99: 40 }), 'realtime')).toBe(true);
    expect(benchMeets(run({ benchTtftP95: 0, benchTtftP99: 0 }), 'realtime')).toBeUndefined();
  });

  it('maximum load has no target', () => {
    expect(benchMeets(run({ benchTtftP99: 1e6 }), 'batch')).toBe(true);
  });

  it('the capacity says so, and the latency line names the run and its figures', () => {
    const setup = setupOf(FP8);
    const w = CALCULATOR_WORDS.live.latency;
    expect(capacity(setup, 800, 300, 'interactive', RUN).met).toBe(true);
    expect(latencySentence(setup, 'interactive', 800, 300, w, RUN)).toBe(
      `Your run on one H100: 8.03 requests a second at 816 input and 300 output tokens, 16 in flight; 243.92 ms to first token (p99), 171.35 ms to first token (p95), 5.91 ms between tokens (median). ${w.run.met} ${w.run.tail}`,
    );
    const slow = { ...RUN, benchGpus: 2, benchConcurrency: 0, benchTtftP95: 0, benchTtftP99: 5_678.9 };
    expect(capacity(setup, 800, 300, 'interactive', slow).met).toBe(false);
    expect(latencySentence(setup, 'interactive', 800, 300, w, slow)).toBe(
      `Your run on 2 H100s: 8.03 requests a second at 816 input and 300 output tokens; 5,678.9 ms to first token (p99), 5.91 ms between tokens (median). ${w.run.missed} ${w.run.tail}`,
    );
    expect(latencySentence(setup, 'batch', 800, 300, w, slow)).toContain(w.run.batch);
    const bare = { ...slow, benchTtftP99: 0, benchItlMedian: 0 };
    expect(latencySentence(setup, 'interactive', 800, 300, w, bare)).toBe(
      `Your run on 2 H100s: 8.03 requests a second at 816 input and 300 output tokens. ${w.run.unknown} ${w.run.tail}`,
    );
  });
});

describe('the run in a link', () => {
  it('is carried by the link and opens the same inputs', () => {
    const i: CostInputs = inputs({ tput: FP8, ...RUN });
    const query = encodeCostInputs(i);
    expect(query).toContain('benchRps=8.03');
    expect(query).toContain('benchTtftP99=243.92');
    // The GPUs of the run at their default (1) are left out, as every default is.
    expect(query).not.toContain('benchGpus');
    const back = decodeCostInputs(query);
    expect(back.rejected).toEqual([]);
    expect(back.value).toEqual(i);
  });

  it('a link that gives a run alone, without the lengths typed in the fields, opens the run’s rate', () => {
    const d = decodeCostInputs(
      'tput=qwen3-8b-h100-fp8&input=816&output=300&benchRps=16.06&benchGpus=2&benchInput=816&benchOutput=300',
    );
    expect(d.value.rps).toBe(8.03);
  });

  it.each([
    ['benchRps=-1', 'benchRps'],
    ['benchGpus=0', 'benchGpus'],
    ['benchGpus=1.5', 'benchGpus'],
    ['benchInput=abc', 'benchInput'],
    ['benchTtftP99=1e400', 'benchTtftP99'],
  ])('a tampered %s is dropped and reported', (query, name) => {
    const d = decodeCostInputs(`tput=qwen3-8b-h100-fp8&${query}`);
    expect(d.rejected.map((r) => r.name)).toEqual([name]);
    expect(d.value.rps).toBe(inputs({ tput: FP8 }).rps);
  });
});

describe('pasting a run into the calculator', () => {
  const text = liveText(calculatorText());
  const printed = readFileSync(new URL('../../fixtures/vllm/bench-serve-printed.txt', import.meta.url), 'utf8');
  const start = () => stateOf(inputs({ tput: FP8, input: 816, output: 300 }));

  it('fills every field of the run through the validator, and the rate per GPU follows it', () => {
    const typedOver = typeInto(start(), 'rps', '2');
    const r = applyRun(typedOver, printed, text);
    if (!r.ok) throw new Error(r.said);
    expect(r.state.inputs).toMatchObject({ ...RUN, benchRps: 8.03 });
    expect(r.state.raw.benchInput).toBe('816');
    // The typed rate gives way to the run's: at its own lengths, the run's rate.
    expect(r.state.inputs.rps).toBe(8.03);
    expect(r.state.errors).toEqual({});
    expect(r.said).toMatch(/^Read from the result vllm bench serve printed: 500 requests in 62\.27 s, 8\.03 a second/);
    expect(r.said).toContain('On one H100 that is 8.03 requests a second per GPU');
  });

  it('on two GPUs, half the rate per GPU', () => {
    const r = applyRun(typeInto(start(), 'benchGpus', '2'), printed, text);
    expect(r.ok && r.state.inputs.rps).toBe(sig4(8.03 / 2));
  });

  it('what it cannot read, or cannot use, changes nothing and says why', () => {
    const cases: [CalculatorState, string, string][] = [
      [start(), 'nonsense', 'no “Serving Benchmark Result” block'],
      [typeInto(start(), 'benchGpus', 'two'), printed, 'GPUs that served the run: Enter a number'],
      [stateOf(inputs({ tput: 'custom' })), printed, 'Choose a serving setup above first'],
      [
        start(),
        printed.replace(
          'Maximum request concurrency:             16',
          'Maximum request concurrency:             2000000',
        ),
        'Requests in flight: 2,000,000. Enter at most 1,000,000.',
      ],
    ];
    for (const [s, pasted, why] of cases) {
      const r = applyRun(s, pasted, text);
      expect(r.ok).toBe(false);
      expect(r.said).toContain(why);
      expect(r.said).toMatch(/The capacity in use is unchanged\.$/);
    }
  });
});
