import type { Answer } from '../decision/url-state.ts';
import { batchDiscount, scaleThreshold } from '../figures/data.ts';
import { formatCount, isoDay } from '../format/format.ts';
import type { ApiPrice, PriceChange, PriceSet, PriceTier } from '../presets/presets.ts';
import type { CostInputs } from './inputs.ts';
import { PRESETS, presetById } from './preset-registry.ts';

/** A month is a twelfth of a year. */
export const DAYS_PER_MONTH = 365 / 12;
export const HOURS_PER_MONTH = 24 * DAYS_PER_MONTH;
const SECONDS_PER_DAY = 86_400;
/** Highest request volume the calculator accepts; break-even beyond it is reported as `none`. */
export const MAX_REQUESTS_PER_DAY = 1e9;

/** A volume in a sentence: `1,694,443`, or `more than 1 billion` for none in range. */
export const volumeWords = (n: number | null): string =>
  n === null ? `more than ${formatCount(MAX_REQUESTS_PER_DAY)}` : formatCount(n);

/** A volume as prose gives it: three significant digits, `111,000` or `1.69 million`; none in range in words. */
export const proseVolume = (n: number | null): string => volumeWords(n === null ? n : Number(n.toPrecision(3)));

export const PATHS = ['api', 'rag', 'hosted-tune', 'selfhost', 'same-model', 'scratch'] as const;
export type PathId = (typeof PATHS)[number];

export const SCENARIOS = ['low', 'expected', 'high'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** A result in the three scenarios: cheap end of every range, middle, dear end. */
export type Spread = Readonly<Record<Scenario, number>>;

function pick(low: number, high: number, s: Scenario): number {
  const lo = Math.min(low, high);
  const hi = Math.max(low, high);
  return s === 'low' ? lo : s === 'high' ? hi : (lo + hi) / 2;
}

/** Share of the token bill a provider's batch tier takes off (a sourced figure, as a fraction). */
export const BATCH_DISCOUNT = batchDiscount.value / 100;

/** USD per 1M tokens that a request is billed at. */
export interface TokenPrices {
  readonly priceIn: number;
  readonly priceOut: number;
  readonly priceCached: number;
  readonly priceWrite: number;
}

/** The levers of an API bill: % of input read from and written to the cache, reasoning tokens, % sent by batch. */
export type ApiLevers = Pick<CostInputs, 'cached' | 'cacheWrite' | 'reasoning' | 'batch'>;
const NO_LEVERS: ApiLevers = { cached: 0, cacheWrite: 0, reasoning: 0, batch: 0 };

/** The first day (YYYY-MM-DD) of a month of the projection: month 1 is the current month, by the reader's clock. */
export function monthStart(month: number, today: Date = new Date()): string {
  return isoDay(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + month - 1, 1)));
}

/** The month of the projection a day (YYYY-MM-DD) falls in: 1 is the current month, 0 or less before it. */
export function monthOf(day: string, today: Date = new Date()): number {
  const [y = 0, m = 0] = day.split('-').map(Number);
  return (y - today.getUTCFullYear()) * 12 + m - 1 - today.getUTCMonth() + 1;
}

/** What the API model's provider has announced for a day within the projection, with the month it falls in. */
export interface ModelEvents {
  /** The first listed price change after this month and within the horizon. */
  readonly change?: PriceChange & { readonly month: number };
  /** The model's retirement, where it falls within the horizon or has passed (`past`). */
  readonly retires?: { readonly day: string; readonly month: number; readonly past: boolean };
}

export function modelEvents(i: CostInputs, today: Date = new Date()): ModelEvents {
  const p = presetById('model', i.model);
  const change = p?.changes?.map((c) => ({ ...c, month: monthOf(c.from, today) })).find((c) => c.month > 1);
  const day = p?.retires;
  const retires = day && { day, month: monthOf(day, today), past: day <= isoDay(today) };
  return {
    ...(change && change.month <= i.horizon ? { change } : {}),
    ...(retires && retires.month <= i.horizon ? { retires } : {}),
  };
}

/**
 * The day whose prices a month of the projection is billed at, for a model that announces a change; none
 * (its listed prices) for the rest, which spares the break-even search a date for every volume it tries.
 */
