import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as fig from '../../../src/rules/figures/data.ts';
import { FIGURE_GROUPS } from '../../../src/rules/figures/figures.ts';
import { SOURCES } from '../../../src/rules/figures/sources.ts';
import type { FigureValue } from '../../../src/rules/figures/types.ts';
import { type BenchmarkPoint, SERVING_POINTS } from '../../../src/rules/serving/data.ts';
import { fitCoefficients, measuredGpuSeconds, pointsOf, ttftKnots } from '../../../src/rules/serving/fit.ts';
import { SERVING_LABELS } from '../../../src/rules/serving/notes.ts';
import {
  gpuSecondsPerRequest,
  MEASURED_MAX,
  requestsPerSecondFromOutput,
  requestsPerSecondPerGpu,
  SERVING_SETUPS,
  type ServingSetup,
  type ServingSetupId,
  ttftP95Ms,
} from '../../../src/rules/serving/serving.ts';

const setup = (id: ServingSetupId): ServingSetup => {
  const found = SERVING_SETUPS.find((s) => s.id === id);
  if (!found) throw new Error(`no setup ${id}`);
  return found;
};

const relative = (actual: number, expected: number): number => Math.abs(actual / expected - 1);

/** Every published point of every setup, with the requests a second per GPU it implies and the model's. */
const rows = SERVING_SETUPS.flatMap((s) =>
  SERVING_POINTS[s.id].map((p) => ({
    id: s.id,
    source: s.source,
    precision: s.precision,
    concurrency: s.concurrency,
    input: p.input,
    output: p.output,
    measured: Number((1 / measuredGpuSeconds(s, p)).toPrecision(5)),
    model: requestsPerSecondPerGpu(s, p.input, p.output),
  })),
);

describe('the model against the benchmark, in its own units', () => {
  describe.each(rows.filter((r) => r.source === 'silybench'))(
    '$id ($precision, $concurrency in flight) at $input in / $output out',
    (r) => {
      it(`serves ${r.model.toPrecision(4)} requests a second per GPU, within 20% of the measured ${r.measured} (off by ${(100 * relative(r.model, r.measured)).toFixed(1)}%)`, () => {
        expect(relative(r.model, r.measured)).toBeLessThanOrEqual(0.2);
      });
    },
  );

  describe.each(rows.filter((r) => r.id === '8b-max'))('8b-max at $input in / $output out', (r) => {
    const point = SERVING_POINTS['8b-max'].find((p) => p.input === r.input && p.output === r.output);
    it(`serves ${r.model.toFixed(2)} requests a second, within 20% of ${point?.outputTokensPerSecond} output tokens a second ÷ ${r.output} = ${r.measured.toFixed(2)}`, () => {
      expect(point?.outputTokensPerSecond).toBeDefined();
      expect(relative(r.model, r.measured)).toBeLessThanOrEqual(0.2);
    });
  });

  it('70b-max reproduces its one point: 4,205 output tokens a second ÷ 2 GPUs ÷ 1,000 = 2.1025 requests a second per GPU', () => {
    const s = setup('70b-max');
    expect(relative(requestsPerSecondPerGpu(s, 1000, 1000), 4205 / 2 / 1000)).toBeLessThan(1e-3);
    expect(relative(1 / gpuSecondsPerRequest(fitCoefficients(s), 1000, 1000), 2.1025)).toBeLessThan(1e-9);
  });
});

