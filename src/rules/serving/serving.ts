/**
 * How many requests a second one GPU serves for a request shape (input tokens, output tokens), at a latency
 * target, for a serving setup: one open model on one GPU type, in replicas of a fixed number of GPUs.
 *
 * In plain words: each setup rests on published benchmark points. NVIDIA's TensorRT-LLM performance overview
 * (release 1.0) runs ten request shapes per model and GPU at maximum load and reports output tokens a second
 * for the whole replica; silybench-data ran five shapes on one H100 with vLLM at many loads and measured
 * requests a second and the time to first token at each. For each setup and target we fit one small formula:
 * every request costs the GPU a fixed time, plus time per prompt token (prefill), plus time per answer token
 * (decode) that grows with the length of the text the answer is written after, plus a term in the prompt's
 * square (prefill attending to the prompt, and a long prompt holding up the requests behind it). Every fit
 * lands within 20% of every point it rests on (the unit tests check each one). Between the measured shapes it
 * interpolates; beyond them, and once the requests in flight no longer fit in GPU memory, it extrapolates.
 *
 * The targets: `batch` reads the maximum-load points, an upper bound nobody waiting for an answer gets.
 * `interactive` reads silybench's capacity at its target where it was measured; for a maximum-load source it
 * is that source's rate times the share of its peak silybench's FP8 run kept at the target, at the same
 * request shape (`interactiveShare`, a derived figure). `realtime` reads the heaviest of silybench's low loads
 * whose first token stays within 50 ms at the reader's prompt length; no other source measures latency.
 *
 * A reader's own benchmark (`BenchPoint`) takes the place of the published level: the setup's curve at the
 * target, scaled through the reader's point, so the rate at the run's own request lengths is the rate the run
 * measured, and other lengths move as the curve does. Whether the target is met is then the run's own
 * latency, read against the target's limits.
 *
 * This module carries only what the browser needs: the fitted curves arrive as page data
 * (`virtual:calculator-data`); the points and the fits are in `serving/setups.ts` and `serving/fit.ts`.
 */
import { renamed, servingCurves, targets } from 'virtual:calculator-data';
import { type Coefficients, rateOf } from './rate.ts';
import type { SetupId } from './setups.ts';
import { type LatencyTargetId, REALTIME_TTFT_MS } from './targets.ts';

export * from './rate.ts';
export * from './targets.ts';

export type ServingPrecision = 'bf16' | 'fp8' | 'fp4';

/** The open models a setup serves: the ids of the self-hosted side of a comparison. */
export const OPEN_MODELS = ['qwen3-8b', 'llama-3.1-8b', 'qwen3-30b-a3b', 'llama-3.3-70b', 'qwen3-235b-a22b'] as const;
export type OpenModelId = (typeof OPEN_MODELS)[number];

/** GPU types, as the setups and the GPU offers name them. */
export type GpuType = 'H100' | 'H200' | 'B200' | 'RTX PRO 6000' | 'A100' | 'L40S' | 'A10';

/** How many GPUs, in words: `one H100`, `8 B200s`. */
export const gpuCount = (n: number, gpu: GpuType): string => (n === 1 ? `one ${gpu}` : `${n} ${gpu}s`);

type Knot = readonly [input: number, ms: number];

/** A load silybench measured latency at: its fit, and its time to first token (p95) by prompt length. */
export interface LatencyLoad {
  /** Requests in flight. */
  readonly concurrency: number;
  readonly coefficients: Coefficients;
  /** [input tokens, ms], input increasing and ms non-decreasing. */
  readonly ttft: readonly [Knot, ...Knot[]];
}

/** A serving setup's numbers. Its names and sources are in `serving/notes.ts`. */
export interface ServingSetup {
  /** URL value (`tput`). Public: never rename one. */
  readonly id: string;
  readonly open: OpenModelId;
  readonly gpu: GpuType;
  /** GPUs that together hold one copy of the model; points are per replica, rates per GPU. */
  readonly gpusPerReplica: number;
  /** Fit at maximum load. */
  readonly batch: Coefficients;
  /** Fit at the interactive target where the source measured it; absent where it is derived (`interactiveShare`). */
  readonly interactive?: Coefficients;
  /** Low loads with measured latency that can meet the real-time target; absent where the source measures none. */
  readonly loads?: readonly LatencyLoad[];
}

export type ServingSetupId = SetupId;

/** Every serving setup's curves, fitted when the site is built (`serving/setups.ts`). Ids are URL values. */
export const SERVING_SETUPS: readonly (ServingSetup & { readonly id: ServingSetupId })[] =
  servingCurves as readonly (ServingSetup & {
    readonly id: ServingSetupId;
  })[];

/** Serving ids that were each a model on a GPU at one load: the setup each now opens. Never remove one. */
export const RENAMED_SETUPS: Readonly<Record<string, ServingSetupId>> = renamed.setups;
/** The latency target an old serving id's load stood for, where a link names none. */
export const RENAMED_SETUP_TARGETS: Readonly<Record<string, LatencyTargetId>> = renamed.setupTargets;

