/**
 * How many requests a second one GPU serves for a request shape (input tokens, output tokens).
 *
 * In plain words: the Qwen3-8B setups rest on a benchmark that ran five request shapes (128 in / 128 out,
 * 1,024 / 128, 128 / 1,024, 2,048 / 2,048 and 8,192 / 512) on one H100 with vLLM, with a fixed number of
 * requests in flight, and measured the requests completed each second and the time to first token. We fit
 * one small formula per setup to those five points: each request costs the GPU a fixed time, plus time per
 * prompt token (prefill), plus time per answer token (decode) that grows with the context the answer is
 * written over. The formula reproduces every measured shape within 10%. Between the measured shapes it is an
 * interpolation; beyond 8,192 input or 2,048 output tokens, or at a different number of requests in flight,
 * it is an extrapolation, and real engines slow down more than it says once a batch stops fitting in GPU
 * memory. The TensorRT-LLM setups come from a vendor's maximum-load runs, which report output tokens a
 * second: we convert them to requests a second by dividing by the answer length, and borrow a measured
 * setup's shape curve, scaled to pass through them. Maximum load is an upper bound: it keeps the GPU full
 * with no latency target, so a service that must answer promptly gets less from each GPU. The time to first
 * token is the measured 95th percentile at the setup's load, interpolated between prompt lengths; the
 * maximum-load sources publish none.
 */
import {
  type BenchmarkPoint,
  type ServingPrecision,
  silybenchPoints,
  TRT_LLAMA_8B_POINTS,
  TRT_LLAMA_70B_POINTS,
} from './serving-data.ts';
import type { SourceKey } from './sources.ts';

export type { BenchmarkPoint, ServingPrecision };

export type ServingEngine = 'vLLM' | 'TensorRT-LLM';

/** A way of serving one model, and the benchmark points that measure it. */
export interface ServingSetup {
  /** URL value. Public: never rename one. */
  readonly id: string;
  readonly label: string;
  readonly model: string;
  readonly gpu: string;
  /** GPUs that together hold one copy of the model; points are per replica, rates per GPU. */
  readonly gpusPerReplica: number;
  readonly precision: ServingPrecision;
  /** Requests in flight during the measurement; `max` where the source ran at maximum load without saying. */
  readonly concurrency: number | 'max';
  readonly engine: ServingEngine;
  readonly source: SourceKey;
  readonly asOf: string;
  readonly points: readonly BenchmarkPoint[];
  /** Whether the points are maximum-load bounds that latency-bound serving does not reach. */
  readonly upperBound: boolean;
  /**
   * Id of a setup whose shape curve this one borrows, scaled by one factor to its own points (the
   * geometric mean of measured over borrowed GPU time per request, so one point is met exactly).
   * Absent: the curve is fitted to this setup's own points, which then need four or more shapes.
   */
  readonly curveFrom?: string;
}

const SB = {
  model: 'Qwen3-8B',
  gpu: 'H100 80GB',
  gpusPerReplica: 1,
  engine: 'vLLM',
  source: 'silybench',
  asOf: '2026-09-24',
  upperBound: false,
} as const;

const TRT = {
  gpu: 'H100 80GB',
  precision: 'fp8',
  concurrency: 'max',
  engine: 'TensorRT-LLM',
  source: 'tensorrt-llm',
  asOf: '2025',
  upperBound: true,
} as const;

/**
 * Serving presets. Ids are URL values: never rename one.
 *
 * `8b-max`: Llama 3.1 8B requests a second at each published shape are its output tokens a second divided by
 * the output length; the shape curve is Qwen3-8B fp8 at 128 in flight, scaled to those three points.
 * `70b-max`: the one published point, 4,205 output tokens a second at 1,000 / 1,000 on a 2×H100 replica, is
 * 4.205 requests a second a replica and 2.1025 a GPU; the shape curve is `8b-max`'s, scaled to that point.
 */