const dayOf = (model: string, month: number): string | undefined =>
  presetById('model', model)?.changes ? monthStart(month) : undefined;

/** A preset's rates in force on a day: its listed rates, or the last announced change that has started. */
export function pricesInForce(preset: ApiPrice, day: string): PriceSet {
  let set: PriceSet = preset;
  for (const c of preset.changes ?? []) if (day >= c.from) set = c;
  return set;
}

/**
 * The prices of a request with this many input tokens, on a day (the preset's listed day where none is
 * given). Past a long-context threshold the whole request moves to the tier's rates, as the price dataset
 * defines them; from the day a dated change starts, its rates apply. Prices the reader typed move by the
 * same factor as the preset's, and a custom model has neither.
 */
export function tokenPrices(model: string, typed: TokenPrices, inputTokens: number, day?: string): TokenPrices {
  const preset = presetById('model', model);
  if (!preset) return typed;
  const set = day ? pricesInForce(preset, day) : preset;
  let rates: PriceSet | PriceTier = set;
  for (const t of set.tiers) if (inputTokens > t.above) rates = t;
  if (rates === preset) return typed;
  const scale = (rate: number, listed: number, typedRate: number) =>
    typedRate === listed || listed <= 0 ? rate : (typedRate * rate) / listed;
  const cachedOf = (r: PriceSet | PriceTier) => r.priceCached ?? r.priceIn;
  return {
    priceIn: scale(rates.priceIn, preset.priceIn, typed.priceIn),
    priceOut: scale(rates.priceOut, preset.priceOut, typed.priceOut),
    priceCached: scale(cachedOf(rates), cachedOf(preset), typed.priceCached),
    priceWrite: scale(rates.priceWrite ?? rates.priceIn, preset.priceWrite ?? preset.priceIn, typed.priceWrite),
  };
}

/**
 * Hosted-API token bill for a month: requests × days × (1 − batch share × discount) × ((input − cached −
 * written) × input price + cached × cache-read price + written × cache-write price + (output + reasoning) ×
 * output price) / 1M, where written input counts at most the input not read from the cache.
 */
export function apiTokenBill(
  requestsPerDay: number,
  inputTokens: number,
  outputTokens: number,
  prices: TokenPrices,
  levers: ApiLevers,
): number {
  const cached = (inputTokens * levers.cached) / 100;
  const written = Math.min((inputTokens * levers.cacheWrite) / 100, inputTokens - cached);
  const perRequest =
    (inputTokens - cached - written) * prices.priceIn +
    cached * prices.priceCached +
    written * prices.priceWrite +
    (outputTokens + levers.reasoning) * prices.priceOut;
  return (requestsPerDay * DAYS_PER_MONTH * (1 - (levers.batch / 100) * BATCH_DISCOUNT) * perRequest) / 1_000_000;
}

/**
 * The self-hosted open model's cheapest host in the price dataset at the reader's request shape: a host
 * that serves it, or a router only where no host does. None for a serving setup typed by hand.
 */
export function sameModelHost(i: CostInputs): ApiPrice | undefined {
  const open = presetById('tput', i.tput)?.open;
  const hosts = PRESETS.model.presets.filter((p) => open && 'open' in p && p.open === open);
  const direct = hosts.filter((p) => !('router' in p));
  const bill = (p: ApiPrice) => p.priceIn * i.input + p.priceOut * i.output;
  return (direct.length ? direct : hosts).reduce<ApiPrice | undefined>(
    (b, p) => (b && bill(b) <= bill(p) ? b : p),
    undefined,
  );
}

/** The paths a report shows: every path, but the same model at a host where no host serves it. */
export const shownPaths = (i: CostInputs): readonly PathId[] =>
  sameModelHost(i) ? PATHS : PATHS.filter((p) => p !== 'same-model');

/** The levers a model's bill takes: the reader's, but no reasoning tokens for a preset model that spends none. */
const leversOf = (model: string, i: CostInputs): ApiLevers => {
  const p = presetById('model', model);
  return p && !p.reasoning ? { ...i, reasoning: 0 } : i;
};

