import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  API_PRESETS,
  apiTokenBill,
  breakEven,
  CHART_VOLUMES,
  type CostInputs,
  capacity,
  checkField,
  costReport,
  DAYS_PER_MONTH,
  DEFAULT_PRESETS,
  decodeCostInputs,
  defaultGpu,
  defaultInputs,
  encodeCostInputs,
  FIELDS,
  type FieldSpec,
  fieldDefault,
  fieldSpec,
  figure,
  figurePoint,
  GPU_PRESETS,
  gpusNeeded,
  HOURS_PER_MONTH,
  LATENCY_TARGETS,
  MAX_REQUESTS_PER_DAY,
  modelCosts,
  monthlyCost,
  NUMBER_KEYS,
  type NumberKey,
  PATHS,
  type PathId,
  PRESET_KEYS,
  parseField,
  requestsInMonth,
  requestsPerGpuDay,
  SCENARIOS,
  type Scenario,
  THROUGHPUT_PRESETS,
  TUNE_PRESETS,
  withPreset,
  withValue,
} from '../../../src/rules/index.ts';
import { inputs, ONE_GPU } from './inputs.ts';

/** Every field with its key, in form order. */
const NUMBER_FIELDS = NUMBER_KEYS.map((key) => ({ key, ...fieldSpec(key) }));

/** No monitoring and no compliance, so a hand-computed case only carries what it is about. */
const NO_HIDDEN = { monitoring: 0, complianceLow: 0, complianceHigh: 0, evalFte: 0 } as const;
/** Self-hosting with no people, no fine-tune and no hardware: only GPUs cost money. */
const GPUS_ONLY = { ...ONE_GPU, ...NO_HIDDEN, fte: 0, ftLow: 0, ftHigh: 0, hardware: 0 } as const;
/** One request a day of 1M input tokens at $1 per 1M: the usage bill is 365/12 dollars a month. */
/** GPT-5 mini's prices at the example request, with no reasoning and $79 of monitoring: $565.67 a month. */
const GPT_5_MINI_PLAIN = {
  requests: 20_000,
  input: 800,
  output: 300,
  priceIn: 0.25,
  priceOut: 2,
  reasoning: 0,
  ...NO_HIDDEN,
  monitoring: 79,
} as const;
// A model typed by hand: no long-context tier moves a million-token request to other rates.
const ONE_DOLLAR_A_DAY = {
  model: 'custom',
  requests: 1,
  input: 1_000_000,
  output: 0,
  priceIn: 1,
  priceOut: 0,
} as const;

/** |actual − expected| within a relative tolerance (and an absolute one for results near zero). */
function expectRelClose(actual: number, expected: number, rel = 1e-9) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    rel * Math.max(Math.abs(actual), Math.abs(expected)) + 1e-300,
  );
}

const cheaper = (i: CostInputs, r: number) => monthlyCost('selfhost', i, r) < monthlyCost('api', i, r);

/**
 * Whether self-hosting is cheaper anywhere below `r`. Self-hosting costs the same over each GPU
 * count's range of volumes while the API bill grows, so checking the top whole volume of every
 * range below `r` (and `r − 1`) covers every volume below `r`.
 */
function cheaperAnywhereBelow(i: CostInputs, r: number): boolean {
  const k = requestsPerGpuDay(i);
  if (r >= 1 && cheaper(i, r - 1)) return true;
  for (let n = i.minGpus; n * k < r - 1; n++) if (cheaper(i, Math.floor(n * k))) return true;
  return false;
}

describe('default inputs', () => {
  it.each(NUMBER_FIELDS.map((f) => [f.key, f] as const))('%s defaults to a value within its bounds', (key, f) => {
    const v = defaultInputs()[key];
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeGreaterThanOrEqual(f.min);
    expect(v).toBeLessThanOrEqual(f.max);
    if (f.integer) expect(Number.isInteger(v)).toBe(true);
  });

  it.each(
    NUMBER_FIELDS.flatMap((f) =>
      f.origin.kind === 'figure' ? [[f.key, f.origin.figure.id, f.origin.part ?? 'mid', f.origin.figure] as const] : [],
    ),
  )('%s defaults to figure %s (%s)', (key, _id, part, figure) => {
    expect(defaultInputs()[key]).toBe(figurePoint(figure, part));
  });

  it('the loaded-cost factor is what employers pay over what a salary covers: $45.65 / ($32.07 + $3.44) = 1.29 (BLS, private industry, June 2025)', () => {
    // The figure is derived from the release's own numbers: its total and paid leave per hour worked, and
    // wages at its 70.2% share of the total.
    const total = figurePoint(figure('compensation-per-hour'));
    const leave = figurePoint(figure('paid-leave-per-hour'));
    const wages = (figurePoint(figure('wages-share')) / 100) * total;
    expect(Math.round((total / (wages + leave)) * 100) / 100).toBe(figurePoint(figure('loaded-cost-factor')));
    expect(Math.round((45.65 / (32.07 + 3.44)) * 100) / 100).toBe(1.29);
    expect(defaultInputs().loaded).toBe(1.29);
  });

  it.each([
    ['priceIn', 'model', API_PRESETS.map((p) => [p.id, p.priceIn] as const)],
    ['priceOut', 'model', API_PRESETS.map((p) => [p.id, p.priceOut] as const)],
    ['gpuHour', 'gpu', GPU_PRESETS.map((p) => [p.id, p.hourly] as const)],
    [
      'rps',
      'tput',
      THROUGHPUT_PRESETS.map((p) => [p.id, Number(capacity(p, 800, 300, 'interactive').rps.toPrecision(4))] as const),
    ],
  ] as const)('%s follows the %s preset, and every preset is within the field’s bounds', (key, preset, table) => {
    const f = FIELDS[key];
    for (const [id, value] of table) {
      const d = fieldDefault(key, { ...DEFAULT_PRESETS, [preset]: id });
      expect(d).toBe(value);
      expect(d).toBeGreaterThanOrEqual(f.min);
      expect(d).toBeLessThanOrEqual(f.max);
    }
  });

  it('uses the default model, GPU and throughput presets', () => {
    const d = defaultInputs();
    expect({ model: d.model, gpu: d.gpu, tput: d.tput, slo: d.slo, tune: d.tune }).toEqual(DEFAULT_PRESETS);
  });
});

