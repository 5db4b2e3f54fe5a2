import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as fig from '../../../src/rules/figures/data.ts';
import { FIGURE_GROUPS } from '../../../src/rules/figures/figures.ts';
import { SOURCES } from '../../../src/rules/figures/sources.ts';
import type { FigureValue } from '../../../src/rules/figures/types.ts';
import type { BenchmarkPoint } from '../../../src/rules/serving/data.ts';
import {
  SILYBENCH_CAPACITY,
  SILYBENCH_CAPACITY_RATIOS,
  SILYBENCH_PERF_POINTS,
} from '../../../src/rules/serving/data-silybench.ts';
import { TRTLLM_POINTS } from '../../../src/rules/serving/data-trtllm.ts';
import { fitCoefficients, measuredGpuSeconds, ttftKnots } from '../../../src/rules/serving/fit.ts';
import { SERVING_LABELS, setupSource } from '../../../src/rules/serving/notes.ts';
import {
  capacity,
  interactiveShare,
  REALTIME_TTFT_MS,
  RENAMED_SETUP_TARGETS,
  RENAMED_SETUPS,
  rateOf,
  requestsPerSecondFromOutput,
  SERVING_SETUPS,
  type ServingSetup,
  type ServingSetupId,
  ttftAt,
} from '../../../src/rules/serving/serving.ts';
import {
  batchPoints,
  fitSetup,
  interactivePoints,
  latencyLoads,
  SETUP_DEFS,
  type SetupDef,
} from '../../../src/rules/serving/setups.ts';

const setup = (id: ServingSetupId): ServingSetup => {
  const found = SERVING_SETUPS.find((s) => s.id === id);
  if (!found) throw new Error(`no setup ${id}`);
  return found;
};
const def = (id: ServingSetupId): SetupDef => {
  const found = SETUP_DEFS.find((s) => s.id === id);
  if (!found) throw new Error(`no setup ${id}`);
  return found;
};

const relative = (actual: number, expected: number): number => Math.abs(actual / expected - 1);
/** Requests a second per GPU that a published point of a replica of `gpus` GPUs implies. */
const perGpu = (gpus: number, p: BenchmarkPoint) => 1 / measuredGpuSeconds(gpus, p);

/** Every published point each setup rests on, at each target, with the model's rate there. */
const rows = SETUP_DEFS.flatMap((d) => {
  const s = setup(d.id);
  const at = (slo: string, p: BenchmarkPoint) => capacity(s, p.input, p.output, slo).rps;
  const batch = batchPoints(d).map((p) => ({
    id: d.id,
    slo: 'batch',
    p,
    model: at('batch', p),
    measured: perGpu(d.gpusPerReplica, p),
  }));
  const interactive = (interactivePoints(d) ?? []).map((p) => ({
    id: d.id,
    slo: 'interactive',
    p,
    model: at('interactive', p),
    measured: perGpu(d.gpusPerReplica, p),
  }));
  const loads = latencyLoads(d).flatMap(({ concurrency, points }) => {
    const load = s.loads?.find((l) => l.concurrency === concurrency);
    return load
      ? points.map((p) => ({
          id: d.id,
          slo: `${concurrency} in flight`,
          p,
          model: rateOf(load.coefficients, p.input, p.output),
          measured: perGpu(d.gpusPerReplica, p),
        }))
      : [];
  });
  return [...batch, ...interactive, ...loads];
});