export const SERVING_SETUPS = [
  {
    id: '8b-interactive',
    label: 'Qwen3-8B on one H100, bf16, 32 requests in flight (measured)',
    precision: 'bf16',
    concurrency: 32,
    points: silybenchPoints('bf16', 32),
    ...SB,
  },
  {
    id: 'qwen3-8b-h100-bf16-c1',
    label: 'Qwen3-8B on one H100, bf16, one request at a time: lowest latency (measured)',
    precision: 'bf16',
    concurrency: 1,
    points: silybenchPoints('bf16', 1),
    ...SB,
  },
  {
    id: 'qwen3-8b-h100-fp8-c32',
    label: 'Qwen3-8B on one H100, fp8, 32 requests in flight (measured)',
    precision: 'fp8',
    concurrency: 32,
    points: silybenchPoints('fp8', 32),
    ...SB,
  },
  {
    id: 'qwen3-8b-h100-fp8-c128',
    label: 'Qwen3-8B on one H100, fp8, 128 requests in flight: more throughput, slower first token (measured)',
    precision: 'fp8',
    concurrency: 128,
    points: silybenchPoints('fp8', 128),
    ...SB,
  },
  {
    id: '8b-max',
    label: 'Llama 3.1 8B on one H100, fp8, TensorRT-LLM at maximum load (upper bound)',
    model: 'Llama 3.1 8B',
    gpusPerReplica: 1,
    points: TRT_LLAMA_8B_POINTS,
    curveFrom: 'qwen3-8b-h100-fp8-c128',
    ...TRT,
  },
  {
    id: '70b-max',
    label: 'Llama 3.3 70B on two H100s, fp8, TensorRT-LLM at maximum load, per GPU (upper bound)',
    model: 'Llama 3.3 70B',
    gpusPerReplica: 2,
    points: TRT_LLAMA_70B_POINTS,
    curveFrom: '8b-max',
    ...TRT,
  },
] as const satisfies readonly ServingSetup[];

export type ServingSetupId = (typeof SERVING_SETUPS)[number]['id'];

/** Requests a second from a source that reports output tokens a second: every request writes `output` tokens. */
export const requestsPerSecondFromOutput = (outputTokensPerSecond: number, output: number): number =>
  outputTokensPerSecond / output;

/** The terms of GPU time per request: fixed, per input token, per output token, per output token per context token. */
const terms = (input: number, output: number): number[] => [1, input, output, output * (input + output / 2)];

/** Measured GPU-seconds per request at a point: GPUs in the replica over its requests a second. */
const gpuSeconds = (setup: ServingSetup, p: BenchmarkPoint): number =>
  setup.gpusPerReplica / (p.requestsPerSecond ?? requestsPerSecondFromOutput(p.outputTokensPerSecond, p.output));

/**
 * Least squares on relative error, Σ (model / measured − 1)², over the terms marked active; inactive terms
 * are 0. Columns are scaled to unit maximum before the normal equations, which are symmetric positive definite
 * and solved by elimination without pivoting.
 */