interface HandCase {
  readonly path: PathId;
  readonly why: string;
  readonly over: Partial<CostInputs>;
  readonly scenario: Scenario;
  readonly expected: number;
}

describe('monthly cost, computed by hand', () => {
  /** The self-hosting cases: 2 GPUs (20,000 × 1,100 tokens is far below one GPU's 119,185-request day, minimum 2). */
  const selfhostBase = {
    ...ONE_GPU,
    requests: 20_000,
    input: 800,
    output: 300,
    rps: 2_529 / 1_100,
    peak: 1,
    util: 60,
    minGpus: 2,
    gpuHour: 3.49,
    fte: 0.5,
    salary: 120_000,
    loaded: 1,
    evalFte: 0,
    horizon: 12,
    ftLow: 1_200,
    ftHigh: 6_000,
    hardware: 36_000,
    hardwareLife: 36,
    monitoring: 79,
    complianceLow: 1_200,
    complianceHigh: 2_400,
    scratchFte: 4,
    trainLow: 3_600_000,
    trainHigh: 7_200_000,
    trainMonths: 36,
  } as const;

  const cases: HandCase[] = [
    {
      path: 'api',
      scenario: 'expected',
      why: '20,000 req × 365/12 days × (800 × $0.25 + 300 × $2) / 1M = 486.67, + monitoring 79 = 565.67',
      over: GPT_5_MINI_PLAIN,
      expected: 565.6667,
    },
    {
      path: 'api',
      scenario: 'expected',
      why: 'the assumed reasoning, twice the 300 output tokens: 20,000 × 365/12 × (800 × $0.25 + 900 × $2) / 1M = 1,216.67, + 79 = 1,295.67',
      over: { requests: 20_000, input: 800, output: 300, priceIn: 0.25, priceOut: 2, ...NO_HIDDEN, monitoring: 79 },
      expected: 1_295.6667,
    },
    {
      path: 'api',
      scenario: 'expected',
      why: '1 req × 365/12 days × 1,000,000 tokens × $1 / 1M = 365/12 = 30.42',
      over: { ...ONE_DOLLAR_A_DAY, ...NO_HIDDEN },
      expected: 365 / 12,
    },
    {
      path: 'api',
      scenario: 'expected',
      why: 'output tokens at the output price: 1 req × 365/12 × 1,000,000 × $3 / 1M = 91.25',
      over: { ...ONE_DOLLAR_A_DAY, input: 0, output: 1_000_000, priceOut: 3, reasoning: 0, ...NO_HIDDEN },
      expected: 91.25,
    },
    ...(
      [
        ['low', 100],
        ['expected', 150],
        ['high', 200],
      ] as const
    ).map(
      ([scenario, compliance]): HandCase => ({
        path: 'api',
        scenario,
        why: `compliance $1,200–$2,400 a year, ${scenario}: 30.42 + ${compliance} a month + monitoring 10`,
        over: { ...ONE_DOLLAR_A_DAY, monitoring: 10, complianceLow: 1_200, complianceHigh: 2_400, evalFte: 0 },
        expected: 365 / 12 + compliance + 10,
      }),
    ),
    {
      path: 'api',
      scenario: 'low',
      why: 'compliance ends typed the wrong way round ($2,400 low, $1,200 high) still give low = 1,200 / 12 = 100',
      over: { ...ONE_DOLLAR_A_DAY, ...NO_HIDDEN, complianceLow: 2_400, complianceHigh: 1_200 },
      expected: 365 / 12 + 100,
    },
    {
      path: 'api',
      scenario: 'expected',
      why: 'air-gap hardware is not an API cost: 30.42 with $36,000 of hardware',
      over: { ...ONE_DOLLAR_A_DAY, ...NO_HIDDEN, hardware: 36_000 },
      expected: 365 / 12,
    },
    {
      path: 'rag',
      scenario: 'expected',
      why: '20,000 × 365/12 × ((800 + 2,000) × $0.25 + 300 × $2) / 1M = 790.83; query embeddings 20,000 × 365/12 × 800 × $0.02 / 1M = 9.73; corpus 10M × 1 × $0.02 / 1M = 0.20; store 50; monitoring 79 → 929.77',
      over: {
        requests: 20_000,
        input: 800,
        output: 300,
        reasoning: 0,
        priceIn: 0.25,
        priceOut: 2,
        context: 2_000,
        embedPrice: 0.02,
        corpus: 10_000_000,
        refreshes: 1,
        vectorStore: 50,
        ...NO_HIDDEN,
        monitoring: 79,
      },
      expected: 929.7667,
    },
    {
      path: 'rag',
      scenario: 'expected',
      why: '1 req × 365/12 × (1M + 1M context) × $1 / 1M = 60.83; query embeddings 365/12 × 1M × $1 / 1M = 30.42; corpus 2M × 3 refreshes × $1 / 1M = 6; store 10 → 107.25',
      over: {
        ...ONE_DOLLAR_A_DAY,
        ...NO_HIDDEN,
        context: 1_000_000,
        embedPrice: 1,
        corpus: 2_000_000,
        refreshes: 3,
        vectorStore: 10,
      },
      expected: 107.25,
    },
    {
      path: 'selfhost',
      scenario: 'expected',
      why: 'expected: 2 GPUs × $3.49 × 730 h = 5,095.40; 0.5 × $120,000 / 12 = 5,000; ($1,200 + $6,000) / 2 / 12 = 300; $36,000 / 36 = 1,000; monitoring 79; compliance 1,800 / 12 = 150 → 11,624.40',
      over: selfhostBase,
      expected: 11_624.4,
    },
    {
      path: 'selfhost',
      scenario: 'low',
      why: 'low: 5,095.40 + 5,000 + $1,200 / 12 = 100 + 1,000 + 79 + $1,200 / 12 = 100 → 11,374.40',
      over: selfhostBase,
      expected: 11_374.4,
    },
    {
      path: 'selfhost',
      scenario: 'high',
      why: 'high: 5,095.40 + 5,000 + $6,000 / 12 = 500 + 1,000 + 79 + $2,400 / 12 = 200 → 11,874.40',
      over: selfhostBase,
      expected: 11_874.4,
    },
    {
      path: 'selfhost',
      scenario: 'expected',
      why: '1M req × 1,000 tokens / 86,400 s / (1,000 tok/s × 50%) = 23.1 → 24 GPUs × $2 × 730 h = 35,040',
      over: {
        ...GPUS_ONLY,
        requests: 1_000_000,
        input: 500,
        output: 500,
        rps: 1,
        peak: 1,
        util: 50,
        minGpus: 1,
        gpuHour: 2,
      },
      expected: 35_040,
    },
    {
      path: 'scratch',
      scenario: 'expected',
      why: 'expected: 5,095.40 GPUs + 4 × $120,000 / 12 = 40,000 + ($3.6M + $7.2M) / 2 / 36 = 150,000 + 1,000 hardware + 79 + 150 → 196,324.40 (no fine-tune, no self-host team)',
      over: selfhostBase,
      expected: 196_324.4,
    },
    {
      path: 'scratch',
      scenario: 'low',
      why: 'low: 5,095.40 + 40,000 + $3.6M / 36 = 100,000 + 1,000 + 79 + 100 → 146,274.40',
      over: selfhostBase,
      expected: 146_274.4,
    },
    {
      path: 'scratch',
      scenario: 'high',
      why: 'high: 5,095.40 + 40,000 + $7.2M / 36 = 200,000 + 1,000 + 79 + 200 → 246,374.40',
      over: selfhostBase,
      expected: 246_374.4,
    },
  ];

  it.each(cases)('$path ($scenario): $why', ({ path, over, scenario, expected }) => {
    const i = inputs(over);
    expect(monthlyCost(path, i, i.requests, scenario)).toBeCloseTo(expected, 3);
    expect(costReport(i).paths[path].monthlyNow[scenario]).toBeCloseTo(expected, 3);
  });

  it('HOURS_PER_MONTH is 24 × 365 / 12 = 730 and DAYS_PER_MONTH is 365 / 12', () => {
    expect(HOURS_PER_MONTH).toBeCloseTo(730, 9);
    expect(DAYS_PER_MONTH).toBe(365 / 12);
  });
});

