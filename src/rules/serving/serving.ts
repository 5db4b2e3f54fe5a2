/**
 * How many requests a second one GPU serves for a request shape (input tokens, output tokens).
 *
 * In plain words: the Qwen3-8B setups rest on one benchmark (silybench-data, 24 September 2026) that ran five
 * request shapes (128 in / 128 out, 1,024 / 128, 128 / 1,024, 2,048 / 2,048 and 8,192 / 512) on one H100 with
 * vLLM, holding a fixed number of requests in flight, and measured the requests completed each second and the
 * time to first token. For each setup we fit one small formula to its five points: every request costs the GPU
 * a fixed time, plus time per prompt token (prefill), plus time per answer token (decode) that grows with the
 * length of the text the answer is written after. The formula lands within 10% of every measured shape.
 * Between the measured shapes it interpolates. It extrapolates beyond 8,192 prompt or 2,048 answer tokens, at
 * any other number of requests in flight, and for other models or GPUs; once the requests in flight no longer
 * fit in GPU memory together, a real server slows down faster than the formula says. The TensorRT-LLM setups
 * come from NVIDIA's maximum-load runs, which report output tokens a second: we divide by the answer length to
 * get requests a second, and give them the shape curve of a measured setup, scaled to pass through their
 * published points (three shapes for the 8B model, one for the 70B). Maximum load is an upper bound: the GPU
 * is kept full with no latency target, so a service that must answer promptly gets less from each GPU. Time
 * to first token is the measured 95th percentile at the setup's load, interpolated between prompt lengths;
 * the maximum-load sources publish none.
 *
 * This module carries only what the browser needs: each setup's fitted coefficients and time-to-first-token
 * knots. The benchmark rows they come from are in `serving/data.ts`; `serving/fit.ts` derives both from those
 * rows, and the unit tests hold the two equal.
 */
import { tput8bH100Max, tput8bH10032Users } from '../figures/data.ts';
import type { SourceKey } from '../figures/sources.ts';

export type ServingEngine = 'vLLM' | 'TensorRT-LLM';
export type ServingPrecision = 'bf16' | 'fp8';

/**
 * GPU-seconds one request takes at the setup's concurrency, T = d + a·input + b·output + c·output·(input +
 * output / 2): a fixed cost, prefill per input token, decode per output token, and decode's growth with the
 * context each output token attends to (input + output / 2 on average). All four are non-negative.
 */
export type Coefficients = readonly [d: number, a: number, b: number, c: number];

/** A way of serving one model, measured by the benchmark points `SERVING_POINTS[id]` in `serving/data.ts`. */
export interface ServingSetup {
  /** URL value. Public: never rename one. */
  readonly id: string;
  readonly model: string;
  readonly gpu: string;
  /** GPUs that together hold one copy of the model; benchmark points are per replica, rates per GPU. */
  readonly gpusPerReplica: number;
  readonly precision: ServingPrecision;
  /** Requests in flight during the measurement; `max` where the source ran at maximum load without saying. */
  readonly concurrency: number | 'max';
  readonly engine: ServingEngine;
  readonly source: SourceKey;
  readonly asOf: string;
  /** Whether the points are maximum-load bounds that latency-bound serving does not reach. */
  readonly upperBound: boolean;
  /**
   * Id of a setup whose curve this one borrows, scaled by one factor to its own points. Absent: the curve is
   * fitted to this setup's own points.
   */
  readonly curveFrom?: string;
  /** The fit of the setup's points, GPU-seconds per request (see `fitCoefficients`). */
  readonly coefficients: Coefficients;
  /**
   * Time to first token, 95th percentile, ms, by prompt length: [input tokens, ms], input strictly increasing
   * and ms non-decreasing; where two measured shapes share a prompt length, the slower. Absent where the
   * source publishes none.
   */
  readonly ttft?: readonly [Knot, ...Knot[]];
}

/** The Qwen3-8B setups: one silybench run, whose source and date are those of its figure on /sources/. */
const SB = {
  model: 'Qwen3-8B',
  gpu: 'H100 80GB',
  gpusPerReplica: 1,
  engine: 'vLLM',
  source: tput8bH10032Users.source,
  asOf: tput8bH10032Users.asOf,
  upperBound: false,
} as const;

/** The TensorRT-LLM setups: NVIDIA's performance overview, whose source and date are those of its figures. */
const TRT = {
  gpu: 'H100 80GB',
  precision: 'fp8',
  concurrency: 'max',
  engine: 'TensorRT-LLM',
  source: tput8bH100Max.source,
  asOf: tput8bH100Max.asOf,
  upperBound: true,
} as const;

/**
 * Serving presets. Ids are URL values: never rename one.
 *
 * `8b-max`: Llama 3.1 8B's requests a second at each published shape are its output tokens a second divided by
 * the output length; its curve is `qwen3-8b-h100-fp8-c128`'s, scaled to those three points.
 * `70b-max`: its one point, 4,205 output tokens a second at 1,000 / 1,000 on a 2×H100 replica, is 4.205
 * requests a second a replica and 2.1025 a GPU; its curve is `8b-max`'s, scaled to pass through that point.
 */