describe('units', () => {
  const balanced = SERVING_POINTS['8b-interactive'].find((p) => p.input === 2048 && p.output === 2048);

  it("figures.md's 2,529 output tokens a second at 2,048 / 2,048 (bf16, 32 users) is 1.23 requests a second × 2,048", () => {
    expect(Math.round(balanced?.outputTokensPerSecond ?? 0)).toBe(2529);
    const converted = requestsPerSecondFromOutput(2529, 2048);
    expect(converted.toFixed(2)).toBe('1.23');
    expect(relative(converted, balanced?.requestsPerSecond ?? 0)).toBeLessThan(1e-3);
    expect(Math.round(1.2346 * 2048)).toBe(2528);
  });

  it.each(rows.filter((r) => r.source === 'silybench'))(
    '$id at $input / $output: output tokens a second ÷ output length gives the published requests a second',
    (r) => {
      const p = SERVING_POINTS[r.id].find((q) => q.input === r.input && q.output === r.output);
      expect(
        relative(requestsPerSecondFromOutput(p?.outputTokensPerSecond ?? 0, r.output), p?.requestsPerSecond ?? 0),
      ).toBeLessThan(1e-3);
    },
  );

  // figures.md §3, the 32-user rows as printed (requests/s · output tok/s · TTFT p95 ms); the rows typed from
  // the CSV must round to them.
  it.each([
    ['8b-interactive', 128, 128, 31.5, 4030, 81],
    ['8b-interactive', 1024, 128, 21.1, 2697, 266],
    ['8b-interactive', 128, 1024, 3.82, 3910, 86],
    ['8b-interactive', 2048, 2048, 1.23, 2529, 1390],
    ['8b-interactive', 8192, 512, 1.86, 951, 5600],
    ['qwen3-8b-h100-fp8-c32', 128, 128, 42.3, 5413, 85],
    ['qwen3-8b-h100-fp8-c32', 1024, 128, 26.9, 3444, 260],
    ['qwen3-8b-h100-fp8-c32', 128, 1024, 5.13, 5249, 82],
    ['qwen3-8b-h100-fp8-c32', 2048, 2048, 1.51, 3086, 1000],
    ['qwen3-8b-h100-fp8-c32', 8192, 512, 2.2, 1124, 4300],
  ] as const)(
    'figures.md: %s at %i / %i is %f requests/s, %i output tok/s, TTFT p95 %i ms',
    (id, input, output, rps, otps, ttft) => {
      const p = SERVING_POINTS[id].find((q) => q.input === input && q.output === output);
      expect(relative(p?.requestsPerSecond ?? 0, rps)).toBeLessThan(0.005);
      expect(Math.abs((p?.outputTokensPerSecond ?? 0) - otps)).toBeLessThanOrEqual(0.5);
      expect(relative(p?.ttftP95Ms ?? 0, ttft)).toBeLessThan(0.01);
    },
  );
});

describe('the constants are the fit of the rows', () => {
  it.each(SERVING_SETUPS.map((s) => [s.id, s] as const))(
    '%s: coefficients match the fit to 4 digits and are non-negative',
    (_, s) => {
      const fit = fitCoefficients(s);
      s.coefficients.forEach((c, k) => {
        expect(c).toBeGreaterThanOrEqual(0);
        expect(Math.abs(c - (fit[k] ?? 0))).toBeLessThanOrEqual(5e-4 * Math.abs(fit[k] ?? 0));
      });
    },
  );

  it.each(SERVING_SETUPS.map((s) => [s.id, s] as const))(
    '%s: TTFT knots are its rows, the slower of two at one prompt length',
    (_, s) => {
      expect('ttft' in s ? s.ttft : undefined).toEqual(ttftKnots(pointsOf(s)));
    },
  );

  it('a term that fits negative is dropped and the rest refitted, so no coefficient is negative', () => {
    // Answer length that makes requests faster would need a negative decode cost.
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
    const fit = fitCoefficients({ ...setup('8b-interactive'), id: 'synthetic' }, points);
    expect(fit.every((c) => c >= 0)).toBe(true);
    expect(fit.some((c) => c === 0)).toBe(true);
  });

  it('a setup that is not a preset has no points', () => {
    expect(pointsOf({ ...setup('8b-interactive'), id: 'synthetic' })).toEqual([]);
  });

  it('MEASURED_MAX is the longest prompt and answer any setup measures', () => {
    const all = Object.values(SERVING_POINTS).flat();
    expect(MEASURED_MAX).toEqual({
      input: Math.max(...all.map((p) => p.input)),
      output: Math.max(...all.map((p) => p.output)),
    });
  });
});