describe('GPUs needed', () => {
  it.each([
    ['20,000 req × 1,100 tokens ≪ 2,529 × 60% × 86,400 per GPU: the minimum, 2', {}, 20_000, 2],
    [
      '1M req × 1,000 tokens / (1,000 × 50% × 86,400 = 43.2M) = 23.1 → 24',
      { input: 500, output: 500, rps: 1, peak: 1, util: 50, minGpus: 1 },
      1_000_000,
      24,
    ],
    [
      'exactly one GPU’s day: 1,000 tok/s × 100% × 86,400 / 864 tokens = 100,000 requests → 1',
      { input: 864, output: 0, rps: 1_000 / 864, peak: 1, util: 100, minGpus: 1 },
      100_000,
      1,
    ],
    [
      'one request over one GPU’s day: 100,001 → 2',
      { input: 864, output: 0, rps: 1_000 / 864, peak: 1, util: 100, minGpus: 1 },
      100_001,
      2,
    ],
    ['requests with no tokens need no GPUs beyond the minimum, 3', { input: 0, output: 0, minGpus: 3 }, 1e9, 3],
  ] as const)('%s', (_why, over, requests, gpus) => {
    expect(gpusNeeded(inputs({ ...ONE_GPU, ...over }), requests)).toBe(gpus);
  });

  it.each([
    ['a 2-GPU replica at the minimum: two replicas, one serving and one spare, 4', { gpusPerReplica: 2 }, 20_000, 4],
    ['minGpus 3 on 2-GPU replicas rounds up to two whole replicas, 4', { gpusPerReplica: 2, minGpus: 3 }, 1, 4],
    [
      '3 GPUs’ worth of load on 2-GPU replicas: 1M / (1 × 50% × 86,400 × 2 = 86,400 a replica) = 11.6 → 12 replicas, 24',
      { input: 500, output: 500, rps: 1, peak: 1, util: 50, minGpus: 1, gpusPerReplica: 2 },
      1_000_000,
      24,
    ],
    [
      'one request over one 8-GPU replica’s day adds a whole replica: 16',
      { input: 864, output: 0, rps: 1_000 / 864, peak: 1, util: 100, minGpus: 1, gpusPerReplica: 8 },
      800_001,
      16,
    ],
  ] as const)('whole replicas: %s', (_why, over, requests, gpus) => {
    expect(gpusNeeded(inputs(over), requests)).toBe(gpus);
  });

  it('the 70B preset runs 2-GPU replicas, and its minimum follows: two replicas, 4 GPUs, until one is typed', () => {
    const i = inputs({ tput: 'llama-3.3-70b-h100' });
    expect([i.gpusPerReplica, i.minGpus]).toEqual([2, 4]);
    expect(gpusNeeded(i, 400_000) % 2).toBe(0);
    const typed = withValue(i, 'minGpus', 6);
    expect(withPreset(typed, 'tput', 'llama-3.1-8b-h100').minGpus).toBe(6);
    expect(withPreset(i, 'tput', 'llama-3.1-8b-h100').minGpus).toBe(2);
  });

  it('costReport reports the GPUs needed at today’s volume', () => {
    const i = inputs({ input: 500, output: 500, rps: 1, peak: 1, util: 50, minGpus: 1, requests: 1_000_000 });
    expect(costReport(i).gpus).toBe(24);
  });
});