function fitRelative(rows: readonly number[][], active: readonly boolean[]): number[] {
  const n = 4;
  const scale = active.map((on, k) => (on && Math.max(...rows.map((r) => r[k] ?? 0))) || 1);
  const z = rows.map((r) => r.map((x, k) => (active[k] ? x / (scale[k] ?? 1) : 0)));
  const m = active.map((on, p) => [
    ...active.map((_, q) => z.reduce((s, r) => s + (r[p] ?? 0) * (r[q] ?? 0), on || p !== q ? 0 : 1)),
    z.reduce((s, r) => s + (r[p] ?? 0), 0),
  ]);
  for (let i = 0; i < n; i++) {
    const pivot = m[i] ?? [];
    for (let r = 0; r < n; r++) {
      const row = m[r] ?? [];
      const f = r === i ? 0 : (row[i] ?? 0) / (pivot[i] ?? 1);
      for (let c = i; c <= n; c++) row[c] = (row[c] ?? 0) - f * (pivot[c] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1) / (scale[i] ?? 1));
}

/**
 * Coefficients (fixed, per input token, per output token, per output-context token), GPU-seconds per request.
 * Fitted to the setup's own points, a term whose coefficient comes out negative is dropped and the rest refitted,
 * so every coefficient is non-negative; borrowed curves are scaled by a positive factor.
 */
function coefficients(setup: ServingSetup): number[] {
  const cached = fitted.get(setup);
  if (cached) return cached;
  const ref: ServingSetup | undefined = SERVING_SETUPS.find((s) => s.id === setup.curveFrom);
  let beta: number[];
  if (ref) {
    const base = coefficients(ref);
    const logRatio = setup.points.map((p) => Math.log(gpuSeconds(setup, p) * rate(base, p.input, p.output)));
    const factor = Math.exp(logRatio.reduce((s, x) => s + x, 0) / logRatio.length);
    beta = base.map((b) => b * factor);
  } else {
    const rows = setup.points.map((p) => terms(p.input, p.output).map((x) => x / gpuSeconds(setup, p)));
    const active = [true, true, true, true];
    beta = fitRelative(rows, active);
    for (let k = beta.findIndex((b) => b < 0); k >= 0; k = beta.findIndex((b) => b < 0)) {
      active[k] = false;
      beta = fitRelative(rows, active);
    }
  }
  fitted.set(setup, beta);
  return beta;
}

const fitted = new WeakMap<ServingSetup, number[]>();

const rate = (beta: readonly number[], input: number, output: number): number =>
  1 / terms(input, output).reduce((s, x, k) => s + x * (beta[k] ?? 0), 0);

/**
 * Requests a second one GPU of the setup serves, at the setup's concurrency, when every request has `input`
 * prompt tokens and `output` answer tokens (both ≥ 0). Infinity only for an empty request (0 / 0); finite and
 * positive otherwise, and it never rises when either length grows.
 */
export const requestsPerSecondPerGpu = (setup: ServingSetup, input: number, output: number): number =>
  input + output === 0 ? Number.POSITIVE_INFINITY : rate(coefficients(setup), input, output);

/** Whether a shape lies beyond the longest input or output the setup's points measure, so the rate extrapolates. */
export const extrapolates = (setup: ServingSetup, input: number, output: number): boolean =>
  input > Math.max(...setup.points.map((p) => p.input)) || output > Math.max(...setup.points.map((p) => p.output));

/**
 * Time to first token, 95th percentile, ms, that the setup holds at its concurrency for a prompt of `input`
 * tokens; `undefined` where the source publishes none. Between measured prompt lengths it is interpolated on
 * log–log axes (a power law between neighbours; where two shapes share a prompt length the slower counts);
 * below the shortest it holds that value; beyond the longest it extends the last power law. Non-decreasing.
 */
export function ttftP95Ms(setup: ServingSetup, input: number): number | undefined {
  const knots: [number, number][] = [];
  for (const p of [...setup.points].sort((a, b) => a.input - b.input)) {
    const last = knots.at(-1);
    if (p.ttftP95Ms === undefined) continue;
    if (last && last[0] === p.input) last[1] = Math.max(last[1], p.ttftP95Ms);
    else knots.push([p.input, Math.max(p.ttftP95Ms, last?.[1] ?? 0)]);
  }
  const first = knots[0];
  if (!first) return undefined;
  const x = Math.max(input, first[0]);
  let j = 1;
  while (j < knots.length - 1 && (knots[j]?.[0] ?? 0) < x) j++;
  const [x0, y0] = knots[j - 1] ?? first;
  const [x1, y1] = knots[j] ?? first;
  return x1 === x0 ? y0 : y0 * (x / x0) ** (Math.log(y1 / y0) / Math.log(x1 / x0));
}