describe('presets', () => {
  it('keeps the public ids 8b-interactive, 8b-max and 70b-max with their meaning', () => {
    expect(setup('8b-interactive')).toMatchObject({
      model: 'Qwen3-8B',
      precision: 'bf16',
      concurrency: 32,
      source: 'silybench',
      upperBound: false,
    });
    expect(setup('8b-max')).toMatchObject({
      model: 'Llama 3.1 8B',
      precision: 'fp8',
      engine: 'TensorRT-LLM',
      upperBound: true,
    });
    expect(setup('70b-max')).toMatchObject({ model: 'Llama 3.3 70B', gpusPerReplica: 2, upperBound: true });
  });

  it.each(SERVING_SETUPS.map((s) => [s.id, s] as const))(
    '%s has a kebab-case id, a known source, a label and points',
    (id, s) => {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(SOURCES[s.source]).toBeDefined();
      expect(SERVING_LABELS[s.id].length).toBeGreaterThan(0);
      expect(SERVING_POINTS[s.id].length).toBeGreaterThan(0);
    },
  );

  it('ids are unique', () => {
    expect(new Set(SERVING_SETUPS.map((s) => s.id)).size).toBe(SERVING_SETUPS.length);
  });

  const interactive = requestsPerSecondPerGpu(setup('8b-interactive'), 800, 300);
  it(`the default request, 800 in / 300 out, on 8b-interactive gives ${interactive.toFixed(2)} requests a second, within 8–12`, () => {
    expect(interactive).toBeGreaterThanOrEqual(8);
    expect(interactive).toBeLessThanOrEqual(12);
  });

  it('at 800 / 300, the maximum-load bound exceeds every measured 8B setup, and more requests in flight serve more', () => {
    const at = (id: ServingSetupId) => requestsPerSecondPerGpu(setup(id), 800, 300);
    expect(at('8b-max')).toBeGreaterThan(at('qwen3-8b-h100-fp8-c128'));
    expect(at('qwen3-8b-h100-fp8-c128')).toBeGreaterThan(at('qwen3-8b-h100-fp8-c32'));
    expect(at('8b-interactive')).toBeGreaterThan(at('qwen3-8b-h100-bf16-c1'));
  });
});

describe('time to first token', () => {
  it.each([
    ['qwen3-8b-h100-bf16-c1', 128, 14.23],
    ['qwen3-8b-h100-bf16-c1', 2048, 61.34],
    ['8b-interactive', 2048, 1394.7],
    ['8b-interactive', 8192, 5619.4],
  ] as const)('%s at a %i-token prompt holds its measured %f ms', (id, input, ms) => {
    expect(ttftP95Ms(setup(id), input)).toBeCloseTo(ms, 6);
  });

  it('one request at a time, a 1,536-token prompt lies between the measured 34.31 ms (1,024) and 61.34 ms (2,048)', () => {
    const t = ttftP95Ms(setup('qwen3-8b-h100-bf16-c1'), 1536) ?? 0;
    expect(t).toBeGreaterThan(34.31);
    expect(t).toBeLessThan(61.34);
  });

  it('below the shortest prompt it holds the shortest measured value', () => {
    expect(ttftP95Ms(setup('qwen3-8b-h100-bf16-c1'), 0)).toBe(14.23);
  });

  it.each(['8b-max', '70b-max'] as const)('%s publishes none', (id) => {
    expect(ttftP95Ms(setup(id), 1000)).toBeUndefined();
  });
});