describe('growth over the horizon', () => {
  it.each([
    ['month 1 is now: 20,000', { requests: 20_000, growth: 10 }, 1, 20_000],
    ['10% a month, month 3: 20,000 × 1.1² = 24,200', { requests: 20_000, growth: 10 }, 3, 24_200],
    ['−50% a month, month 3: 20,000 × 0.5² = 5,000', { requests: 20_000, growth: -50 }, 3, 5_000],
    ['flat: month 12 is 20,000', { requests: 20_000, growth: 0 }, 12, 20_000],
  ] as const)('requestsInMonth: %s', (_why, over, month, expected) => {
    expect(requestsInMonth(inputs(over), month)).toBeCloseTo(expected, 6);
  });

  it('flat traffic: the total over 12 months is 12 × the monthly cost on every path', () => {
    const report = costReport(inputs({ growth: 0, horizon: 12 }));
    for (const p of PATHS)
      for (const s of SCENARIOS) {
        const r = report.paths[p];
        expect(r.monthlyAtHorizon[s]).toBeCloseTo(r.monthlyNow[s], 6);
        expectRelClose(r.totalOverHorizon[s], 12 * r.monthlyNow[s]);
      }
  });

  it('10% growth over 3 months: now 30.42, at horizon 30.42 × 1.21 = 36.80, total 30.42 × (1 + 1.1 + 1.21) = 100.68', () => {
    const r = costReport(inputs({ ...ONE_DOLLAR_A_DAY, ...NO_HIDDEN, growth: 10, horizon: 3 })).paths.api;
    expect(r.monthlyNow.expected).toBeCloseTo(365 / 12, 9);
    expect(r.monthlyAtHorizon.expected).toBeCloseTo((365 / 12) * 1.21, 9);
    expect(r.totalOverHorizon.expected).toBeCloseTo((365 / 12) * 3.31, 9);
  });

  it('a one-month horizon: the horizon month is this month, whatever the growth', () => {
    const r = costReport(inputs({ growth: 100, horizon: 1 })).paths.rag;
    expect(r.monthlyAtHorizon).toEqual(r.monthlyNow);
    expect(r.totalOverHorizon).toEqual(r.monthlyNow);
  });
});

describe('cost per 1,000 requests', () => {
  it.each([
    ['1 req a day at $365/12 a month: 30.42 / 30.42 × 1,000 = $1,000', { ...ONE_DOLLAR_A_DAY, ...NO_HIDDEN }, 1_000],
    ['defaults-like API: 565.67 / (20,000 × 365/12) × 1,000 = $0.9299', GPT_5_MINI_PLAIN, 0.929863],
  ] as const)('%s', (_why, over, expected) => {
    expect(costReport(inputs(over)).paths.api.per1kRequests.expected).toBeCloseTo(expected, 5);
  });

  it('is monthlyNow / (requests × 365/12) × 1,000 on every path and scenario', () => {
    const i = inputs();
    const report = costReport(i);
    for (const p of PATHS)
      for (const s of SCENARIOS) {
        const r = report.paths[p];
        expectRelClose(r.per1kRequests[s], (r.monthlyNow[s] / (i.requests * DAYS_PER_MONTH)) * 1000);
      }
  });
});

