/**
 * The guide's sentences about how the costs behave, checked against the cost model. Each test names
 * the page and the claim; where a sentence prints numbers, `<CostFact>` computes them, and the test
 * checks the words around them (direction, order, "the same way").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  API_PRESET_NOTES,
  API_PRESETS,
  breakEven,
  breakEvenFact,
  breakEvenFacts,
  type CostInputs,
  cheapestPath,
  closestOpenModel,
  DEFAULT_PRESETS,
  defaultInputs,
  FIELD_TEXT,
  figure,
  gpuStep,
  gpusNeeded,
  maxLoadOverInteractive,
  monthlyCost,
  NODES,
  PATHS,
  peopleMonthly,
  presetById,
  QUALITY_GAP_POINTS,
  qualityGap,
  rateFact,
  rateOf,
  requestsPerGpuDay,
  SCALE_MODELS,
  SERVING_SETUPS,
  scenario,
  selfhostParts,
  sensitivity,
  ttftAt,
  tunedCheapestAgainst,
  withPreset,
} from '../../../src/rules/index.ts';
import { SILYBENCH_PERF_POINTS } from '../../../src/rules/serving/data-silybench.ts';

const d = defaultInputs();
const threshold = figure('scale-threshold').value as number;
const setup = (id: string) => {
  const s = SERVING_SETUPS.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};
const be = (i: CostInputs) => breakEven(i) ?? Number.POSITIVE_INFINITY;

describe('breakEvenAgainst (the helper behind the prose numbers)', () => {
  it('equals breakEvenRequests against the API, for every model preset', () => {
    for (const p of API_PRESETS) {
      const i = scenario(p.id);
      expect(breakEven(i, 'api'), p.id).toBe(breakEven(i));
    }
  });

  it('equals breakEvenRequests against the API over random inputs', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...API_PRESETS.map((p) => p.id)),
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.integer({ min: 5, max: 100 }),
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (model, gpuHour, util, peak, minGpus, fte) => {
          const i = { ...scenario(model), gpuHour, util, peak, minGpus, fte };
          expect(breakEven(i, 'api')).toBe(breakEven(i));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('returns the first volume at which self-hosting is cheaper than the hosted fine-tune', () => {
    const i = withPreset(d, 'tune', 'gpt-4.1-mini-ft');
    const r = breakEven(i, 'hosted-tune');
    expect(r).not.toBeNull();
    const at = (n: number) => monthlyCost('selfhost', i, n) < monthlyCost('hosted-tune', i, n);
    expect(at(r as number)).toBe(true);
    expect(at((r as number) - 1)).toBe(false);
  });
});

describe('/costs/: how the calculator counts', () => {
  it('GPUs: the average second × the peak ÷ (requests a second per GPU × utilization), in whole replicas, at least two', () => {
    const i = { ...d, requests: 3_000_000 };
    const busiest = (i.requests / 86_400) * i.peak;
    const step = i.gpusPerReplica;
    expect(gpuStep(i)).toBe(step);
    expect(gpusNeeded(i, i.requests)).toBe(step * Math.max(2, Math.ceil(busiest / (i.rps * step * (i.util / 100)))));
    // The minimum: two replicas, one serving and one spare.
    expect(d.minGpus).toBe(2 * d.gpusPerReplica);
    expect(gpusNeeded(d, 1)).toBe(d.minGpus);
    // An offer sold only as 8-GPU machines buys whole machines.
    const machines = scenario(undefined, { tput: 'qwen3-8b-h100-bf16' });
    expect(gpusNeeded(withPreset(machines, 'gpu', 'h100-lambda-8x'), 1)).toBe(8);
  });

  // What one GPU serves, and how close each fit lands to its points: tests/unit/serving/serving.test.ts.

  it('people: pay × the loaded-cost factor, what employers pay in all over what a salary covers (wages and paid leave)', () => {
    const leave =
      (100 * (figure('paid-leave-per-hour').value as number)) / (figure('compensation-per-hour').value as number);
    expect(d.loaded).toBeCloseTo(100 / ((figure('wages-share').value as number) + leave), 2);
    expect(peopleMonthly(d, 1)).toBeCloseTo((d.salary * d.loaded) / 12, 6);
  });

  it('self-hosting counts more than one engineer (an on-call rotation), as three people at half time', () => {
    expect(d.fte).toBeGreaterThan(1);
    expect(d.fte).toBe(3 * 0.5);
    expect(FIELD_TEXT.fte.why).toMatch(/more than one person: three engineers, each giving half their time/);
  });

  it('evaluation and integration time is on every path, the API and RAG included', () => {
    for (const p of PATHS) {
      const more = monthlyCost(p, { ...d, evalFte: d.evalFte + 1 }, d.requests) - monthlyCost(p, d, d.requests);
      expect(more, p).toBeCloseTo(peopleMonthly(d, 1), 6);
    }
  });

  it('the band holds the expected break-even', () => {
    const f = breakEvenFacts();
    const big = Number.POSITIVE_INFINITY;
    expect(f.low ?? big).toBeLessThanOrEqual(f.breakEven ?? big);
    expect(f.breakEven ?? big).toBeLessThanOrEqual(f.high ?? big);
  });
});

describe('/costs/: the shape of each path', () => {
  it('with no traffic, the API costs only what every path carries: monitoring, compliance and evaluation', () => {
    expect(monthlyCost('api', d, 0)).toBeCloseTo(
      d.monitoring + (d.complianceLow + d.complianceHigh) / 2 / 12 + peopleMonthly(d, d.evalFte),
      6,
    );
  });

  it('the hosted fine-tune is the cheapest path exactly against the models whose bill is above its own', () => {
    const cheapest = tunedCheapestAgainst();
    for (const p of API_PRESETS) {
      const i = scenario(p.id);
      const below = monthlyCost('hosted-tune', i, i.requests) < monthlyCost('api', i, i.requests);
      expect(cheapest.includes(p.id), p.id).toBe(below);
    }
  });

  it('it is cheapest against the frontier and smaller models the page names, the default model included', () => {
    const cheapest = tunedCheapestAgainst();
    expect(cheapest).toContain('gpt-5.6-sol');
    expect(cheapest).toContain('claude-haiku-4-5');
    expect(cheapest).toContain(DEFAULT_PRESETS.model);
    expect(cheapestPath(d)).toBe('hosted-tune');
  });

  it('self-hosting does not undercut the default hosted fine-tune at any volume the calculator takes', () => {
    expect(breakEven(d, 'hosted-tune')).toBeNull();
  });

  it('the fine-tune week is mostly data and evaluation: the QLoRA run takes a day of GPU time or less', () => {
    expect(figure('qlora-65b-gpu-hours').value).toBeLessThanOrEqual(24);
    expect((figure('fine-tune-duration').value as number) * 7 * 24).toBeGreaterThan(
      figure('qlora-65b-gpu-hours').value as number,
    );
  });

  it('at the default volume a model that spans a machine costs more in GPUs than in people, a one-GPU model the other way round', () => {
    const big = selfhostParts();
    expect(big.gpuMonthly).toBeGreaterThan(big.peopleMonthly);
    expect(big.gpus).toBe(d.minGpus);
    const small = selfhostParts(scenario(undefined, { tput: 'qwen3-8b-h100-bf16' }));
    expect(small.peopleMonthly).toBeGreaterThan(small.gpuMonthly);
  });

  it('in the worked example, self-hosting costs far more than the API at launch', () => {
    expect(monthlyCost('selfhost', d, d.requests)).toBeGreaterThan(3 * monthlyCost('api', d, d.requests));
  });

  it('ten times the traffic, ten times the token bill; self-hosting barely moves', () => {
    const fixed = monthlyCost('api', d, 0);
    expect(monthlyCost('api', d, 10 * d.requests) - fixed).toBeCloseTo(
      10 * (monthlyCost('api', d, d.requests) - fixed),
      6,
    );
    expect(gpusNeeded(d, 10 * d.requests)).toBe(gpusNeeded(d, d.requests));
  });
});

describe('/costs/: where self-hosting breaks even', () => {
  it('a dearer API model brings the crossing down: Claude Sonnet 5 and GPT-5.6 Sol below the default model', () => {
    const base = be(d);
    const sonnet = be(scenario('claude-sonnet-5'));
    const sol = be(scenario('gpt-5.6-sol'));
    expect(sonnet).toBeLessThan(base);
    expect(sol).toBeLessThan(sonnet);
  });

  it('a cheap, small model pushes it much further out than a premium one', () => {
    expect(be(scenario('gpt-5-nano'))).toBeGreaterThan(5 * be(scenario('gpt-5.6-sol')));
  });

  it('halving the GPU price and doubling utilization give the same self-hosted cost (above the minimum)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.integer({ min: 5, max: 50 }),
        fc.integer({ min: 3, max: 200 }),
        (gpuHour, util, n) => {
          // On one-GPU replicas the two are equal; larger replicas round each to whole replicas.
          const one = scenario(undefined, { tput: 'qwen3-8b-h100-bf16' });
          const slow = { ...one, gpuHour, util };
          const fast = { ...one, gpuHour, util: util * 2 };
          const cheap = { ...one, gpuHour: gpuHour / 2, util };
          // A volume that `fast` serves with exactly n GPUs, and `cheap` with exactly 2n.
          const r = n * requestsPerGpuDay(fast) * (1 - 1e-9);
          expect(gpusNeeded(fast, r)).toBe(n);
          expect(gpusNeeded(cheap, r)).toBe(2 * n);
          expect(monthlyCost('selfhost', fast, r)).toBeCloseTo(monthlyCost('selfhost', cheap, r), 6);
          expect(monthlyCost('selfhost', slow, r)).toBeGreaterThan(monthlyCost('selfhost', fast, r));
        },
      ),
    );
  });

  it('a flatter peak and a faster serving setup act on the GPU count the same way as utilization', () => {
    const k = requestsPerGpuDay(d);
    expect(requestsPerGpuDay({ ...d, peak: d.peak / 2 })).toBeCloseTo(2 * k, 6);
    expect(requestsPerGpuDay({ ...d, rps: d.rps * 2 })).toBeCloseTo(2 * k, 6);
    expect(requestsPerGpuDay({ ...d, util: d.util / 2 })).toBeCloseTo(k / 2, 6);
  });

  it('a GPU price range moves the break-even, and the sentence names the input that moves it most', () => {
    const items = sensitivity(d);
    const gpu = items.find((s) => s.key === 'gpuHour');
    expect(gpu).toBeDefined();
    expect(gpu?.low ?? Number.POSITIVE_INFINITY).toBeLessThan(gpu?.high ?? Number.POSITIVE_INFINITY);
    expect(items.length).toBeGreaterThan(0);
  });

  it('serving more requests at once raises the requests a second per GPU and the wait for the first token', () => {
    for (const id of ['qwen3-8b-h100-bf16', 'qwen3-8b-h100-fp8'] as const) {
      const [few, many] = setup(id).loads ?? [];
      if (!few || !many) throw new Error(`${id}: two measured loads expected`);
      expect(many.concurrency).toBeGreaterThan(few.concurrency);
      expect(rateOf(many.coefficients, d.input, d.output)).toBeGreaterThan(rateOf(few.coefficients, d.input, d.output));
      expect(ttftAt(many.ttft, d.input)).toBeGreaterThan(ttftAt(few.ttft, d.input));
    }
  });

  it('traffic concentrated in business hours (a higher peak) brings each step of GPUs past the minimum at a lower volume', () => {
    const busier = { ...d, peak: d.peak * 1.5 };
    expect(gpusNeeded(busier, 3_000_000)).toBeGreaterThan(gpusNeeded(d, 3_000_000));
    expect(gpusNeeded(busier, d.requests)).toBe(gpusNeeded(d, d.requests));
  });

  it('costs on every path never change which is cheapest; self-hosting-only costs push the break-even out', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (monitoring, evalFte, requests) => {
          const i = { ...d, monitoring, evalFte, requests };
          expect(cheapestPath(i)).toBe(cheapestPath({ ...d, requests }));
        },
      ),
    );
    expect(be({ ...d, hardware: 500_000 })).toBeGreaterThan(be(d));
  });
});

describe('/decide/, /api/, /build/: the scale answer and the models it names', () => {
  const low = scenario(SCALE_MODELS.lowPriced.id);
  const frontier = scenario(SCALE_MODELS.frontier.id);

  it('names the models by their preset labels, the low-priced one being the calculator default', () => {
    expect(API_PRESET_NOTES[SCALE_MODELS.lowPriced.id].label).toBe(SCALE_MODELS.lowPriced.label);
    expect(API_PRESET_NOTES[SCALE_MODELS.frontier.id].label).toBe(SCALE_MODELS.frontier.label);
    expect(DEFAULT_PRESETS.model).toBe(SCALE_MODELS.lowPriced.id);
    expect(NODES['scale-api'].because.no).toContain(SCALE_MODELS.lowPriced.label);
    expect(NODES['scale-api'].because.no).toContain(SCALE_MODELS.frontier.label);
  });

  it('below the scale threshold the low-priced API stays cheaper than self-hosting', () => {
    expect(be(low)).toBeGreaterThan(threshold);
    expect(monthlyCost('api', low, threshold)).toBeLessThan(monthlyCost('selfhost', low, threshold));
  });

  it('against the frontier model self-hosting pays well below the threshold (under a quarter of it)', () => {
    expect(be(frontier)).toBeLessThan(threshold / 4);
  });
});

describe('/build/: latency on your own GPU depends on the prompt', () => {
  const c1 = setup('qwen3-8b-h100-bf16').loads?.[0];
  if (c1?.concurrency !== 1) throw new Error('the bf16 run measured one request at a time');
  const row = (concurrency: number, input: number) =>
    SILYBENCH_PERF_POINTS.find((r) => r.precision === 'bf16' && r.concurrency === concurrency && r.inputLen === input);

  it('the short-prompt figure is the benchmark’s one-user value at the shortest prompt, under the line', () => {
    expect(figure('ttft-8b-h100-1-user-short').value).toBe(Math.round(ttftAt(c1.ttft, 128)));
    expect(figure('ttft-8b-h100-1-user-short').value).toBeLessThan(figure('latency-threshold').value as number);
  });

  it('the long-prompt figure is its value at a 2,048-token prompt, over the line', () => {
    expect(figure('ttft-8b-h100-1-user').value).toBe(Math.round(ttftAt(c1.ttft, 2048)));
    expect(figure('ttft-8b-h100-1-user').value).toBeGreaterThan(figure('latency-threshold').value as number);
  });

  it('at the same prompt length, a few dozen users wait far longer than one', () => {
    expect(row(32, 2048)?.ttftP95Ms ?? 0).toBeGreaterThan(10 * (row(1, 2048)?.ttftP95Ms ?? Number.POSITIVE_INFINITY));
  });
});

describe('like for like: what the prose says of the two sides', () => {
  const threshold = figure('scale-threshold').value as number;

  it('/api/: the default setup runs the open model closest to the default API model on the quality index', () => {
    const closest = closestOpenModel(DEFAULT_PRESETS.model);
    expect(closest?.open).toBe(presetById('tput', d.tput)?.open);
    expect(closest?.gap).toBe(qualityGap());
  });

  it('/decide/, /costs/: the open model scores well below the API models the pages name', () => {
    for (const model of [undefined, 'claude-sonnet-5', 'gpt-5.6-sol'] as const)
      expect(qualityGap(model) ?? 0).toBeGreaterThanOrEqual(QUALITY_GAP_POINTS);
  });

  it('/costs/: at the scale threshold the API still costs less; self-hosting stays below only past it', () => {
    expect(monthlyCost('api', d, threshold)).toBeLessThan(monthlyCost('selfhost', d, threshold));
    expect(breakEvenFact(undefined, 'api', 'stays') ?? Number.POSITIVE_INFINITY).toBeGreaterThan(threshold);
  });

  it('/costs/, /build/: the first break-even and the one from which self-hosting stays below differ by the whole-replica steps', () => {
    const first = breakEvenFact() ?? 0;
    const stays = breakEvenFact(undefined, 'api', 'stays') ?? 0;
    expect(stays).toBeGreaterThanOrEqual(first);
  });

  it('/build/, /costs/: at 2,048 tokens in and out, maximum load writes 9,305 output tokens a second against 2,529 with 32 users: 3.7 times', () => {
    expect(maxLoadOverInteractive()).toBeCloseTo(9305 / 2529, 2);
    expect(maxLoadOverInteractive().toFixed(1)).toBe('3.7');
  });

  it('/build/: within the 50 ms line a GPU serves fewer requests a second than at the interactive target', () => {
    const realtime = rateFact({ tput: 'qwen3-8b-h100-bf16', slo: 'realtime' });
    const interactive = rateFact({ tput: 'qwen3-8b-h100-bf16', slo: 'interactive' });
    expect(realtime).toBeLessThan(interactive);
  });

  it('/costs/: the hosted fine-tune’s range runs from the dearest API bill to the least dear', () => {
    const ids = tunedCheapestAgainst();
    const bill = (id: (typeof ids)[number]) => monthlyCost('api', scenario(id), d.requests);
    for (let k = 1; k < ids.length; k++)
      expect(bill(ids[k - 1] ?? ids[0] ?? 'gpt-5')).toBeGreaterThanOrEqual(bill(ids[k] ?? 'gpt-5'));
  });
});