export const SERVING_SETUPS = [
  {
    id: '8b-interactive',
    precision: 'bf16',
    concurrency: 32,
    coefficients: [2.041e-3, 1.228e-5, 2.002e-4, 6.811e-8],
    ttft: [
      [128, 86.02],
      [1024, 265.8],
      [2048, 1394.7],
      [8192, 5619.4],
    ],
    ...SB,
  },
  {
    id: 'qwen3-8b-h100-bf16-c1',
    precision: 'bf16',
    concurrency: 1,
    coefficients: [3.824e-3, 2.401e-5, 6.808e-3, 6.579e-8],
    ttft: [
      [128, 14.23],
      [1024, 34.31],
      [2048, 61.34],
      [8192, 253.9],
    ],
    ...SB,
  },
  {
    id: 'qwen3-8b-h100-fp8-c32',
    precision: 'fp8',
    concurrency: 32,
    coefficients: [2.23e-3, 9.439e-6, 1.416e-4, 6.281e-8],
    ttft: [
      [128, 85.11],
      [1024, 260.1],
      [2048, 996.6],
      [8192, 4325.2],
    ],
    ...SB,
  },
  {
    id: 'qwen3-8b-h100-fp8-c128',
    precision: 'fp8',
    concurrency: 128,
    coefficients: [6.42e-4, 1.676e-5, 4.104e-5, 5.824e-8],
    ttft: [
      [128, 383.9],
      [1024, 1849.2],
      [2048, 4231],
      [8192, 41183],
    ],
    ...SB,
  },
  {
    id: '8b-max',
    model: 'Llama 3.1 8B',
    gpusPerReplica: 1,
    curveFrom: 'qwen3-8b-h100-fp8-c128',
    coefficients: [2.955e-4, 7.715e-6, 1.889e-5, 2.681e-8],
    ...TRT,
  },
  {
    id: '70b-max',
    model: 'Llama 3.3 70B',
    gpusPerReplica: 2,
    curveFrom: '8b-max',
    coefficients: [2.094e-3, 5.468e-5, 1.339e-4, 1.9e-7],
    ...TRT,
  },
] as const satisfies readonly ServingSetup[];

export type ServingSetupId = (typeof SERVING_SETUPS)[number]['id'];

/**
 * The latency targets a self-hosted model's capacity is read at (the `slo` parameter; ids are public).
 * `interactive`: silybench's target, time to first token within 2 s for 99% of requests and a median of
 * 50 ms between tokens. `realtime`: first token within 50 ms for 95% of requests at the reader's prompt
 * length (the article's sub-50 ms case). `batch`: no target, the GPU kept full (maximum load).
 */
export const LATENCY_TARGETS = [
  { id: 'interactive', ttftMs: 2000, ttftPercentile: 99, itlMs: 50 },
  { id: 'realtime', ttftMs: 50, ttftPercentile: 95 },
  { id: 'batch' },
] as const;
export type LatencyTarget = (typeof LATENCY_TARGETS)[number];
export type LatencyTargetId = LatencyTarget['id'];

/** Longest prompt and answer any setup measures; a shape beyond either is an extrapolation. */
export const MEASURED_MAX = { input: 8192, output: 2048 } as const;

/** Requests a second from a source that reports output tokens a second: every request writes `output` tokens. */
export const requestsPerSecondFromOutput = (outputTokensPerSecond: number, output: number): number =>
  outputTokensPerSecond / output;

/** GPU-seconds one request of `input` and `output` tokens takes under these coefficients. */
export const gpuSecondsPerRequest = ([d, a, b, c]: Coefficients, input: number, output: number): number =>
  d + a * input + b * output + c * output * (input + output / 2);

/**
 * Requests a second one GPU of the setup serves, at the setup's concurrency, when every request has `input`
 * prompt tokens and `output` answer tokens (both ≥ 0). Infinity only for an empty request (0 / 0); finite and
 * positive otherwise, and it never rises when either length grows.
 */
export const requestsPerSecondPerGpu = (setup: ServingSetup, input: number, output: number): number =>
  input + output === 0 ? Number.POSITIVE_INFINITY : 1 / gpuSecondsPerRequest(setup.coefficients, input, output);

/**
 * Time to first token, 95th percentile, ms, that the setup holds at its concurrency for a prompt of `input`
 * tokens; `undefined` where the source publishes none. Between measured prompt lengths it is interpolated on
 * log–log axes (a power law between neighbours); below the shortest it holds that value; beyond the longest it
 * extends the last power law. Non-decreasing in `input`.
 */
export function ttftP95Ms(setup: ServingSetup, input: number): number | undefined {
  const knots = setup.ttft;
  if (!knots) return undefined;
  let ms = knots[0][1];
  let left = knots[0];
  for (const right of knots.slice(1)) {
    if (input > left[0]) ms = powerLaw(left, right, input);
    left = right;
  }
  return ms;
}

type Knot = readonly [input: number, ms: number];

/** The power law through two knots at `x`, capped at the right knot up to it so joins never step down. */
function powerLaw([x0, y0]: Knot, [x1, y1]: Knot, x: number): number {
  const y = y0 * (x / x0) ** (Math.log(y1 / y0) / Math.log(x1 / x0));
  return x <= x1 ? Math.min(y, y1) : y;
}