describe('break-even volume', () => {
  /** One GPU costs exactly $730 a month, serves any volume, and nothing else costs anything. */
  const oneGpu = {
    ...GPUS_ONLY,
    minGpus: 1,
    rps: 1e5,
    peak: 1,
    util: 100,
    gpuHour: 1,
    input: 1_000,
    output: 0,
    priceIn: 1,
    priceOut: 0,
  } as const;

  it('the defaults: self-hosting is cheaper at the break-even volume and at no volume below it', () => {
    const i = defaultInputs();
    const be = breakEven(i);
    expect(be).not.toBeNull();
    if (be === null) return;
    expect(Number.isInteger(be)).toBe(true);
    expect(cheaper(i, be)).toBe(true);
    expect(cheaper(i, be - 1)).toBe(false);
    expect(cheaperAnywhereBelow(i, be)).toBe(false);
    expect(costReport(i).breakEven).toBe(be);
  });

  it.each([
    [
      '1 GPU at $1 × 730 h = $730 against a = 365/12 × 1,000 × $1 / 1M = $0.030417 per req/day: 730 / a = 24,000 exactly, a tie, so 24,001',
      oneGpu,
      24_001,
    ],
    ['input at $7: a = 365/12 × 7,000 / 1M = $0.212917; 730 / a = 3,428.6 → 3,429', { ...oneGpu, priceIn: 7 }, 3_429],
    ['2 minimum GPUs, $7: 1,460 / 0.212917 = 6,857.1 → 6,858', { ...oneGpu, priceIn: 7, minGpus: 2 }, 6_858],
    [
      'more GPUs than the minimum: each serves 10 × 86,400 / 864 = 1,000 req; a = 365/12 × 864 × $30 / 1M = $0.7884; $1,000 a month of people; 17 GPUs need > (1,000 + 17 × 730) / a = 17,009 > 17,000 req they serve; 18 GPUs: 14,140 / 0.7884 = 17,935.06 → 17,936',
      {
        ...oneGpu,
        rps: 10 / 864,
        input: 864,
        priceIn: 30,
        fte: 1,
        salary: 12_000,
        loaded: 1,
      },
      17_936,
    ],
  ] as const)('%s', (_why, over, expected) => {
    const i = inputs(over);
    const be = breakEven(i);
    expect(be).toBe(expected);
    expect(cheaper(i, expected)).toBe(true);
    expect(cheaperAnywhereBelow(i, expected)).toBe(false);
  });

  it.each([
    ['the API is free (both prices 0)', { priceIn: 0, priceOut: 0 }],
    ['requests carry no tokens', { input: 0, output: 0 }],
    ['a GPU costs $1,000 an hour and serves 1 token a second', { gpuHour: 1000, rps: 1 / 1_100 }],
    [
      'self-hosting would only win above 1e9 requests a day (730 / (365/12 × 1 × $0.001 / 1M) = 2.4e10)',
      { ...oneGpu, input: 1, priceIn: 0.001 },
    ],
  ] as const)('is null when %s', (_why, over) => {
    expect(breakEven(inputs(over))).toBeNull();
  });

  // C = 3 GPUs × $0.01 × 730 = $21.90; a = 365/12 × 1,200 × $0.03 / 1M = $0.001095; C / a = 20,000 exactly,
  // a tie where neither is cheaper, so the first cheaper volume is 20,001.
  it('at an exact tie, returns the first volume past the tie, not the tie (3 GPUs at $0.01, 1,200 tokens at $0.03)', () => {
    const i = inputs({ ...oneGpu, minGpus: 3, gpuHour: 0.01, input: 1_200, priceIn: 0.03 });
    expect(breakEven(i)).toBe(20_001);
  });

  // 7 GPUs × $0.01 × 730 against 365/12 × 100 × $0.03 / 1M per request: the tie sits at 560,000, where
  // floating point puts the API a hair above self-hosting; the answer must agree with monthlyCost.
  it('is consistent with monthlyCost one request below it (7 GPUs at $0.01, 100 tokens at $0.03)', () => {
    const i = inputs({ ...oneGpu, minGpus: 7, gpuHour: 0.01, input: 100, priceIn: 0.03, monitoring: 79 });
    const be = breakEven(i);
    expect(be).not.toBeNull();
    expect(cheaper(i, (be ?? 0) - 1)).toBe(false);
  });

  // k = 1 tok/s × 1% × 86,400 / 2M tokens = 0.000432 requests a day per GPU: one request needs 2,315 GPUs
  // (2,315 × $0.01 × 730 + 79 = $16,978.50) against the API's 365/12 × 2M × $1,000 / 1M + 79 = $60,912.33.
  it('finds the break-even when one GPU serves less than a request a day (2M-token requests at 1 tok/s)', () => {
    const i = inputs({
      ...GPUS_ONLY,
      minGpus: 1,
      input: 1_000_000,
      output: 1_000_000,
      rps: 1 / 2_000_000,
      peak: 1,
      util: 1,
      priceIn: 1_000,
      priceOut: 1_000,
      gpuHour: 0.01,
    });
    expect(cheaper(i, 1)).toBe(true);
    expect(breakEven(i)).toBe(1);
  });
});

