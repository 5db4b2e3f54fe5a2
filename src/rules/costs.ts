import type { CostInputs } from './cost-inputs.ts';

/** A month is a twelfth of a year. */
export const DAYS_PER_MONTH = 365 / 12;
export const HOURS_PER_MONTH = 24 * DAYS_PER_MONTH;
const SECONDS_PER_DAY = 86_400;
/** Highest request volume the calculator accepts; break-even beyond it is reported as `none`. */
export const MAX_REQUESTS_PER_DAY = 1e9;

export const PATHS = ['api', 'rag', 'selfhost', 'scratch'] as const;
export type PathId = (typeof PATHS)[number];

export const PATH_LABELS: Readonly<Record<PathId, string>> = {
  api: 'Hosted API',
  rag: 'API + RAG',
  selfhost: 'Fine-tuned open model, self-hosted',
  scratch: 'Own model trained from scratch',
};

/** Names that fit a table column. */
export const PATH_SHORT: Readonly<Record<PathId, string>> = {
  api: 'Hosted API',
  rag: 'API + RAG',
  selfhost: 'Self-hosted fine-tune',
  scratch: 'Own model',
};

export const SCENARIOS = ['low', 'expected', 'high'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** A result in the three scenarios: cheap end of every range, middle, dear end. */
export type Spread = Readonly<Record<Scenario, number>>;

function pick(low: number, high: number, s: Scenario): number {
  const lo = Math.min(low, high);
  const hi = Math.max(low, high);
  return s === 'low' ? lo : s === 'high' ? hi : (lo + hi) / 2;
}

/** Hosted-API usage bill for a month: requests × days × (input × input price + output × output price) / 1M. */
export function apiUsageMonthly(
  requestsPerDay: number,
  inputTokens: number,
  outputTokens: number,
  priceIn: number,
  priceOut: number,
): number {
  return (requestsPerDay * DAYS_PER_MONTH * (inputTokens * priceIn + outputTokens * priceOut)) / 1_000_000;
}

/** Requests a day one GPU serves at the target utilization; Infinity when requests carry no tokens. */
export function requestsPerGpuDay(i: CostInputs): number {
  const tokens = i.input + i.output;
  if (tokens <= 0) return Number.POSITIVE_INFINITY;
  return (i.throughput * (i.util / 100) * SECONDS_PER_DAY) / tokens;
}

/** GPUs needed to serve a volume: enough for the tokens at the target utilization, never fewer than the minimum. */
export function gpusNeeded(i: CostInputs, requestsPerDay: number): number {
  const k = requestsPerGpuDay(i);
  return Math.max(i.minGpus, Number.isFinite(k) ? Math.ceil(requestsPerDay / k) : 0);
}

/** Costs every path carries: monitoring, and compliance spread over the year. */
function hiddenMonthly(i: CostInputs, s: Scenario): number {
  return i.monitoring + pick(i.complianceLow, i.complianceHigh, s) / 12;
}

/** Fixed monthly cost of self-hosting a fine-tuned model, apart from GPUs and the costs every path has. */
function selfhostFixed(i: CostInputs, s: Scenario): number {
  return (i.fte * i.salary) / 12 + pick(i.ftLow, i.ftHigh, s) / i.horizon + i.hardware / i.hardwareLife;
}

/** Monthly cost of one path at a volume, in one scenario. */
export function monthlyCost(path: PathId, i: CostInputs, requestsPerDay: number, s: Scenario = 'expected'): number {
  const hidden = hiddenMonthly(i, s);
  switch (path) {
    case 'api':
      return apiUsageMonthly(requestsPerDay, i.input, i.output, i.priceIn, i.priceOut) + hidden;
    case 'rag': {
      const usage = apiUsageMonthly(requestsPerDay, i.input + i.context, i.output, i.priceIn, i.priceOut);
      const queryEmbeddings = (requestsPerDay * DAYS_PER_MONTH * i.input * i.embedPrice) / 1_000_000;
      const indexing = (i.corpus * i.refreshes * i.embedPrice) / 1_000_000;
      return usage + queryEmbeddings + indexing + i.vectorStore + hidden;
    }
    case 'selfhost':
      return gpusNeeded(i, requestsPerDay) * i.gpuHour * HOURS_PER_MONTH + selfhostFixed(i, s) + hidden;
    case 'scratch':
      return (
        gpusNeeded(i, requestsPerDay) * i.gpuHour * HOURS_PER_MONTH +
        (i.scratchFte * i.salary) / 12 +
        pick(i.trainLow, i.trainHigh, s) / i.trainMonths +
        i.hardware / i.hardwareLife +
        hidden
      );
  }
}

/** Requests a day in a month of the horizon (month 1 is now), compounding monthly growth. */
export function requestsInMonth(i: CostInputs, month: number): number {
  return i.requests * (1 + i.growth / 100) ** (month - 1);
}

export interface PathResult {
  readonly path: PathId;
  /** USD this month. */
  readonly monthlyNow: Spread;
  /** USD in the last month of the horizon, after growth. */
  readonly monthlyAtHorizon: Spread;
  /** USD over every month of the horizon. */
  readonly totalOverHorizon: Spread;
  /** USD per 1,000 requests this month. */
  readonly per1kRequests: Spread;
}

function spread(f: (s: Scenario) => number): Spread {
  return { low: f('low'), expected: f('expected'), high: f('high') };
}

export function pathResult(path: PathId, i: CostInputs): PathResult {
  const now = i.requests;
  const monthly = (s: Scenario) => monthlyCost(path, i, now, s);
  return {
    path,
    monthlyNow: spread(monthly),
    monthlyAtHorizon: spread((s) => monthlyCost(path, i, requestsInMonth(i, i.horizon), s)),
    totalOverHorizon: spread((s) => {
      let total = 0;
      for (let m = 1; m <= i.horizon; m++) total += monthlyCost(path, i, requestsInMonth(i, m), s);
      return total;
    }),
    per1kRequests: spread((s) => (monthly(s) / (now * DAYS_PER_MONTH)) * 1000),
  };
}

/**
 * The smallest whole number of requests a day at which self-hosting a fine-tuned model costs less
 * than the API (expected case, this month), or `null` when that never happens up to
 * `MAX_REQUESTS_PER_DAY`. Self-hosting is a step function (whole GPUs) and the API a line, so the
 * search runs over GPU counts, not over volumes.
 */
export function breakEvenRequests(i: CostInputs): number | null {
  const a = apiUsageMonthly(1, i.input, i.output, i.priceIn, i.priceOut);
  if (a <= 0) return null;
  const fixed = selfhostFixed(i, 'expected');
  const perGpu = i.gpuHour * HOURS_PER_MONTH;
  const k = requestsPerGpuDay(i);
  const cheaper = (r: number) => monthlyCost('selfhost', i, r, 'expected') < monthlyCost('api', i, r, 'expected');
  const within = (r: number) => (r <= MAX_REQUESTS_PER_DAY ? r : null);

  // With n GPUs, self-hosting costs fixed + n × perGpu; the API passes that above (fixed + n × perGpu) / a.
  const firstAbove = (n: number, from: number) => Math.max(from, Math.floor((fixed + n * perGpu) / a) + 1);

  // Floating-point ties can put the formula's answer one request off; settle on the true first volume.
  const settle = (r: number) => {
    let x = r;
    for (let n = 0; n < 64 && !cheaper(x); n++) x++;
    for (let n = 0; n < 64 && x > 0 && cheaper(x - 1); n++) x--;
    return cheaper(x) ? within(x) : null;
  };

  const n0 = i.minGpus;
  const r0 = firstAbove(n0, 0);
  if (r0 <= n0 * k) return settle(r0);
  // Beyond the minimum, each GPU adds perGpu of cost and k requests of capacity (a × k of API bill).
  if (!Number.isFinite(k) || a * k <= perGpu) return null;
  let n = Math.max(n0 + 1, Math.floor(fixed / (a * k - perGpu)) + 1);
  for (let tries = 0; tries < 1000; tries++) {
    const start = Math.floor((n - 1) * k) + 1;
    if (start > MAX_REQUESTS_PER_DAY) return null;
    const r = firstAbove(n, start);
    if (r <= n * k) return settle(r);
    // r lies beyond this GPU count's range: jump to the count that serves it.
    n = Math.max(n + 1, Math.ceil(r / k));
  }
  return null;
}

/**
 * The smallest whole number of requests a day from which self-hosting stays cheaper than the API
 * at every higher volume up to `MAX_REQUESTS_PER_DAY` (expected case, this month), or `null`.
 * Past `breakEvenRequests`, each extra whole GPU can briefly put self-hosting back above the API;
 * those windows close once a GPU's share of the API bill outgrows its price.
 */
export function staysCheaperFrom(i: CostInputs): number | null {
  const first = breakEvenRequests(i);
  if (first === null) return null;
  const a = apiUsageMonthly(1, i.input, i.output, i.priceIn, i.priceOut);
  const perGpu = i.gpuHour * HOURS_PER_MONTH;
  const k = requestsPerGpuDay(i);
  if (!Number.isFinite(k)) return first;
  const cheaper = (r: number) => monthlyCost('selfhost', i, r, 'expected') < monthlyCost('api', i, r, 'expected');
  // The first volume served by n GPUs (n above the minimum).
  const start = (n: number) => Math.floor((n - 1) * k) + 1;
  const n0 = i.minGpus;
  if (a * k <= perGpu) {
    // Each GPU costs more than the API bill it replaces: only the minimum's range can stay cheaper.
    return n0 * k >= MAX_REQUESTS_PER_DAY ? first : null;
  }
  // From the GPU count where even the range's first volume is cheaper, every later range is too.
  const fixed = selfhostFixed(i, 'expected');
  let n = Math.max(n0 + 1, Math.floor((fixed + a * k) / (a * k - perGpu)) + 1);
  for (let t = 0; t < 64 && !cheaper(start(n)); t++) n++;
  for (let t = 0; t < 64 && n > n0 + 1 && cheaper(start(n - 1)); t++) n--;
  if (start(n) > MAX_REQUESTS_PER_DAY) return null;
  // Walk back through the cheaper tail of the range before it.
  let r = start(n);
  const tail = Math.max(first, n - 1 > n0 ? start(n - 1) : 0);
  if (cheaper(r - 1)) {
    r = Math.max(tail, Math.floor((fixed + (n - 1) * perGpu) / a) + 1);
    for (let t = 0; t < 64 && r > tail && cheaper(r - 1); t++) r--;
    for (let t = 0; t < 64 && !cheaper(r); t++) r++;
  }
  return Math.max(first, r);
}

export interface CostReport {
  readonly inputs: CostInputs;
  readonly paths: Readonly<Record<PathId, PathResult>>;
  /** First volume at which self-hosting drops below the API. */
  readonly breakEven: number | null;
  /** Volume from which self-hosting stays below the API. */
  readonly staysCheaper: number | null;
  readonly gpus: number;
}

export function costReport(i: CostInputs): CostReport {
  const paths = Object.fromEntries(PATHS.map((p) => [p, pathResult(p, i)])) as Record<PathId, PathResult>;
  return {
    inputs: i,
    paths,
    breakEven: breakEvenRequests(i),
    staysCheaper: staysCheaperFrom(i),
    gpus: gpusNeeded(i, i.requests),
  };
}

/** Volumes for the chart's x axis: ten points a decade from 100 to 100 million requests a day. */
export const CHART_VOLUMES: readonly number[] = Array.from({ length: 61 }, (_, j) => 10 ** (2 + j / 10));

export interface CurvePoint {
  readonly requests: number;
  readonly cost: Spread;
}

/** Monthly cost of each path over the chart's volumes, in the three scenarios. */
export function costCurves(
  i: CostInputs,
  volumes: readonly number[] = CHART_VOLUMES,
): Readonly<Record<PathId, readonly CurvePoint[]>> {
  return Object.fromEntries(
    PATHS.map((p) => [p, volumes.map((r) => ({ requests: r, cost: spread((s) => monthlyCost(p, i, r, s)) }))]),
  ) as Record<PathId, CurvePoint[]>;
}