describe('every setup against every point its source publishes for it, in the source’s units', () => {
  it.each(rows.map((r) => [r.id, r.slo, r.p.input, r.p.output, r.model, r.measured] as const))(
    '%s, %s, at %i in / %i out: the fit is within 20% of the published rate',
    (_id, _slo, _i, _o, model, measured) => {
      expect(relative(model, measured)).toBeLessThanOrEqual(0.2);
    },
  );

  it('NVIDIA’s whole tables for the four models on H100, H200, B200 and RTX PRO 6000 are each a setup’s points', () => {
    const used = SETUP_DEFS.flatMap((d) => (d.from.kind === 'tensorrt-llm' ? batchPoints(d) : []));
    const columns = new Set(TRTLLM_POINTS.map((p) => `${p.model}|${p.gpu}`));
    // One setup per model and GPU: every model and GPU the overview publishes has one.
    expect(
      new Set(SETUP_DEFS.flatMap((d) => (d.from.kind === 'tensorrt-llm' ? [`${d.from.model}|${d.from.gpu}`] : []))),
    ).toEqual(columns);
    // Each setup takes all ten published shapes of its column (fewer only where the overview leaves cells blank).
    for (const d of SETUP_DEFS) {
      if (d.from.kind !== 'tensorrt-llm') continue;
      const { model, gpu, tp, pp } = d.from;
      const published = TRTLLM_POINTS.filter((p) => p.model === model && p.gpu === gpu && p.tp === tp && p.pp === pp);
      expect(batchPoints(d)).toHaveLength(published.length);
      expect(published.length).toBeGreaterThanOrEqual(7);
    }
    expect(used.length).toBeGreaterThan(100);
  });

  it('silybench’s five shapes of each run are a setup’s interactive and maximum-load points', () => {
    for (const id of ['qwen3-8b-h100-bf16', 'qwen3-8b-h100-fp8'] as const) {
      expect(batchPoints(def(id))).toHaveLength(5);
      expect(interactivePoints(def(id))).toHaveLength(5);
    }
  });

  it('the browser’s curves are the fit of the points, rounded to four digits', () => {
    expect(SERVING_SETUPS).toEqual(SETUP_DEFS.map(fitSetup));
    for (const s of SERVING_SETUPS)
      for (const c of [...s.batch, ...(s.interactive ?? [])]) expect(c).toBeGreaterThanOrEqual(0);
  });

  it('a term that fits negative is dropped and the rest refitted, so no coefficient is negative', () => {
    const points: BenchmarkPoint[] = [
      [100, 100, 10],
      [100, 1000, 12],
      [1000, 100, 4],
      [1000, 1000, 5],
      [4000, 500, 1.2],
    ].map(([input = 0, output = 0, rps = 0]) => ({
      input,
      output,
      requestsPerSecond: rps,
      outputTokensPerSecond: rps * output,
    }));
    const fit = fitCoefficients(points, 1);
    expect(fit.every((c) => c >= 0)).toBe(true);
    expect(fit.some((c) => c === 0)).toBe(true);
  });
});

describe('sources’ own values, reproduced', () => {
  it('Llama 3.1 8B on one H100 at 1,000 / 1,000: 15,220 output tokens a second is 15.22 requests a second, and the fit gives it within 5%', () => {
    const p = TRTLLM_POINTS.find(
      (q) => q.model === 'Llama 3.1 8B' && q.gpu === 'H100' && q.input === 1000 && q.output === 1000,
    );
    expect(p?.outputTokensPerSecond).toBe(fig.tput8bH100Max.value);
    expect(requestsPerSecondFromOutput(15_220, 1000)).toBe(15.22);
    expect(relative(capacity(setup('llama-3.1-8b-h100'), 1000, 1000, 'batch').rps, 15.22)).toBeLessThan(0.05);
  });

  it('Llama 3.3 70B on a 2×H100 replica at 1,000 / 1,000: 4,205 output tokens a second is 2.10 requests a second per GPU', () => {
    const p = TRTLLM_POINTS.find(
      (q) => q.model === 'Llama 3.3 70B' && q.gpu === 'H100' && q.input === 1000 && q.output === 1000,
    );
    expect(p?.outputTokensPerSecond).toBe(4205);
    expect(perGpu(2, p as BenchmarkPoint)).toBeCloseTo(2.1025, 4);
    expect(relative(capacity(setup('llama-3.3-70b-h100'), 1000, 1000, 'batch').rps, 2.1025)).toBeLessThan(0.05);
  });

  it('silybench’s 2,529 output tokens a second at 2,048 / 2,048 (bf16, 32 users) is 1.23 requests a second × 2,048', () => {
    const p = SILYBENCH_PERF_POINTS.find(
      (r) => r.precision === 'bf16' && r.concurrency === 32 && r.inputLen === 2048 && r.outputLen === 2048,
    );
    expect(Math.round(p?.outputThroughput ?? 0)).toBe(fig.tput8bH10032Users.value);
    expect(
      relative(requestsPerSecondFromOutput(p?.outputThroughput ?? 0, 2048), p?.requestThroughput ?? 0),
    ).toBeLessThan(1e-3);
  });

  it('silybench’s capacity at its target (bf16, 2,048 / 2,048): 40 users, 1.37 requests a second', () => {
    const c = SILYBENCH_CAPACITY.find((r) => r.precision === 'bf16' && r.workload === 'balanced-2048-2048');
    expect(c?.maxUsersSlo).toBe(40);
    const rate = capacity(setup('qwen3-8b-h100-bf16'), 2048, 2048, 'interactive').rps;
    expect(relative(rate, 1.3744)).toBeLessThan(0.2);
  });
});