describe('parseField', () => {
  it.each([
    ['requests', '20,000', 20_000],
    ['requests', ' 1e3 ', 1_000],
    ['requests', '1 000', 1_000],
    ['requests', '1_000', 1_000],
    ['priceIn', '.5', 0.5],
    ['priceIn', '+2.5', 2.5],
    ['growth', '-50', -50],
    ['corpus', '10000000000000', 1e13],
  ] as const)('%s accepts %j as %d', (key, raw, value) => {
    expect(parseField(key, raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['priceIn', 'abc', 'Enter a number, like 1200 or 0.5.'],
    ['priceIn', '', 'Enter a number.'],
    ['priceIn', '   ', 'Enter a number.'],
    ['input', '-5', 'Enter at least 0.'],
    ['requests', '0', 'Enter at least 1.'],
    ['priceIn', '1e309', 'Enter at most 1,000.'],
    ['requests', '12345678901234567890', 'Enter at most 1,000,000,000.'],
    ['requests', '1.5', 'Enter a whole number.'],
    ['priceIn', 'NaN', 'Enter a number, like 1200 or 0.5.'],
    ['priceIn', 'Infinity', 'Enter a number, like 1200 or 0.5.'],
    ['priceIn', '0x10', 'Enter a number, like 1200 or 0.5.'],
    ['priceIn', '$5', 'Enter a number, like 1200 or 0.5.'],
  ] as const)('%s rejects %j with “%s”', (key, raw, message) => {
    expect(parseField(key, raw)).toEqual({ ok: false, message });
  });

  // −1e309 overflows to −Infinity: below the minimum, not above the maximum.
  it('rejects -1e309 (−Infinity) with the lower-bound message', () => {
    expect(parseField('input', '-1e309')).toEqual({ ok: false, message: 'Enter at least 0.' });
  });

  it.each(
    NUMBER_FIELDS.flatMap((f) =>
      ['abc', '', '-1e12', '1e309', '1e12', '0.5', 'NaN'].map((raw) => [f.key, raw] as const),
    ),
  )('%s gives a plain sentence for %j when rejecting it', (key, raw) => {
    const r = parseField(key, raw);
    if (r.ok) return;
    expect(r.message).toMatch(/^[A-Z][^<>{}]*\.$/);
    expect(r.message).not.toMatch(/NaN|undefined|Infinity|Invalid|expected|received|too_/);
  });
});

describe('checkField', () => {
  it.each([
    ['requests', 1, { ok: true, value: 1 }],
    ['requests', 1e9, { ok: true, value: 1e9 }],
    ['requests', 0, { ok: false, message: 'Enter at least 1.' }],
    ['requests', 1e9 + 1, { ok: false, message: 'Enter at most 1,000,000,000.' }],
    ['requests', 2.5, { ok: false, message: 'Enter a whole number.' }],
    ['growth', -50.5, { ok: false, message: 'Enter at least -50.' }],
    ['gpuHour', -0.01, { ok: false, message: 'Enter at least 0.' }],
    ['priceIn', Number.NaN, { ok: false, message: 'Enter a number.' }],
    ['priceIn', Number.POSITIVE_INFINITY, { ok: false, message: 'Enter a number.' }],
  ] as const)('%s with %d gives %o', (key, n, expected) => {
    expect(checkField(key, n)).toEqual(expected);
  });
});

describe('the cost URL codec', () => {
  it('decodes an empty query to the defaults, with nothing rejected', () => {
    expect(decodeCostInputs('')).toEqual({ value: defaultInputs(), rejected: [] });
    expect(decodeCostInputs('?utm_source=chat')).toEqual({ value: defaultInputs(), rejected: [] });
  });

  it.each([
    ['model=gpt-4o', { model: 'gpt-4o', priceIn: 2.5, priceOut: 10, priceCached: 1.25 }],
    ['model=gpt-4o&priceIn=1', { model: 'gpt-4o', priceIn: 1, priceOut: 10, priceCached: 1.25 }],
    ['gpu=h100-aws', { gpu: 'h100-aws', gpuHour: 6.88 }],
    ['tput=8b-max', { tput: 'llama-3.1-8b-h100', slo: 'batch' }],
    ['tput=8b-max&slo=interactive', { tput: 'llama-3.1-8b-h100' }],
    ['model=custom', { model: 'custom', priceIn: 0.2, priceOut: 1.2 }],
    ['requests=50%2C000&input=500', { requests: 50_000, input: 500 }],
    ['?growth=-12.5&horizon=24', { growth: -12.5, horizon: 24 }],
  ] as const)('decodes %s', (query, expected) => {
    expect(decodeCostInputs(query)).toEqual({ value: inputs(expected), rejected: [] });
  });

  it.each([
    ['requests', '-5', 'Enter at least 1.'],
    ['input', '-5', 'Enter at least 0.'],
    ['priceIn', 'abc', 'Enter a number, like 1200 or 0.5.'],
    ['priceIn', '1e309', 'Enter at most 1,000.'],
    ['requests', '', 'Enter a number.'],
    ['requests', '12345678901234567890', 'Enter at most 1,000,000,000.'],
    ['requests', '1.5', 'Enter a whole number.'],
    ['model', 'nope', 'Not a known preset.'],
    ['gpu', 'H100-AWS', 'Not a known preset.'],
  ] as const)('falls back to the default for %s=%j and reports “%s”', (name, value, message) => {
    const d = decodeCostInputs(new URLSearchParams([[name, value]]));
    expect(d.value).toEqual(defaultInputs());
    expect(d.rejected).toEqual([{ name, value, message }]);
  });

  it('keeps the good values beside a bad one', () => {
    const d = decodeCostInputs('requests=abc&input=500&model=nope&priceOut=3');
    expect(d.value).toEqual(inputs({ input: 500, priceOut: 3 }));
    expect(d.rejected.map((r) => r.name).sort()).toEqual(['model', 'requests']);
  });

  it.each([
    ['the defaults as an empty string', {}, ''],
    ['only what differs from its default', { requests: 50_000, growth: -5 }, 'requests=50000&growth=-5'],
    [
      'a preset without the prices it implies',
      { model: 'gpt-4o', priceIn: 2.5, priceOut: 10, priceCached: 1.25 },
      'model=gpt-4o',
    ],
    [
      'prices that differ from the chosen preset’s',
      { model: 'gpt-4o', priceIn: 0.25, priceOut: 2, priceCached: 1.25 },
      'model=gpt-4o&priceIn=0.25&priceOut=2',
    ],
  ] as const)('encodes %s', (_why, over, query) => {
    expect(encodeCostInputs(inputs(over))).toBe(query);
  });
});

/** Log-uniform over [max(min, 1e-3), max] so that both small and large magnitudes appear. */
function logUniform(f: FieldSpec): fc.Arbitrary<number> {
  const lo = Math.log10(Math.max(f.min, 1e-3));
  const hi = Math.log10(f.max);
  return fc.double({ min: lo, max: hi, noNaN: true }).map((e) => 10 ** e);
}

/** A valid value of one field: its bounds, uniform over its range, or log-uniform; whole if it must be. */
function fieldArb(f: FieldSpec): fc.Arbitrary<number> {
  const parts = [fc.constantFrom(f.min, f.max), fc.double({ min: f.min, max: f.max, noNaN: true })];
  if (f.min >= 0) parts.push(logUniform(f));
  return fc.oneof(...parts).map((v) => {
    const x = Math.min(f.max, Math.max(f.min, f.integer ? Math.round(v) : v));
    return x + 0; // −0 reads back as 0
  });
}

const numberArbs = Object.fromEntries(NUMBER_FIELDS.map((f) => [f.key, fieldArb(f)])) as Record<
  NumberKey,
  fc.Arbitrary<number>
>;

const inputsArb: fc.Arbitrary<CostInputs> = fc.record({
  ...numberArbs,
  model: fc.constantFrom<CostInputs['model']>(...API_PRESETS.map((p) => p.id), 'custom'),
  gpu: fc.constantFrom<CostInputs['gpu']>(...GPU_PRESETS.map((p) => p.id), 'custom'),
  tput: fc.constantFrom<CostInputs['tput']>(...THROUGHPUT_PRESETS.map((p) => p.id), 'custom'),
  slo: fc.constantFrom<CostInputs['slo']>(...LATENCY_TARGETS.map((p) => p.id)),
  tune: fc.constantFrom<CostInputs['tune']>(...TUNE_PRESETS.map((p) => p.id), 'custom'),
});

describe('cost properties', () => {
  it('every valid input gives finite, non-negative results, with low ≤ expected ≤ high', () => {
    fc.assert(
      fc.property(inputsArb, (i) => {
        const report = costReport(i);
        for (const p of PATHS) {
          const r = report.paths[p];
          for (const spread of [r.monthlyNow, r.monthlyAtHorizon, r.totalOverHorizon, r.per1kRequests]) {
            for (const s of SCENARIOS) {
              expect(Number.isFinite(spread[s])).toBe(true);
              expect(spread[s]).toBeGreaterThanOrEqual(0);
            }
            expect(spread.low).toBeLessThanOrEqual(spread.expected);
            expect(spread.expected).toBeLessThanOrEqual(spread.high);
          }
        }
        expect(Number.isInteger(report.gpus)).toBe(true);
        // Whole replicas, never fewer than the minimum.
        expect(report.gpus % i.gpusPerReplica).toBe(0);
        expect(report.gpus).toBeGreaterThanOrEqual(i.minGpus);
        expect(report.gpus).toBeGreaterThanOrEqual(i.minGpus);
      }),
    );
  });

  it('the API usage bill is linear in requests', () => {
    fc.assert(
      fc.property(inputsArb, (i) => {
        const f = (r: number) => apiTokenBill(r, i.input, i.output, i, i);
        expectRelClose(f(2 * i.requests), 2 * f(i.requests));
      }),
    );
  });

  it('the API usage bill is linear in each price', () => {
    fc.assert(
      fc.property(inputsArb, fc.double({ min: 0, max: 100, noNaN: true }), (i, c) => {
        const f = (pIn: number, pOut: number) =>
          apiTokenBill(
            i.requests,
            i.input,
            i.output,
            { priceIn: pIn, priceOut: pOut, priceCached: pIn, priceWrite: pIn },
            i,
          );
        expectRelClose(f(i.priceIn, i.priceOut), f(i.priceIn, 0) + f(0, i.priceOut));
        expectRelClose(f(c * i.priceIn, 0), c * f(i.priceIn, 0));
        expectRelClose(f(0, c * i.priceOut), c * f(0, i.priceOut));
      }),
    );
  });

  it('every path costs no less at a higher volume', () => {
    fc.assert(
      fc.property(inputsArb, fc.double({ min: 0, max: 1e9, noNaN: true }), (i, extra) => {
        for (const p of PATHS)
          for (const s of SCENARIOS)
            expect(monthlyCost(p, i, i.requests + extra, s)).toBeGreaterThanOrEqual(monthlyCost(p, i, i.requests, s));
      }),
    );
  });

  it('the break-even volume, when there is one, is a whole number where self-hosting is cheaper and one request less is not', () => {
    fc.assert(
      fc.property(inputsArb, (i) => {
        const be = breakEven(i);
        if (be === null) return;
        expect(Number.isInteger(be)).toBe(true);
        expect(be).toBeGreaterThanOrEqual(0);
        expect(be).toBeLessThanOrEqual(MAX_REQUESTS_PER_DAY);
        const cheaperAt = (r: number) =>
          monthlyCost('selfhost', i, r, 'expected') < monthlyCost('api', i, r, 'expected');
        expect(cheaperAt(be)).toBe(true);
        if (be >= 1) expect(cheaperAt(be - 1)).toBe(false);
      }),
    );
  });

  it('when there is no break-even, self-hosting is not cheaper at any sampled volume up to the maximum', () => {
    fc.assert(
      fc.property(inputsArb, (i) => {
        if (breakEven(i) !== null) return;
        const k = requestsPerGpuDay(i);
        const lastFullRange = Number.isFinite(k) ? Math.floor(Math.floor(MAX_REQUESTS_PER_DAY / k) * k) : 0;
        const volumes = [1, ...CHART_VOLUMES.map(Math.round), MAX_REQUESTS_PER_DAY, lastFullRange].filter(
          (r) => r >= 1 && r <= MAX_REQUESTS_PER_DAY,
        );
        for (const r of volumes) {
          const api = monthlyCost('api', i, r);
          expect(monthlyCost('selfhost', i, r)).toBeGreaterThanOrEqual(api * (1 - 1e-12));
        }
      }),
    );
  });
});

const QUERY_KEYS: readonly string[] = [...NUMBER_KEYS, ...PRESET_KEYS];
const numberish = fc.oneof(
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom('1e309', '-1e309', 'NaN', 'Infinity', '20,000', ' 1e3 ', '0x10', '1_000', '', '-0', '1.5'),
);
const junkQuery = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string()), fc.oneof(fc.string(), numberish)), {
    maxLength: 12,
  })
  .map((pairs) => new URLSearchParams(pairs).toString());