describe('properties', () => {
  const tokens = fc.integer({ min: 0, max: 1_000_000 });
  const anySetup = fc.constantFrom(...SERVING_SETUPS);

  it('an empty request, 0 in / 0 out, is the only shape with an infinite rate', () => {
    for (const s of SERVING_SETUPS) expect(requestsPerSecondPerGpu(s, 0, 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('the rate is finite and positive for every in-bounds shape', () => {
    fc.assert(
      fc.property(anySetup, tokens, tokens, (s, input, output) => {
        fc.pre(input + output > 0);
        const r = requestsPerSecondPerGpu(s, input, output);
        return Number.isFinite(r) && r > 0;
      }),
    );
  });

  it('the rate never rises when the input or the output grows', () => {
    fc.assert(
      fc.property(anySetup, tokens, tokens, tokens, (s, a, b, other) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return (
          requestsPerSecondPerGpu(s, hi, other) <= requestsPerSecondPerGpu(s, lo, other) &&
          requestsPerSecondPerGpu(s, other, hi) <= requestsPerSecondPerGpu(s, other, lo)
        );
      }),
    );
  });

  it('TTFT never falls as the input grows, and is finite and positive where published', () => {
    fc.assert(
      fc.property(anySetup, tokens, tokens, (s, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const tLo = ttftP95Ms(s, lo);
        const tHi = ttftP95Ms(s, hi);
        if (tLo === undefined || tHi === undefined) return tLo === tHi && s.upperBound;
        return tLo <= tHi && Number.isFinite(tHi) && tLo > 0;
      }),
    );
  });

  it('TTFT never falls across the measured prompt lengths, one token either side', () => {
    for (const s of SERVING_SETUPS) {
      for (const [x] of ('ttft' in s ? s.ttft : []) ?? []) {
        const [a, b, c] = [x - 1, x, x + 1].map((i) => ttftP95Ms(s, i) ?? 0);
        expect(a).toBeLessThanOrEqual(b ?? 0);
        expect(b).toBeLessThanOrEqual(c ?? 0);
      }
    }
  });
});

describe('the serving presets and the figures they rest on', () => {
  const point = (id: ServingSetupId, input: number, output: number): BenchmarkPoint => {
    const p = SERVING_POINTS[id].find((q) => q.input === input && q.output === output);
    if (!p) throw new Error(`no point ${id} ${input}/${output}`);
    return p;
  };
  const c1 = 'qwen3-8b-h100-bf16-c1';
  /** Each figure of /sources/' throughput group, the setup it quotes, and the value that setup's points give. */
  const TIES: readonly (readonly [FigureValue, ServingSetupId, number])[] = [
    [fig.tput8bH10032Users, '8b-interactive', point('8b-interactive', 2048, 2048).outputTokensPerSecond],
    [fig.tput8bH100Max, '8b-max', point('8b-max', 1000, 1000).outputTokensPerSecond],
    // Per GPU of the 2×H100 replica, to three significant digits.
    [
      fig.tput70bH100PerGpu,
      '70b-max',
      Number((point('70b-max', 1000, 1000).outputTokensPerSecond / setup('70b-max').gpusPerReplica).toPrecision(3)),
    ],
    // First-token latency to the whole millisecond.
    [fig.ttft8bH1001User, c1, Math.round(point(c1, 2048, 2048).ttftP95Ms ?? Number.NaN)],
    [fig.ttft8bH1001UserShort, c1, Math.round(point(c1, 128, 128).ttftP95Ms ?? Number.NaN)],
  ];

  it.each(TIES.map(([f, id, value]) => [f.id, id, f, value] as const))(
    'figure %s quotes %s: the same source, date and value',
    (_, id, f, value) => {
      expect(setup(id).source).toBe(f.source);
      expect(setup(id).asOf).toBe(f.asOf);
      expect(value).toBe(f.value);
    },
  );

  it('every figure of the throughput group is tied to a setup', () => {
    const group = FIGURE_GROUPS.find((g) => g.id === 'throughput');
    expect(group?.figures.map((f) => f.id).sort()).toEqual(TIES.map(([f]) => f.id).sort());
  });

  it.each(SERVING_SETUPS.map((s) => [s.id, s] as const))('%s cites the source and date of a figure', (_, s) => {
    expect(TIES.some(([f]) => f.source === s.source && f.asOf === s.asOf)).toBe(true);
  });
});
