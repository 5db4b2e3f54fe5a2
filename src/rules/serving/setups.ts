// Build time only: which published points each serving setup rests on, at each latency target. The
// browser gets the fitted curves alone, made from this module when the site is built (the data module
// `virtual:calculator-data`, src/integrations/calculator-data.ts); the unit tests hold every fit within
// 20% of every point it rests on. It imports no value from `serving.ts`, which reads those curves.
import type { BenchmarkPoint } from './data.ts';
import { SILYBENCH_CAPACITY, SILYBENCH_PERF_POINTS, type SilybenchRunKey } from './data-silybench.ts';
import { TRTLLM_POINTS, type TrtllmGpu, type TrtllmModel } from './data-trtllm.ts';
import { fitCoefficients, ttftKnots } from './fit.ts';
import type { Coefficients } from './rate.ts';
import type { GpuType, LatencyLoad, OpenModelId, ServingPrecision, ServingSetup } from './serving.ts';
import { REALTIME_TTFT_MS } from './targets.ts';

/** Where a setup's points come from: a silybench run (by precision) or one column of NVIDIA's overview. */
export type SetupFrom =
  | { readonly kind: 'silybench'; readonly run: SilybenchRunKey }
  | {
      readonly kind: 'tensorrt-llm';
      readonly model: TrtllmModel;
      readonly gpu: TrtllmGpu;
      readonly tp: number;
      readonly pp: number;
    };

/** A serving setup as its source describes it. Ids are URL values (`tput`): never rename one. */
export interface SetupDef {
  readonly id: string;
  readonly open: OpenModelId;
  readonly gpu: GpuType;
  readonly gpusPerReplica: number;
  readonly precision: ServingPrecision;
  readonly engine: 'vLLM' | 'TensorRT-LLM';
  readonly from: SetupFrom;
}

const trt = (open: OpenModelId, model: TrtllmModel, gpu: TrtllmGpu, tp: number, pp = 1): Omit<SetupDef, 'id'> => ({
  open,
  gpu,
  gpusPerReplica: tp * pp,
  // NVIDIA's Hopper columns are FP8 checkpoints, its Blackwell columns NVFP4.
  precision: gpu === 'H100' || gpu === 'H200' ? 'fp8' : 'fp4',
  engine: 'TensorRT-LLM',
  from: { kind: 'tensorrt-llm', model, gpu, tp, pp },
});

const silybench = (run: SilybenchRunKey): Omit<SetupDef, 'id'> => ({
  open: 'qwen3-8b',
  gpu: 'H100',
  gpusPerReplica: 1,
  precision: run,
  engine: 'vLLM',
  from: { kind: 'silybench', run },
});

/**
 * Every serving setup by id, smallest model first. One per model and GPU type its source measured it on (for
 * the RTX PRO 6000, NVIDIA's smallest layout that holds the model); the two Qwen3-8B runs are silybench's.
 */
const SETUPS = {
  'qwen3-8b-h100-bf16': silybench('bf16'),
  'qwen3-8b-h100-fp8': silybench('fp8'),
  'llama-3.1-8b-h100': trt('llama-3.1-8b', 'Llama 3.1 8B', 'H100', 1),
  'llama-3.1-8b-h200': trt('llama-3.1-8b', 'Llama 3.1 8B', 'H200', 1),
  'qwen3-30b-a3b-b200': trt('qwen3-30b-a3b', 'Qwen3-30B-A3B', 'B200', 1),
  'qwen3-30b-a3b-rtx-pro-6000': trt('qwen3-30b-a3b', 'Qwen3-30B-A3B', 'RTX PRO 6000', 1),
  'llama-3.3-70b-h100': trt('llama-3.3-70b', 'Llama 3.3 70B', 'H100', 2),
  'llama-3.3-70b-h200': trt('llama-3.3-70b', 'Llama 3.3 70B', 'H200', 1),
  'llama-3.3-70b-b200': trt('llama-3.3-70b', 'Llama 3.3 70B', 'B200', 1),
  'llama-3.3-70b-rtx-pro-6000': trt('llama-3.3-70b', 'Llama 3.3 70B', 'RTX PRO 6000', 1),
  'qwen3-235b-a22b-h100': trt('qwen3-235b-a22b', 'Qwen3-235B-A22B', 'H100', 8),
  'qwen3-235b-a22b-h200': trt('qwen3-235b-a22b', 'Qwen3-235B-A22B', 'H200', 8),
  'qwen3-235b-a22b-b200': trt('qwen3-235b-a22b', 'Qwen3-235B-A22B', 'B200', 8),
  'qwen3-235b-a22b-rtx-pro-6000': trt('qwen3-235b-a22b', 'Qwen3-235B-A22B', 'RTX PRO 6000', 2, 4),
} satisfies Record<string, Omit<SetupDef, 'id'>>;

/** A serving setup's id: the `tput` URL value. Public: never rename one. */
export type SetupId = keyof typeof SETUPS;