describe('preset values that name a property of every object', () => {
  it.each(['valueOf', 'toString', '__proto__', 'constructor', 'hasOwnProperty'])(
    '%s is no preset of any kind: rejected, and the default kept',
    (name) => {
      for (const key of PRESET_KEYS) {
        const d = decodeCostInputs(`${key}=${name}`);
        expect(d.value[key], key).toBe(defaultInputs()[key]);
        expect(
          d.rejected.map((r) => r.name),
          key,
        ).toEqual([key]);
      }
    },
  );
});

describe('cost URL codec properties', () => {
  it('any query string, junk included, decodes to finite in-bounds values and explains each rejection', () => {
    fc.assert(
      fc.property(junkQuery, (q) => {
        const { value, rejected } = decodeCostInputs(q);
        for (const f of NUMBER_FIELDS) {
          const v = value[f.key];
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(f.min);
          expect(v).toBeLessThanOrEqual(f.max);
          if (f.integer) expect(Number.isInteger(v)).toBe(true);
        }
        for (const key of PRESET_KEYS) expect(value[key].length).toBeGreaterThan(0);
        const params = new URLSearchParams(q);
        for (const r of rejected) {
          expect(QUERY_KEYS).toContain(r.name);
          expect(r.value).toBe(params.get(r.name));
          expect(r.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('encode then decode is the identity', () => {
    fc.assert(
      fc.property(inputsArb, (i) => {
        expect(decodeCostInputs(encodeCostInputs(i))).toEqual({ value: i, rejected: [] });
      }),
    );
  });

  it('encoding leaves out exactly the values equal to their defaults', () => {
    fc.assert(
      fc.property(inputsArb, (i) => {
        const params = new URLSearchParams(encodeCostInputs(i));
        for (const key of NUMBER_KEYS) expect(params.has(key)).toBe(i[key] !== fieldDefault(key, i));
        // A GPU offer's default is the one for the serving setup's GPU type.
        for (const key of PRESET_KEYS)
          expect(params.has(key)).toBe(i[key] !== (key === 'gpu' ? defaultGpu(i.tput) : DEFAULT_PRESETS[key]));
      }),
    );
  });
});

describe('where self-hosting stays cheaper', () => {
  const cheaperAt = (i: CostInputs, r: number) =>
    monthlyCost('selfhost', i, r, 'expected') < monthlyCost('api', i, r, 'expected');

  it('GPT-5 mini with no reasoning: first below the API near 4.29 million a day, for good from 5.97 million', () => {
    const i = { ...withPreset(defaultInputs(), 'model', 'gpt-5-mini'), reasoning: 0 };
    const first = breakEven(i) ?? 0;
    const stays = breakEven(i, 'api', 'stays') ?? 0;
    expect(stays).toBeGreaterThan(first);
    expect(cheaperAt(i, stays)).toBe(true);
    expect(cheaperAt(i, stays - 1)).toBe(false);
    // Between the two, whole GPUs open windows where the API is cheaper again.
    expect(Array.from({ length: 200 }, (_, j) => first + j * 3_700).some((r) => !cheaperAt(i, r))).toBe(true);
    // From there on, every volume is cheaper self-hosted: check each GPU step up to 4 million.
    const k = requestsPerGpuDay(i);
    for (let r = stays; r < 4_000_000; r += Math.max(1, Math.floor(k / 7))) expect(cheaperAt(i, r), `${r}`).toBe(true);
    for (let n = Math.ceil(stays / k); n * k < 4_000_000; n++) expect(cheaperAt(i, Math.floor(n * k) + 1)).toBe(true);
  });

  it('for any valid input, is null or a volume from which self-hosting is cheaper at every GPU step after it', () => {
    fc.assert(
      fc.property(inputsArb, (i) => {
        const first = breakEven(i);
        const stays = breakEven(i, 'api', 'stays');
        if (first === null) {
          expect(stays).toBeNull();
          return;
        }
        if (stays === null) return;
        expect(stays).toBeGreaterThanOrEqual(first);
        expect(cheaperAt(i, stays)).toBe(true);
        if (stays > 0) expect(cheaperAt(i, stays - 1)).toBe(false);
        const k = requestsPerGpuDay(i);
        if (!Number.isFinite(k)) return;
        const n0 = Math.ceil(stays / k);
        for (let n = n0; n < n0 + 50 && n * k <= MAX_REQUESTS_PER_DAY; n++) {
          expect(cheaperAt(i, Math.max(stays, Math.floor(n * k) + 1))).toBe(true);
        }
      }),
    );
  });
});

describe('reasoning tokens', () => {
  it('are billed only to models that spend them: GPT-4o at 1,000 a request stays at $3,041.67, not $9,125', () => {
    const i = inputs({ reasoning: 1000 });
    const row = (id: string) => modelCosts(i).find((r) => r.id === id)?.monthly;
    // 20,000 × 365/12 × (800 × $2.50 + 300 × $10) / 1M.
    expect(row('gpt-4o')).toBeCloseTo((20_000 * DAYS_PER_MONTH * (800 * 2.5 + 300 * 10)) / 1e6, 6);
    expect(row('gpt-5-mini')).toBeGreaterThan(modelCosts(inputs()).find((r) => r.id === 'gpt-5-mini')?.monthly ?? 0);
    const api = (model: CostInputs['model'], reasoning: number) =>
      monthlyCost('api', inputs({ model, reasoning }), 20_000);
    expect(api('gpt-4o', 1000)).toBeCloseTo(api('gpt-4o', 0), 9);
    expect(api('gpt-5-mini', 1000)).toBeGreaterThan(api('gpt-5-mini', 0));
    // The table's rows carry a retirement date where the provider announced one.
    expect(modelCosts(i).find((r) => r.id === 'gpt-4o')?.retires).toBe('2027-01-14');
    expect(modelCosts(i).find((r) => r.id === 'gpt-5-mini')?.retires).toBe('2026-12-11');
    expect(modelCosts(i).find((r) => r.id === 'gpt-5.6-luna')?.retires).toBeUndefined();
    // A model typed by hand is billed the reasoning tokens the reader gives.
    expect(api('custom', 1000)).toBeGreaterThan(api('custom', 0));
  });
});