/** The reader's API token bill in a month at a volume, for requests carrying `extraInput` more tokens (RAG context). */
function readerTokenBill(i: CostInputs, requestsPerDay: number, month: number, extraInput = 0): number {
  const input = i.input + extraInput;
  const prices = tokenPrices(i.model, i, input, dayOf(i.model, month));
  return apiTokenBill(requestsPerDay, input, i.output, prices, leversOf(i.model, i));
}

/** Each model preset's token bill this month at the reader's volume, tokens and levers, cheapest first. */
export function modelCosts(
  i: CostInputs,
): readonly { readonly id: string; readonly monthly: number; readonly retires?: string | undefined }[] {
  return PRESETS.model.presets
    .map((p) => {
      const base = PRESETS.model.fills(p, i);
      return {
        id: p.id,
        retires: p.retires,
        monthly: apiTokenBill(
          i.requests,
          i.input,
          i.output,
          tokenPrices(p.id, base, i.input, dayOf(p.id, 1)),
          leversOf(p.id, i),
        ),
      };
    })
    .sort((a, b) => a.monthly - b.monthly);
}

/**
 * Requests a day one GPU is planned to serve: its rate at the request shape, run at the target
 * utilization at the busiest time, which is `peak` times the daily average. Requests that carry
 * no tokens cost no GPU time: Infinity.
 */