/** What a setup serves at a target: requests a second per GPU, and whether the target is met. */
export interface Capacity {
  readonly rps: number;
  /** False where no measured load meets the target (the rate is then the nearest there is). */
  readonly met: boolean;
  /** Time to first token, p95, ms, at the reader's prompt, where the source measured it at this load. */
  readonly ttftMs?: number;
  /** Requests in flight at the load read, where the source ran a fixed number. */
  readonly concurrency?: number;
}

/**
 * A reader's own benchmark run, as `vllm bench serve` reports one, named as the calculator's fields name it:
 * requests a second completed on `benchGpus` GPUs of the setup's type, at mean prompt and answer lengths, with
 * the latency it measured (ms: first token at p99 and p95, time between tokens at the median) and the requests
 * it let through at once. A latency or a concurrency of 0 was not given.
 */
export type BenchPoint = Readonly<
  Record<
    | 'benchRps'
    | 'benchGpus'
    | 'benchInput'
    | 'benchOutput'
    | 'benchConcurrency'
    | 'benchTtftP99'
    | 'benchTtftP95'
    | 'benchItlMedian',
    number
  >
>;

/**
 * Whether a reader's run meets a latency target, by its own figures: the interactive target wants p99 first
 * token and median time between tokens within silybench's limits; real time wants the first token within
 * its line at p95 (p99, where the run gave no p95, stands above it). Undefined where the run lacks a figure.
 */
export function benchMeets(p: BenchPoint, slo: string): boolean | undefined {
  if (slo === 'batch') return true;
  const { ttftP99Ms, itlMedianMs } = targets.interactive;
  const first = p.benchTtftP95 || p.benchTtftP99;
  if (slo === 'realtime') return first ? first <= REALTIME_TTFT_MS : undefined;
  return p.benchTtftP99 && p.benchItlMedian
    ? p.benchTtftP99 <= ttftP99Ms && p.benchItlMedian <= itlMedianMs
    : undefined;
}

/**
 * A setup's capacity for requests of `input` and `output` tokens at a latency target. Real time takes the
 * heaviest measured load whose first token stays within the target at this prompt length; where none does,
 * the lightest load (not met); where the source measured no latency, the interactive rate (not met). With a
 * reader's run, the curve at the target scaled through it, met as the run's own latency says.
 */
export function capacity(setup: ServingSetup, input: number, output: number, slo: string, run?: BenchPoint): Capacity {
  if (run) {
    const at = (i: number, o: number) => capacity(setup, i, o, slo).rps;
    return {
      rps: ((run.benchRps / run.benchGpus) * at(input, output)) / at(run.benchInput, run.benchOutput),
      met: !!benchMeets(run, slo),
    };
  }
  const batch = rateOf(setup.batch, input, output);
  if (slo === 'batch') return { rps: batch, met: true };
  // No target serves more than maximum load, though two fits can cross outside the shapes they rest on.
  const interactive = {
    rps: Math.min(
      batch,
      setup.interactive ? rateOf(setup.interactive, input, output) : batch * interactiveShare(input, output),
    ),
    met: true,
  };
  if (slo !== 'realtime') return interactive;
  const limit = REALTIME_TTFT_MS;
  let best: Capacity | undefined;
  for (const load of setup.loads ?? []) {
    const ttftMs = ttftAt(load.ttft, input);
    const c = {
      rps: Math.min(batch, rateOf(load.coefficients, input, output)),
      met: ttftMs <= limit,
      ttftMs,
      concurrency: load.concurrency,
    };
    // Loads run lightest first: keep the first, then any heavier one that meets the target.
    if (!best || (c.met && c.rps >= best.rps)) best = c;
  }
  return best ?? { ...interactive, met: false };
}

/** The measured setup whose capacity at the interactive target, over its peak, scales maximum-load sources. */
export const SHARE_REFERENCE = 'qwen3-8b-h100-fp8';

/**
 * The share of its maximum-load rate a setup keeps at the interactive target, for a source that measured
 * maximum load only: silybench's FP8 Qwen3-8B run's fitted capacity at the target over its fitted peak, at
 * this request shape (from 0.73 to 1 over NVIDIA's shapes), never above 1.
 */
export function interactiveShare(input: number, output: number): number {
  const ref = SERVING_SETUPS.find((s) => s.id === SHARE_REFERENCE);
  if (!ref?.interactive || input + output === 0) return 1;
  return Math.min(1, rateOf(ref.interactive, input, output) / rateOf(ref.batch, input, output));
}

/**
 * Time to first token, ms, at a prompt of `input` tokens from a load's knots: interpolated on log–log axes
 * (a power law between neighbours); below the shortest it holds that value; beyond the longest it extends the
 * last power law. Non-decreasing in `input`.
 */
export function ttftAt(knots: readonly [Knot, ...Knot[]], input: number): number {
  let ms = knots[0][1];
  let left = knots[0];
  for (const right of knots.slice(1)) {
    if (input > left[0]) ms = powerLaw(left, right, input);
    left = right;
  }
  return ms;
}

/** The power law through two knots at `x`, capped at the right knot up to it so joins never step down. */
function powerLaw([x0, y0]: Knot, [x1, y1]: Knot, x: number): number {
  const y = y0 * (x / x0) ** (Math.log(y1 / y0) / Math.log(x1 / x0));
  return x <= x1 ? Math.min(y, y1) : y;
}