/** Every serving setup, in menu order. */
export const SETUP_DEFS: readonly (SetupDef & { readonly id: SetupId })[] = Object.entries(SETUPS).map(([id, d]) => ({
  ...d,
  id: id as SetupId,
}));

/** Loads at which silybench measured latency, kept for the real-time target: few requests in flight. */
export const LATENCY_LOADS = [1, 4, 16, 32] as const;

const silybenchRows = (run: SilybenchRunKey) => SILYBENCH_PERF_POINTS.filter((p) => p.precision === run);

const point = (p: (typeof SILYBENCH_PERF_POINTS)[number]): BenchmarkPoint => ({
  input: p.inputLen,
  output: p.outputLen,
  requestsPerSecond: p.requestThroughput,
  outputTokensPerSecond: p.outputThroughput,
  ttftP95Ms: p.ttftP95Ms,
});

/** Points of a NVIDIA overview column, in its unit (output tokens a second for the whole column). */
function trtPoints(f: Extract<SetupFrom, { kind: 'tensorrt-llm' }>): BenchmarkPoint[] {
  return TRTLLM_POINTS.filter((p) => p.model === f.model && p.gpu === f.gpu && p.tp === f.tp && p.pp === f.pp).map(
    (p) => ({ input: p.input, output: p.output, outputTokensPerSecond: p.outputTokensPerSecond }),
  );
}

/** Maximum load (`batch`): NVIDIA's every point; for silybench, the most requests a second measured at each shape. */
export function batchPoints(d: SetupDef): BenchmarkPoint[] {
  if (d.from.kind === 'tensorrt-llm') return trtPoints(d.from);
  const rows = silybenchRows(d.from.run);
  const shapes = [...new Set(rows.map((r) => r.workload))];
  return shapes.map((w) =>
    point(
      rows
        .filter((r) => r.workload === w)
        .reduce((best, r) => (r.requestThroughput > best.requestThroughput ? r : best)),
    ),
  );
}

/**
 * The interactive target where the source measured it: silybench's rows at the most users that met its
 * target. A maximum-load source has none: its interactive rate is derived in the browser (`interactiveShare`).
 */
export function interactivePoints(d: SetupDef): BenchmarkPoint[] | undefined {
  const from = d.from;
  if (from.kind !== 'silybench') return undefined;
  const rows = silybenchRows(from.run);
  return SILYBENCH_CAPACITY.filter((c) => c.precision === from.run).map((c) => {
    const row = rows.find((r) => r.workload === c.workload && r.concurrency === c.maxUsersSlo);
    if (!row) throw new Error(`silybench ${from.run}: no row at ${c.maxUsersSlo} users for ${c.workload}`);
    return point(row);
  });
}

/** silybench's points at each low load, with their time to first token: what the real-time target reads. */
export function latencyLoads(d: SetupDef): { readonly concurrency: number; readonly points: BenchmarkPoint[] }[] {
  const from = d.from;
  if (from.kind !== 'silybench') return [];
  return LATENCY_LOADS.map((concurrency) => ({
    concurrency,
    points: silybenchRows(from.run)
      .filter((r) => r.concurrency === concurrency)
      .map(point),
  }));
}

/** Four significant digits: what the page data keeps of each fitted number. */
const sig = (x: number): number => Number(x.toPrecision(4));
const rounded = (c: readonly number[]): Coefficients => c.map(sig) as unknown as Coefficients;

/** A setup's curves, as the page data carries them: every fit of its points, rounded. */
export function fitSetup(d: SetupDef): ServingSetup {
  const loads = latencyLoads(d).flatMap(({ concurrency, points }): LatencyLoad[] => {
    const knots = ttftKnots(points);
    if (!knots) throw new Error(`${d.id}: no time to first token at ${concurrency} in flight`);
    const [first, ...rest] = knots.map(([x, ms]) => [x, sig(ms)] as const);
    if (!first) throw new Error(`${d.id}: no knots`);
    // A load whose shortest prompt already misses the real-time target can never meet it: the browser need not carry it.
    if (first[1] > REALTIME_TTFT_MS) return [];
    return [{ concurrency, coefficients: rounded(fitCoefficients(points, d.gpusPerReplica)), ttft: [first, ...rest] }];
  });
  const interactive = interactivePoints(d);
  return {
    id: d.id,
    open: d.open,
    gpu: d.gpu,
    gpusPerReplica: d.gpusPerReplica,
    batch: rounded(fitCoefficients(batchPoints(d), d.gpusPerReplica)),
    ...(interactive ? { interactive: rounded(fitCoefficients(interactive, d.gpusPerReplica)) } : {}),
    ...(loads.length ? { loads } : {}),
  };
}

/** The loads a setup's source measured, requests in flight, fewest first; `max` for a maximum-load source. */
export function measuredLoads(d: SetupDef): readonly number[] | 'max' {
  const from = d.from;
  if (from.kind !== 'silybench') return 'max';
  return [...new Set(silybenchRows(from.run).map((r) => r.concurrency))].sort((a, b) => a - b);
}