describe('capacity at each latency target', () => {
  const tokens = fc.integer({ min: 1, max: 100_000 });
  const anySetup = fc.constantFrom(...SERVING_SETUPS);

  it('no target serves more than maximum load, and every rate is finite and positive', () => {
    fc.assert(
      fc.property(anySetup, tokens, tokens, (s, i, o) => {
        const batch = capacity(s, i, o, 'batch').rps;
        const interactive = capacity(s, i, o, 'interactive').rps;
        const realtime = capacity(s, i, o, 'realtime').rps;
        return (
          [batch, interactive, realtime].every((r) => Number.isFinite(r) && r > 0) &&
          interactive <= batch &&
          realtime <= batch
        );
      }),
    );
  });

  it('a maximum-load source’s interactive rate is its fit times silybench’s share of peak: the measured share at silybench’s shapes, 0.6 to 1 at NVIDIA’s', () => {
    for (const r of SILYBENCH_CAPACITY_RATIOS.filter((x) => x.precision === 'fp8'))
      expect(relative(interactiveShare(r.atTarget.inputLen, r.atTarget.outputLen), r.ratioToPeak)).toBeLessThan(0.2);
    for (const p of TRTLLM_POINTS) {
      const share = interactiveShare(p.input, p.output);
      expect(share).toBeGreaterThan(0.6);
      expect(share).toBeLessThanOrEqual(1);
    }
    const s = setup('llama-3.3-70b-h100');
    expect(capacity(s, 800, 300, 'interactive').rps).toBeCloseTo(
      capacity(s, 800, 300, 'batch').rps * interactiveShare(800, 300),
      12,
    );
  });

  it('real time is met only where a measured load’s first token is within 50 ms at the prompt', () => {
    fc.assert(
      fc.property(anySetup, tokens, tokens, (s, i, o) => {
        const c = capacity(s, i, o, 'realtime');
        if (!s.loads) return !c.met && c.ttftMs === undefined;
        return c.met === (c.ttftMs !== undefined && c.ttftMs <= REALTIME_TTFT_MS);
      }),
    );
  });

  it.each([
    [800, true, 4],
    [1500, true, 1],
    [4000, false, 1],
  ] as const)('Qwen3-8B fp8 at a %i-token prompt: real time met %s, with %i in flight', (input, met, inFlight) => {
    const c = capacity(setup('qwen3-8b-h100-fp8'), input, 300, 'realtime');
    expect(c.met).toBe(met);
    expect(c.concurrency).toBe(inFlight);
  });

  it('one request at a time, a 1,536-token prompt lies between the measured 34.31 ms (1,024) and 61.34 ms (2,048)', () => {
    const knots = setup('qwen3-8b-h100-bf16').loads?.[0]?.ttft;
    if (!knots) throw new Error('no knots');
    expect(knots[0]).toEqual([128, 14.23]);
    const t = ttftAt(knots, 1536);
    expect(t).toBeGreaterThan(34.31);
    expect(t).toBeLessThan(61.34);
    expect(ttftAt(knots, 0)).toBe(14.23);
  });

  it('time to first token never falls as the prompt grows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SERVING_SETUPS.flatMap((s) => s.loads ?? [])), tokens, tokens, (l, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return ttftAt(l.ttft, lo) <= ttftAt(l.ttft, hi);
      }),
    );
  });

  it('knots are the measured rows, the slower where two share a prompt length', () => {
    const light = latencyLoads(def('qwen3-8b-h100-bf16'))[0];
    const knots = ttftKnots(light?.points ?? [])?.map(([x, ms]) => [x, Number(ms.toPrecision(4))]);
    expect(setup('qwen3-8b-h100-bf16').loads?.[0]?.ttft).toEqual(knots);
  });
});

