import { tput8bH100Max, tput8bH10032Users } from '../figures/data.ts';
import type { ServingPrecision, ServingSetupId } from './serving.ts';

/** One published benchmark point, in the units its source reports. */
export interface BenchmarkPoint {
  /** Prompt length, tokens (`input_len`). */
  readonly input: number;
  /** Answer length, tokens (`output_len`). */
  readonly output: number;
  /** Completed requests a second for the whole replica; absent where the source reports only tokens a second. */
  readonly requestsPerSecond?: number;
  /** Output (generated) tokens a second for the whole replica. */
  readonly outputTokensPerSecond: number;
  /** Time to first token, 95th percentile, ms; absent where the source publishes none. */
  readonly ttftP95Ms?: number;
  /** Time per output token after the first, 95th percentile, ms; absent where the source publishes none. */
  readonly tpotP95Ms?: number;
}

/**
 * Rows of silybench-data `derived/csv/perf_points.csv` (Qwen3-8B, 1×H100 80GB, vLLM; runs
 * `20260924T125045Z_h100-80gbx1_qwen3-8b_bf16` and `20260924T225750Z_h100-80gbx1_qwen3-8b_fp8`), only those a
 * serving setup uses; source `silybench`, as of 2026-09-24. Columns: precision, concurrency, input_len,
 * output_len, request_throughput, output_throughput, ttft_p95_ms, tpot_p95_ms; values rounded to four
 * significant digits or finer.
 */
const SILYBENCH_ROWS: readonly (readonly [ServingPrecision, number, number, number, number, number, number, number])[] =
  [
    ['bf16', 1, 128, 128, 1.1353, 145.3, 14.23, 6.84],
    ['bf16', 1, 1024, 128, 1.1015, 141.0, 34.31, 6.899],
    ['bf16', 1, 128, 1024, 0.14225, 145.7, 14.1, 6.868],
    ['bf16', 1, 2048, 2048, 0.069514, 142.4, 61.34, 7.015],
    ['bf16', 1, 8192, 512, 0.25166, 128.8, 253.9, 7.301],
    ['bf16', 32, 128, 128, 31.487, 4030, 80.7, 7.758],
    ['bf16', 32, 1024, 128, 21.071, 2697, 265.8, 13.26],
    ['bf16', 32, 128, 1024, 3.8186, 3910, 86.02, 8.165],
    // Output tokens a second here are the figure `tput-8b-h100-32-users`.
    ['bf16', 32, 2048, 2048, 1.2346, tput8bH10032Users.value, 1394.7, 12.59],
    ['bf16', 32, 8192, 512, 1.8584, 951.5, 5619.4, 32.51],
    ['fp8', 32, 128, 128, 42.29, 5413, 85.11, 5.764],
    ['fp8', 32, 1024, 128, 26.908, 3444, 260.1, 10.33],
    ['fp8', 32, 128, 1024, 5.1256, 5249, 81.96, 6.086],
    ['fp8', 32, 2048, 2048, 1.5069, 3086, 996.6, 10.3],
    ['fp8', 32, 8192, 512, 2.1963, 1124, 4325.2, 27.32],
    ['fp8', 128, 128, 128, 104.51, 13377, 330.6, 9.138],
    ['fp8', 128, 1024, 128, 33.309, 4264, 1849.2, 28.45],
    ['fp8', 128, 128, 1024, 11.891, 12176, 383.9, 10.39],
    ['fp8', 128, 2048, 2048, 2.1622, 4428, 4231, 32.55],
    ['fp8', 128, 8192, 512, 2.2538, 1154, 41183, 42.28],
  ];

/** The silybench points measured at one precision and concurrency. */
const silybench = (precision: ServingPrecision, concurrency: number): readonly BenchmarkPoint[] =>
  SILYBENCH_ROWS.filter((r) => r[0] === precision && r[1] === concurrency).map((r) => ({
    input: r[2],
    output: r[3],
    requestsPerSecond: r[4],
    outputTokensPerSecond: r[5],
    ttftP95Ms: r[6],
    tpotP95Ms: r[7],
  }));

/**
 * TensorRT-LLM performance overview, "Total Output Throughput" at maximum load, output tokens a second per
 * replica; source `tensorrt-llm`, as of 2025. Llama 3.1 8B FP8 on 1×H100; the point at 1,000 / 1,000 is the
 * figure `tput-8b-h100-max`.
 */
const TRT_LLAMA_8B: readonly BenchmarkPoint[] = [
  { input: 128, output: 128, outputTokensPerSecond: 28_312 },
  { input: 1000, output: 1000, outputTokensPerSecond: tput8bH100Max.value },
  { input: 2048, output: 2048, outputTokensPerSecond: 9_305 },
];

/** As above, Llama 3.3 70B FP8 on one 2×H100 replica; the figure `tput-70b-h100-per-gpu` is its half, rounded. */
const TRT_LLAMA_70B: readonly BenchmarkPoint[] = [{ input: 1000, output: 1000, outputTokensPerSecond: 4_205 }];

/** The benchmark points each serving setup rests on, per replica, in its source's units; source and date are the setup's. */
export const SERVING_POINTS: Readonly<Record<ServingSetupId, readonly BenchmarkPoint[]>> = {
  '8b-interactive': silybench('bf16', 32),
  'qwen3-8b-h100-bf16-c1': silybench('bf16', 1),
  'qwen3-8b-h100-fp8-c32': silybench('fp8', 32),
  'qwen3-8b-h100-fp8-c128': silybench('fp8', 128),
  '8b-max': TRT_LLAMA_8B,
  '70b-max': TRT_LLAMA_70B,
};