export function requestsPerGpuDay(i: CostInputs): number {
  if (i.input + i.output <= 0) return Number.POSITIVE_INFINITY;
  return (i.rps * (i.util / 100) * SECONDS_PER_DAY) / i.peak;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * GPUs bought together: whole replicas in whole machines, the least common multiple of the GPUs one
 * replica takes and the GPUs the offer's machine has (one, where the offer sells single GPUs).
 */
export const gpuStep = (i: CostInputs): number =>
  (i.gpusPerReplica * i.machineGpus) / gcd(i.gpusPerReplica, i.machineGpus);

/** Steps of `gpuStep` GPUs: the fewest that keep `minGpus` running, or that serve the volume, whichever is more. */
function stepsNeeded(i: CostInputs, requestsPerDay: number): number {
  const g = gpuStep(i);
  const k = requestsPerGpuDay(i) * g;
  return Math.max(Math.ceil(i.minGpus / g), Number.isFinite(k) && k > 0 ? Math.ceil(requestsPerDay / k) : 0);
}

/**
 * GPUs = step × max(ceil(minGpus / step), ceil(requests / 86,400 × peak / (requests a second per GPU × step ×
 * util / 100))), with step = lcm(gpusPerReplica, machineGpus): whole replicas, in whole machines.
 */
export const gpusNeeded = (i: CostInputs, requestsPerDay: number): number =>
  gpuStep(i) * stepsNeeded(i, requestsPerDay);

/** One GPU's month: its rent by the hour, or its purchase spread over its life plus its power and hosting. */
export const gpuMonthly = (i: CostInputs): number => i.gpuHour * HOURS_PER_MONTH + i.gpuPrice / i.gpuLife + i.gpuUpkeep;

/** A year of people's time at its loaded cost (pay × the loaded-cost factor), per month. */
export function peopleMonthly(i: CostInputs, fte: number): number {
  return (fte * i.salary * i.loaded) / 12;
}

/** Costs every path carries: monitoring, compliance spread over the year, evaluation and integration time. */
function hiddenMonthly(i: CostInputs, s: Scenario): number {
  return i.monitoring + pick(i.complianceLow, i.complianceHigh, s) / 12 + peopleMonthly(i, i.evalFte);
}

/** Fixed monthly cost of self-hosting a fine-tuned model, apart from GPUs and the costs every path has. */
function selfhostFixed(i: CostInputs, s: Scenario): number {
  return peopleMonthly(i, i.fte) + pick(i.ftLow, i.ftHigh, s) / i.horizon + i.hardware / i.hardwareLife;
}

/** A provider's fine-tuned model: its token bill (batch share applies; it spends no reasoning tokens and no cache rate is assumed). */
function tunedTokenBill(i: CostInputs, requestsPerDay: number): number {
  const prices = { priceIn: i.tunedIn, priceOut: i.tunedOut, priceCached: i.tunedIn, priceWrite: i.tunedIn };
  return apiTokenBill(requestsPerDay, i.input, i.output, prices, { ...NO_LEVERS, batch: i.batch });
}

/** A path's own cost in a month of the projection at a volume, in one scenario: all but the costs every path carries. */
function ownCost(path: PathId, i: CostInputs, requestsPerDay: number, s: Scenario, month = 1): number {
  switch (path) {
    case 'api':
      return readerTokenBill(i, requestsPerDay, month);
    case 'rag': {
      const usage = readerTokenBill(i, requestsPerDay, month, i.context);
      const queryEmbeddings = (requestsPerDay * DAYS_PER_MONTH * i.input * i.embedPrice) / 1_000_000;
      const indexing = (i.corpus * i.refreshes * i.embedPrice) / 1_000_000;
      return usage + queryEmbeddings + indexing + i.vectorStore;
    }
    case 'same-model': {
      // Like for like with self-hosting: the tokens of the measured shape, with no cache, reasoning or batch.
      const host = sameModelHost(i);
      const prices = host && {
        priceIn: host.priceIn,
        priceOut: host.priceOut,
        priceCached: host.priceIn,
        priceWrite: host.priceIn,
      };
      return prices ? apiTokenBill(requestsPerDay, i.input, i.output, prices, NO_LEVERS) : 0;
    }
    case 'hosted-tune':
      return tunedTokenBill(i, requestsPerDay) + (i.tuneTrain * i.tuneTokens) / 1_000_000 / i.horizon + i.tuneHosting;
    case 'selfhost':
      return gpusNeeded(i, requestsPerDay) * gpuMonthly(i) + selfhostFixed(i, s);
    case 'scratch':
      return (
        gpusNeeded(i, requestsPerDay) * gpuMonthly(i) +
        peopleMonthly(i, i.scratchFte) +
        pick(i.trainLow, i.trainHigh, s) / i.trainMonths +
        i.hardware / i.hardwareLife
      );
  }
}

/** Cost of one path in a month of the projection (month 1 is this month) at a volume, in one scenario. */
export function monthlyCost(
  path: PathId,
  i: CostInputs,
  requestsPerDay: number,
  s: Scenario = 'expected',
  month = 1,
): number {
  return ownCost(path, i, requestsPerDay, s, month) + hiddenMonthly(i, s);
}

/** Requests a day in a month of the horizon (month 1 is now), compounding monthly growth. */
export function requestsInMonth(i: CostInputs, month: number): number {
  return i.requests * (1 + i.growth / 100) ** (month - 1);
}

/** The decision tree's question 4 answered from the traffic: more than the scale threshold within the horizon? */
export const scaleAnswer = (i: CostInputs): Answer =>
  requestsInMonth(i, i.horizon) > scaleThreshold.value ? 'yes' : 'no';

export interface PathResult {
  readonly path: PathId;
  /** USD this month. */
  readonly monthlyNow: Spread;
  /** USD in the last month of the horizon, after growth, at the prices in force then. */
  readonly monthlyAtHorizon: Spread;
  /** USD over every month of the horizon, each at the prices in force in it. */
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
    monthlyAtHorizon: spread((s) => monthlyCost(path, i, requestsInMonth(i, i.horizon), s, i.horizon)),
    totalOverHorizon: spread((s) => {
      let total = 0;
      for (let m = 1; m <= i.horizon; m++) total += monthlyCost(path, i, requestsInMonth(i, m), s, m);
      return total;
    }),
    per1kRequests: spread((s) => (monthly(s) / (now * DAYS_PER_MONTH)) * 1000),
  };
}

/** Paths whose monthly cost is a straight line in volume: a cost at zero plus a cost per request. */
export type LinearPath = Extract<PathId, 'api' | 'rag' | 'hosted-tune' | 'same-model'>;

/**
 * Where self-hosting a fine-tuned model costs less than a per-token path (expected case, this
 * month), in whole requests a day up to `MAX_REQUESTS_PER_DAY`, or `null` where it never does:
 * `first`, the smallest volume at which it is cheaper; `stays`, the smallest from which it is
 * cheaper at every higher volume. Self-hosting is a step function (whole replicas) and the path a
 * line, so the search runs over replica counts, not over volumes. Past `first`, each extra replica can
 * briefly put self-hosting back above the line; those windows close once a replica's share of the
 * line's bill outgrows its price. This is the one break-even search: the calculator, the sensitivity ranking
 * and the prose all call it.
 */