describe('setups and the ids links carry', () => {
  it.each(SETUP_DEFS.map((d) => [d.id, d] as const))('%s: kebab-case id, a known source, a label', (id, d) => {
    expect(id).toMatch(/^[a-z0-9.]+(-[a-z0-9.]+)*$/);
    expect(SOURCES[setupSource(d).source]).toBeDefined();
    expect(SERVING_LABELS[d.id]).toContain(d.gpu);
  });

  it('old ids open the same model on the same GPU, at the target their load stood for', () => {
    expect(RENAMED_SETUPS).toEqual({
      '8b-interactive': 'qwen3-8b-h100-bf16',
      'qwen3-8b-h100-bf16-c1': 'qwen3-8b-h100-bf16',
      'qwen3-8b-h100-fp8-c32': 'qwen3-8b-h100-fp8',
      'qwen3-8b-h100-fp8-c128': 'qwen3-8b-h100-fp8',
      '8b-max': 'llama-3.1-8b-h100',
      '70b-max': 'llama-3.3-70b-h100',
    });
    expect(RENAMED_SETUP_TARGETS).toEqual({
      'qwen3-8b-h100-bf16-c1': 'realtime',
      'qwen3-8b-h100-fp8-c128': 'batch',
      '8b-max': 'batch',
      '70b-max': 'batch',
    });
    expect(def('llama-3.3-70b-h100').gpusPerReplica).toBe(2);
  });
});

describe('the figures of /sources/’ throughput group', () => {
  const trt = (model: string, input: number, output: number) =>
    TRTLLM_POINTS.find((p) => p.model === model && p.gpu === 'H100' && p.input === input && p.output === output)
      ?.outputTokensPerSecond;
  const sb = (concurrency: number, input: number) =>
    SILYBENCH_PERF_POINTS.find(
      (r) => r.precision === 'bf16' && r.concurrency === concurrency && r.inputLen === input && r.outputLen === input,
    );
  /** Each figure, its source's row, and the value that row gives. */
  const TIES: readonly (readonly [FigureValue, number | undefined])[] = [
    [fig.tput8bH10032Users, Math.round(sb(32, 2048)?.outputThroughput ?? Number.NaN)],
    [fig.tput8bH100Max, trt('Llama 3.1 8B', 1000, 1000)],
    // Per GPU of the 2×H100 replica, to three significant digits.
    [fig.tput70bH100PerGpu, Number(((trt('Llama 3.3 70B', 1000, 1000) ?? Number.NaN) / 2).toPrecision(3))],
    [fig.ttft8bH1001User, Math.round(sb(1, 2048)?.ttftP95Ms ?? Number.NaN)],
    [fig.ttft8bH1001UserShort, Math.round(sb(1, 128)?.ttftP95Ms ?? Number.NaN)],
  ];

  it.each(TIES.map(([f, value]) => [f.id, f, value] as const))('figure %s is its source’s row', (_, f, value) => {
    expect(value).toBe(f.value);
  });

  it('every figure of the throughput group is tied to a row', () => {
    const group = FIGURE_GROUPS.find((g) => g.id === 'throughput');
    expect(group?.figures.map((f) => f.id).sort()).toEqual(TIES.map(([f]) => f.id).sort());
  });
});