export function breakEven(
  i: CostInputs,
  against: LinearPath = 'api',
  which: 'first' | 'stays' = 'first',
): number | null {
  const cheaper = (r: number) => monthlyCost('selfhost', i, r) < monthlyCost(against, i, r);
  // The costs every path carries cancel out; leaving them out keeps the slope exact when they are large.
  const cost = (p: PathId, r: number) => ownCost(p, i, r, 'expected');
  const base = cost(against, 0);
  // The path's bill for one more request a day.
  const a = cost(against, 1) - base;
  if (!(a > 0)) return null;
  // Counted in steps of whole replicas in whole machines (`gpuStep`): each costs perReplica and serves k requests a day.
  const perReplica = gpuStep(i) * gpuMonthly(i);
  const k = requestsPerGpuDay(i) * gpuStep(i);
  const n0 = stepsNeeded(i, 0);
  // Self-hosting with n replicas costs fixed + n × perReplica more than the path's cost at zero.
  const fixed = cost('selfhost', 0) - base - n0 * perReplica;
  // The first volume at which the path's line passes self-hosting's cost with n replicas, from `from` on.
  const firstAbove = (n: number, from: number) => Math.max(from, Math.floor((fixed + n * perReplica) / a) + 1);
  // The first volume served by n replicas (n above the minimum).
  const start = (n: number) => Math.floor((n - 1) * k) + 1;
  const within = (r: number) => (r <= MAX_REQUESTS_PER_DAY ? r : null);
  // Floating-point ties can put the formula's answer one request off; settle on the true first volume.
  const settle = (r: number) => {
    let x = r;
    for (let t = 0; t < 64 && !cheaper(x); t++) x++;
    for (let t = 0; t < 64 && x > 1 && cheaper(x - 1); t++) x--;
    return cheaper(x) ? within(x) : null;
  };

  let first: number | null = null;
  const r0 = firstAbove(n0, 1);
  if (r0 <= n0 * k) first = settle(r0);
  // Beyond the minimum, each replica adds perReplica of cost and k requests of capacity (a × k of the path's bill).
  else if (Number.isFinite(k) && a * k > perReplica) {
    let n = Math.max(n0 + 1, Math.floor(fixed / (a * k - perReplica)) + 1);
    for (let tries = 0; tries < 1000 && start(n) <= MAX_REQUESTS_PER_DAY; tries++) {
      const r = firstAbove(n, start(n));
      if (r <= n * k) {
        first = settle(r);
        break;
      }
      // r lies beyond this replica count's range: jump to the count that serves it.
      n = Math.max(n + 1, Math.ceil(r / k));
    }
  }
  if (which === 'first' || first === null || !Number.isFinite(k)) return first;

  if (a * k <= perReplica) {
    // Each replica costs more than the bill it replaces: only the minimum's range can stay cheaper.
    return n0 * k >= MAX_REQUESTS_PER_DAY ? first : null;
  }
  // From the replica count where even the range's first volume is cheaper, every later range is too.
  let n = Math.max(n0 + 1, Math.floor((fixed + a * k) / (a * k - perReplica)) + 1);
  for (let t = 0; t < 64 && !cheaper(start(n)); t++) n++;
  for (let t = 0; t < 64 && n > n0 + 1 && cheaper(start(n - 1)); t++) n--;
  if (start(n) > MAX_REQUESTS_PER_DAY) return null;
  // Walk back through the cheaper tail of the range before it.
  let r = start(n);
  const tail = Math.max(first, n - 1 > n0 ? start(n - 1) : 0);
  if (cheaper(r - 1)) {
    r = Math.max(tail, Math.floor((fixed + (n - 1) * perReplica) / a) + 1);
    for (let t = 0; t < 64 && r > tail && cheaper(r - 1); t++) r--;
    for (let t = 0; t < 64 && !cheaper(r); t++) r++;
  }
  return Math.max(first, r);
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
