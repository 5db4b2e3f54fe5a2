/**
 * Measured serving performance from the public dataset `tgarg01/silybench-data` (CC BY 4.0), kept whole for the
 * models this guide covers. Of Qwen3-8B, Llama 3.1 8B, Qwen3-30B-A3B, Llama 3.3 70B and Qwen3-235B-A22B, the
 * dataset measures only Qwen3-8B: two runs on one H100 SXM 80GB (GCP a3-highgpu-1g, Spot) with vLLM 0.30.0, BF16
 * and dynamic FP8, on 24 September 2026. Its README lists both under the experiment
 * `2026-09-24-qwen3-8b-pipeline`, status "pipeline": "Qwen3-8B runs used to build the pipeline, kept with all raw
 * data; not featured", and adds "Only `published` experiments feed the headline comparisons on the site."
 *
 * The latency target (README, `perf_points.slo_pass`): "p99 TTFT ≤ 2000 ms **and** median ITL ≤ 50 ms".
 */

/** Where the rows below were read, and as of when. */
export const SILYBENCH_SOURCE = {
  repo: 'tgarg01/silybench-data',
  url: 'https://github.com/tgarg01/silybench-data',
  /** The commit `derived/csv/perf_points.csv`, `capacity.csv` and `runs.csv` were read at. */
  commit: '93e4887353137e64bd5605fa3d1f4529da0a1dc5',
  paths: {
    perfPoints: 'derived/csv/perf_points.csv',
    capacity: 'derived/csv/capacity.csv',
    runs: 'derived/csv/runs.csv',
    /** Lists the runs, their scenarios (concurrency levels, repeats) and the target per scenario. */
    experiment: 'experiments/2026-09-24-qwen3-8b-pipeline/experiment.yaml',
    /** Defines the columns and the target; read at commit 893db45107f431f132318c8e70e0de2fb01d3c83. */
    readme: 'README.md',
    /** Gives `capacity_is_lower_bound` per run and workload. */
    cost: 'derived/cost.json',
  },
  experiment: '2026-09-24-qwen3-8b-pipeline',
  /** The experiment's status in the README: not `published`, so not on the site's headline comparisons. */
  status: 'pipeline',
  /** Day both runs started (UTC). */
  asOf: '2026-09-24',
  /** The latency target every capacity is read at: p99 time to first token and median inter-token latency, ms. */
  slo: { ttftP99Ms: 2000, itlMedianMs: 50 },
} as const;

export type SilybenchRunKey = 'bf16' | 'fp8';
export type SilybenchWorkload =
  | 'chat-128-128'
  | 'prefill-1024-128'
  | 'decode-128-1024'
  | 'balanced-2048-2048'
  | 'longctx-8192-512';

/** One row of `derived/csv/runs.csv` (the columns this guide needs), as printed. */
export interface SilybenchRun {
  /** `run_id`: `<UTC start>_<gpu>x<count>_<model>_<precision>`. */
  readonly runId: string;
  /** `created_at`, UTC. */
  readonly createdAt: string;
  /** `model`, the Hugging Face id. */
  readonly model: string;
  /** `model_revision`, the pinned commit. */
  readonly modelRevision: string;
  /** `precision`: bf16, or fp8 = vLLM's dynamic FP8 quantization (`--quantization fp8`). */
  readonly precision: SilybenchRunKey;
  /** `gpu_type`, normalised by the dataset: `H100-80GB` = H100 SXM 80GB. */
  readonly gpu: string;
  /** `gpu_count`. */
  readonly gpus: number;
  /** Engine (`engine_version` is vLLM's version, per the README). */
  readonly engine: 'vLLM';
  /** `engine_version`. */
  readonly engineVersion: string;
  /** `provider`, `machine_type`, `provisioning`. */
  readonly provider: string;
  readonly machineType: string;
  readonly provisioning: string;
  /** `price_per_hour_usd`: what the submitter paid for the whole machine, USD an hour. */
  readonly pricePerHourUsd: number;
  /** `max_model_len`, tokens. */
  readonly maxModelLen: number;
  /** `tp`: tensor-parallel size (pp, dp and ep are 1 in both runs). */
  readonly tp: number;
  /** `kv_cache_tokens`: KV-cache capacity vLLM reported at startup, tokens. */
  readonly kvCacheTokens: number;
  /** `merged_from`: other run ids combined into this row (an accuracy-only re-run), or empty. */
  readonly mergedFrom: string;
}

/** The two runs, `derived/csv/runs.csv`, as printed. */
export const SILYBENCH_RUNS: Readonly<Record<SilybenchRunKey, SilybenchRun>> = {
  bf16: {
    runId: '20260924T125045Z_h100-80gbx1_qwen3-8b_bf16',
    createdAt: '2026-09-24T12:50:45.888772+00:00',
    model: 'Qwen/Qwen3-8B',
    modelRevision: 'b968826d9c46dd6066d109eabc6255188de91218',
    precision: 'bf16',
    gpu: 'H100-80GB',
    gpus: 1,
    engine: 'vLLM',
    engineVersion: '0.30.0',
    provider: 'gcp',
    machineType: 'a3-highgpu-1g',
    provisioning: 'spot',
    pricePerHourUsd: 6.57,
    maxModelLen: 16384,
    tp: 1,
    kvCacheTokens: 377024,
    mergedFrom: '20260924T222914Z_h100-80gbx1_qwen3-8b_bf16',
  },
  fp8: {
    runId: '20260924T225750Z_h100-80gbx1_qwen3-8b_fp8',
    createdAt: '2026-09-24T22:57:50.908344+00:00',
    model: 'Qwen/Qwen3-8B',
    modelRevision: 'b968826d9c46dd6066d109eabc6255188de91218',
    precision: 'fp8',
    gpu: 'H100-80GB',
    gpus: 1,
    engine: 'vLLM',
    engineVersion: '0.30.0',
    provider: 'gcp',
    machineType: 'a3-highgpu-1g',
    provisioning: 'spot',
    pricePerHourUsd: 6.57,
    maxModelLen: 16384,
    tp: 1,
    kvCacheTokens: 430272,
    mergedFrom: '',
  },
};

/** One row of `derived/csv/perf_points.csv`, joined to its run. Units as the source: ms, requests/s, tokens/s. */
export interface SilybenchPerfPoint {
  /** `run_id`, and from `runs.csv`: model, GPU, GPU count, precision, engine and its version. */
  readonly runId: string;
  readonly model: string;
  readonly gpu: string;
  readonly gpus: number;
  readonly precision: SilybenchRunKey;
  readonly engine: 'vLLM';
  readonly engineVersion: string;
  /** `workload`: random prompts of exactly `input_len` tokens generating exactly `output_len` (`--ignore-eos`). */
  readonly workload: SilybenchWorkload;
  readonly inputLen: number;
  readonly outputLen: number;
  /** `concurrency`: simultaneous users in a closed loop (each sends its next request when one finishes). */
  readonly concurrency: number;
  /** `num_prompts`, `repeats`, `completed`, `failed`: requests per repeat, repeats, completed and failed requests. */
  readonly numPrompts: number;
  readonly repeats: number;
  readonly completed: number;
  readonly failed: number;
  /** `duration_s`, seconds. */
  readonly durationS: number;
  /** `ttft_p95_ms`, `ttft_p99_ms`: time to first token (the source gives no median). */
  readonly ttftP95Ms: number;
  readonly ttftP99Ms: number;
  /** `tpot_p95_ms`, `tpot_p99_ms`: time per output token after the first, per request. */
  readonly tpotP95Ms: number;
  readonly tpotP99Ms: number;
  /** `itl_median_ms`, `itl_p95_ms`, `itl_p99_ms`: inter-token latency; 1000 / median = tokens/s per user. */
  readonly itlMedianMs: number;
  readonly itlP95Ms: number;
  readonly itlP99Ms: number;
  /** `e2el_p95_ms`, `e2el_p99_ms`: end-to-end request latency. */
  readonly e2elP95Ms: number;
  readonly e2elP99Ms: number;
  /** `request_throughput`, requests/s for the whole deployment. */
  readonly requestThroughput: number;
  /** `output_throughput`, output tokens/s for the whole deployment. */
  readonly outputThroughput: number;
  /** `total_token_throughput`, (input + output) tokens/s. */
  readonly totalTokenThroughput: number;
  /** `output_throughput_per_gpu`, output tokens/s per GPU. */
  readonly outputThroughputPerGpu: number;
  /** `tokens_per_s_per_user`. */
  readonly tokensPerSPerUser: number;
  /** `avg_power_w` (W), `peak_memory_gb` (GB), `output_tokens_per_joule`: nvidia-smi, measured window only. */
  readonly avgPowerW: number;
  readonly peakMemoryGb: number;
  readonly outputTokensPerJoule: number;
  /** `usd_per_1m_output_tokens_at_run_price`: USD per million output tokens at the submitter's $6.57 an hour. */
  readonly usdPer1mOutputTokensAtRunPrice: number;
  /** `slo_pass`: p99 TTFT ≤ 2000 ms and median ITL ≤ 50 ms. */
  readonly sloPass: boolean;
}

/**
 * The columns of `derived/csv/perf_points.csv` after `run_id` and `workload`, in the file's order; `slo_pass` is
 * written 1 (True) or 0 (False).
 */
type PerfRow = readonly [
  inputLen: number,
  outputLen: number,
  concurrency: number,
  numPrompts: number,
  repeats: number,
  completed: number,
  failed: number,
  durationS: number,
  ttftP95Ms: number,
  ttftP99Ms: number,
  tpotP95Ms: number,
  tpotP99Ms: number,
  itlMedianMs: number,
  itlP95Ms: number,
  itlP99Ms: number,
  e2elP95Ms: number,
  e2elP99Ms: number,
  requestThroughput: number,
  outputThroughput: number,
  totalTokenThroughput: number,
  outputThroughputPerGpu: number,
  tokensPerSPerUser: number,
  avgPowerW: number,
  peakMemoryGb: number,
  outputTokensPerJoule: number,
  usdPer1mOutputTokensAtRunPrice: number,
  sloPass: 0 | 1,
];

/**
 * Every row of silybench-data `derived/csv/perf_points.csv` (110 rows: both Qwen3-8B runs, 1×H100 80GB, vLLM
 * 0.30.0; runs `20260924T125045Z_h100-80gbx1_qwen3-8b_bf16` and `20260924T225750Z_h100-80gbx1_qwen3-8b_fp8`), each
 * the median of its repeats; grouped by run and workload, sorted by concurrency. Columns, in order: input_len,
 * output_len (tokens), concurrency (users), num_prompts, repeats, completed, failed, duration_s (s), ttft_p95_ms,
 * ttft_p99_ms, tpot_p95_ms, tpot_p99_ms, itl_median_ms, itl_p95_ms, itl_p99_ms, e2el_p95_ms, e2el_p99_ms (ms),
 * request_throughput (req/s), output_throughput, total_token_throughput, output_throughput_per_gpu,
 * tokens_per_s_per_user (tok/s), avg_power_w (W), peak_memory_gb (GB), output_tokens_per_joule,
 * usd_per_1m_output_tokens_at_run_price (USD), slo_pass (1/0). Values rounded to five significant digits; counts
 * exact. Concurrencies: 1, 4, 16, 32, 64, 128, 256, 512 for every workload, plus the levels the capacity search
 * probed near the target.
 */
const PERF_ROWS: Readonly<Record<SilybenchRunKey, Readonly<Record<SilybenchWorkload, readonly PerfRow[]>>>> = {
  bf16: {
    'chat-128-128': [
      [
        128, 128, 1, 50, 3, 50, 0, 44.042, 14.234, 14.511, 6.8396, 6.8441, 6.8255, 6.9343, 7.0233, 882.51, 882.89,
        1.1353, 145.32, 290.63, 145.32, 146.51, 423.05, 70.284, 0.34349, 12.559, 1,
      ],
      [
        128, 128, 4, 50, 3, 50, 0, 11.675, 24.21, 24.742, 6.933, 6.9365, 6.9217, 7.0406, 7.2858, 901.22, 903.76, 4.2826,
        548.17, 1096.3, 548.17, 144.47, 423.27, 70.284, 1.2951, 3.3292, 1,
      ],
      [
        128, 128, 16, 80, 3, 80, 0, 4.7491, 57.469, 64.657, 7.2802, 7.3704, 7.1388, 7.3332, 8.0897, 966.68, 971.49,
        16.845, 2156.2, 4312.4, 2156.2, 140.08, 436.75, 70.284, 4.937, 0.8464, 1,
      ],
      [
        128, 128, 32, 160, 3, 160, 0, 5.0815, 80.7, 84.295, 7.7581, 7.8337, 7.3972, 7.6917, 12.442, 1040.8, 1045.6,
        31.487, 4030.3, 8060.6, 4030.3, 135.19, 491.54, 70.284, 8.1994, 0.45282, 1,
      ],
      [
        128, 128, 64, 320, 3, 320, 0, 5.887, 181.9, 189.03, 9.1006, 9.1816, 8.1481, 8.7291, 14.568, 1240.1, 1243.2,
        54.357, 6957.7, 13915, 6957.7, 122.73, 548.52, 70.286, 12.684, 0.2623, 1,
      ],
      [
        128, 128, 128, 640, 3, 640, 0, 7.3184, 328.98, 358.94, 11.481, 11.635, 9.3388, 11.057, 20.585, 1595.4, 1607.9,
        87.451, 11194, 22387, 11194, 107.08, 630.06, 70.286, 17.766, 0.16304, 1,
      ],
      [
        128, 128, 256, 1280, 3, 1280, 0, 12.514, 828.47, 916.88, 17.545, 17.902, 12.832, 16.251, 144.77, 2592.8, 2599.9,
        102.29, 13093, 26185, 13093, 77.931, 670.51, 70.286, 19.527, 0.13939, 1,
      ],
      [
        128, 128, 512, 2560, 3, 2560, 0, 22.537, 1633.7, 1891, 31.647, 32.362, 21.602, 44.771, 194.24, 4714.2, 4742.2,
        113.59, 14540, 29079, 14540, 46.292, 678.69, 70.558, 21.423, 0.12552, 1,
      ],
    ],
    'prefill-1024-128': [
      [
        1024, 128, 1, 50, 3, 50, 0, 45.391, 34.308, 35.105, 6.8989, 6.9053, 6.8887, 6.986, 7.1053, 909.2, 909.78,
        1.1015, 141, 1269, 141, 145.17, 433.9, 70.558, 0.32495, 12.944, 1,
      ],
      [
        1024, 128, 4, 50, 3, 50, 0, 12.04, 32.244, 32.995, 7.1294, 7.1329, 7.1169, 7.2253, 7.5332, 933.9, 934.6, 4.1529,
        531.57, 4784.1, 531.57, 140.51, 429.4, 70.558, 1.2379, 3.4332, 1,
      ],
      [
        1024, 128, 16, 80, 3, 80, 0, 5.8286, 236.11, 260.96, 10.066, 10.212, 7.8974, 8.1263, 19.683, 1358.4, 1361.2,
        13.725, 1756.8, 15812, 1756.8, 126.62, 495, 70.558, 3.5492, 1.0388, 1,
      ],
      [
        1024, 128, 32, 160, 3, 160, 0, 7.5932, 265.76, 268.06, 13.264, 13.901, 8.844, 9.4649, 74.25, 1838.1, 1843.8,
        21.071, 2697.1, 24274, 2697.1, 113.07, 566, 70.558, 4.7652, 0.67664, 1,
      ],
      [
        1024, 128, 64, 320, 3, 320, 0, 14.385, 1271.3, 1553.6, 21.583, 22.003, 10.918, 24.408, 193.71, 3370.6, 3755.1,
        22.245, 2847.3, 25626, 2847.3, 91.595, 659.91, 70.558, 4.3147, 0.64095, 1,
      ],
      [
        1024, 128, 80, 400, 3, 400, 0, 16.967, 1594.2, 1952.6, 25.235, 26.023, 11.957, 97.584, 198.13, 4246.6, 4632.3,
        23.576, 3017.7, 27159, 3017.7, 83.633, 666.45, 70.558, 4.528, 0.60477, 1,
      ],
      [
        1024, 128, 84, 420, 3, 420, 0, 17.749, 1650.8, 2043.9, 26.35, 27.118, 12.508, 123.63, 197.46, 4406, 4790.4,
        23.664, 3029, 27261, 3029, 79.951, 664.76, 70.558, 4.5565, 0.60251, 0,
      ],
      [
        1024, 128, 88, 440, 3, 440, 0, 18.243, 1778.8, 2174.3, 27.124, 27.952, 12.583, 172.59, 197.87, 4713.4, 5114.6,
        24.119, 3087.2, 27785, 3087.2, 79.472, 670.41, 70.558, 4.605, 0.59114, 0,
      ],
      [
        1024, 128, 96, 480, 3, 480, 0, 19.562, 1844.2, 2333.5, 28.937, 29.895, 13.073, 191.63, 199.14, 5013.2, 5564.4,
        24.538, 3140.8, 28267, 3140.8, 76.494, 679.99, 70.558, 4.6189, 0.58106, 0,
      ],
      [
        1024, 128, 128, 640, 3, 640, 0, 24.465, 2497.5, 3083.8, 36.109, 37.583, 14.873, 195.41, 199.95, 6507.9, 7097.5,
        26.16, 3348.5, 30137, 3348.5, 67.237, 684.1, 70.558, 4.8947, 0.54502, 0,
      ],
      [
        1024, 128, 256, 1280, 3, 1280, 0, 45.288, 5112.7, 6326.2, 67.222, 68.715, 23.673, 205.31, 209.03, 13252, 14479,
        28.264, 3617.7, 32560, 3617.7, 42.241, 689.93, 70.558, 5.2437, 0.50446, 0,
      ],
      [
        1024, 128, 512, 2560, 3, 2560, 0, 93.153, 13528, 16234, 92.635, 113.05, 31.39, 211.55, 214.81, 25008, 27726,
        27.482, 3517.7, 31659, 3517.7, 31.857, 693.49, 70.558, 5.0724, 0.51881, 0,
      ],
    ],
    'decode-128-1024': [
      [
        128, 1024, 1, 50, 3, 50, 0, 351.5, 14.096, 14.604, 6.8679, 6.8753, 6.8579, 6.9429, 7.009, 7039.5, 7047, 0.14225,
        145.66, 163.87, 145.66, 145.82, 429.01, 70.558, 0.33953, 12.529, 1,
      ],
      [
        128, 1024, 4, 50, 3, 50, 0, 93.456, 24.808, 25.126, 7.0248, 7.0263, 7.0092, 7.15, 7.2048, 7207.5, 7207.7,
        0.53501, 547.85, 616.33, 547.85, 142.67, 425.22, 70.558, 1.2884, 3.3312, 1,
      ],
      [
        128, 1024, 16, 80, 3, 80, 0, 38.7, 49.222, 49.481, 7.5456, 7.5475, 7.5298, 7.9256, 8.0398, 7758.8, 7758.9,
        2.0672, 2116.8, 2381.4, 2116.8, 132.81, 465.55, 70.558, 4.5469, 0.86216, 1,
      ],
      [
        128, 1024, 32, 160, 3, 160, 0, 41.9, 86.021, 88.589, 8.1648, 8.1689, 8.11, 8.8931, 9.0825, 8409.3, 8409.8,
        3.8186, 3910.2, 4399, 3910.2, 123.3, 526.22, 70.558, 7.4308, 0.46673, 1,
      ],
      [
        128, 1024, 64, 320, 3, 320, 0, 49.671, 249.17, 251.08, 9.6334, 9.6447, 9.4943, 11.011, 11.384, 9992.5, 9994.5,
        6.4424, 6597, 7421.6, 6597, 105.33, 614.42, 70.558, 10.737, 0.27664, 1,
      ],
      [
        128, 1024, 128, 640, 3, 640, 0, 63.621, 447, 463.85, 12.296, 12.311, 12.004, 14.943, 15.892, 12791, 12793,
        10.06, 10301, 11589, 10301, 83.303, 689.49, 70.558, 14.94, 0.17717, 1,
      ],
      [
        128, 1024, 256, 1280, 3, 1280, 0, 96.612, 848.82, 929.85, 18.641, 18.685, 18.084, 23.552, 25.319, 19465, 19468,
        13.249, 13567, 15263, 13567, 55.297, 689.87, 70.558, 19.666, 0.13452, 1,
      ],
      [
        128, 1024, 384, 1920, 3, 1920, 0, 144.66, 1740.5, 1748.3, 28.991, 30.021, 24.779, 31.09, 32.454, 30026, 31375,
        13.273, 13591, 15290, 13591, 40.357, 681.09, 70.558, 19.955, 0.13428, 1,
      ],
      [
        128, 1024, 392, 1960, 3, 1960, 0, 150.69, 1758.4, 1763.8, 30.561, 31.728, 25.673, 31.692, 49.071, 31675, 32944,
        13.007, 13319, 14984, 13319, 38.952, 680.31, 70.558, 19.578, 0.13702, 1,
      ],
      [
        128, 1024, 396, 1980, 3, 1980, 0, 152.19, 1947.2, 1968.2, 30.969, 32.046, 25.77, 31.769, 48.188, 32086, 33517,
        13.01, 13322, 14987, 13322, 38.804, 681.49, 70.558, 19.548, 0.13699, 1,
      ],
      [
        128, 1024, 400, 2000, 3, 2000, 0, 153.72, 1957.9, 2133.4, 31.478, 32.61, 26.018, 31.814, 49.938, 32624, 33911,
        13.011, 13323, 14988, 13323, 38.435, 680.83, 70.558, 19.569, 0.13698, 0,
      ],
      [
        128, 1024, 416, 2080, 3, 2080, 0, 163.06, 2330.9, 2359.9, 34.083, 35.204, 27.508, 32.922, 52.755, 35321, 36798,
        12.756, 13062, 14695, 13062, 36.353, 681.76, 70.558, 19.16, 0.13971, 0,
      ],
      [
        128, 1024, 448, 2240, 3, 2240, 0, 173.38, 2930.9, 5429.2, 37.506, 38.699, 28.849, 33.935, 58.917, 38649, 40568,
        12.92, 13230, 14884, 13230, 34.663, 685.07, 70.558, 19.312, 0.13795, 0,
      ],
      [
        128, 1024, 512, 2560, 3, 2560, 0, 193.86, 4332.3, 12542, 44.303, 46.235, 30.409, 38.024, 71.109, 46202, 47866,
        13.206, 13523, 15213, 13523, 32.885, 687.4, 70.558, 19.672, 0.13496, 0,
      ],
    ],
    'balanced-2048-2048': [
      [
        2048, 2048, 1, 50, 3, 50, 0, 719.28, 61.344, 62.195, 7.0146, 7.0184, 6.9976, 7.098, 7.1576, 14420, 14423,
        0.069514, 142.37, 284.73, 142.37, 142.91, 428.56, 70.558, 0.3322, 12.819, 1,
      ],
      [
        2048, 2048, 4, 50, 3, 50, 0, 202.21, 203.75, 204.99, 7.6051, 7.6104, 7.5271, 7.7418, 7.8145, 15646, 15649,
        0.24726, 506.39, 1012.8, 506.39, 132.85, 458.52, 70.558, 1.1044, 3.6039, 1,
      ],
      [
        2048, 2048, 16, 80, 3, 80, 0, 100.82, 787.27, 788.63, 9.8005, 9.8123, 9.4641, 10.233, 10.454, 20232, 20323,
        0.79352, 1625.1, 3250.2, 1625.1, 105.66, 504.07, 70.558, 3.224, 1.123, 1,
      ],
      [
        2048, 2048, 32, 160, 3, 160, 0, 129.59, 1394.7, 1586.6, 12.585, 12.603, 11.865, 13.687, 14.247, 26578, 26818,
        1.2346, 2528.5, 5057, 2528.5, 84.278, 573.55, 70.558, 4.4086, 0.72177, 1,
      ],
      [
        2048, 2048, 40, 200, 3, 200, 0, 145.52, 1595.5, 1994.2, 14.103, 14.161, 13.25, 15.324, 15.842, 29990, 30385,
        1.3744, 2814.7, 5629.4, 2814.7, 75.473, 587.71, 70.558, 4.7893, 0.64839, 1,
      ],
      [
        2048, 2048, 44, 220, 3, 220, 0, 152.72, 1799.9, 2207.9, 14.813, 14.864, 13.907, 16.016, 16.522, 31647, 32035,
        1.4405, 2950.2, 5900.4, 2950.2, 71.908, 603.1, 70.558, 4.8918, 0.6186, 0,
      ],
      [
        2048, 2048, 48, 240, 3, 240, 0, 160.28, 1914.9, 2362.5, 15.553, 15.597, 14.574, 16.839, 17.42, 33283, 33693,
        1.4974, 3066.7, 6133.4, 3066.7, 68.615, 603.73, 70.558, 5.0795, 0.59511, 0,
      ],
      [
        2048, 2048, 64, 320, 3, 320, 0, 189.26, 2484.8, 3093.4, 18.34, 18.416, 17.053, 19.896, 20.497, 39610, 40217,
        1.6908, 3462.8, 6925.7, 3462.8, 58.641, 655.67, 70.558, 5.2814, 0.52702, 0,
      ],
      [
        2048, 2048, 128, 640, 3, 640, 0, 334.62, 12392, 28639, 40.023, 43.367, 25.509, 26.864, 202.75, 85774, 91011,
        1.9126, 3917.1, 7834.1, 3917.1, 39.202, 688.03, 70.558, 5.6932, 0.46591, 0,
      ],
      [
        2048, 2048, 256, 1280, 3, 1280, 0, 675.39, 71722, 106430, 56.667, 58.188, 26.303, 27.641, 207.85, 152790,
        169140, 1.8952, 3881.4, 7762.8, 3881.4, 38.019, 688.1, 70.558, 5.6407, 0.47019, 0,
      ],
      [
        2048, 2048, 512, 2560, 3, 2560, 0, 1344, 201810, 207120, 56.906, 58.129, 26.318, 27.688, 207.74, 296750, 302740,
        1.9048, 3901.1, 7802.2, 3901.1, 37.996, 689.57, 70.558, 5.6572, 0.46782, 0,
      ],
    ],
    'longctx-8192-512': [
      [
        8192, 512, 1, 50, 3, 50, 0, 198.68, 253.87, 254.64, 7.3014, 7.3091, 7.3006, 7.3929, 7.4827, 3980.8, 3983.6,
        0.25166, 128.85, 2190.4, 128.85, 136.98, 451.16, 70.558, 0.2856, 14.164, 1,
      ],
      [
        8192, 512, 4, 50, 3, 50, 0, 67.795, 893.42, 898.12, 9.85, 9.8544, 8.6167, 8.7263, 8.8714, 5300.3, 5468.6,
        0.73752, 377.61, 6419.3, 377.61, 116.05, 499.81, 70.558, 0.7555, 4.8331, 1,
      ],
      [
        8192, 512, 7, 50, 3, 50, 0, 51.041, 1345.2, 1573.8, 12.619, 12.628, 10.182, 10.487, 10.933, 6964.4, 7133.2,
        0.9796, 501.56, 8526.4, 501.56, 98.215, 525.62, 70.558, 0.95421, 3.6387, 1,
      ],
      [
        8192, 512, 10, 50, 3, 50, 0, 40.912, 1905.8, 2238.9, 15.44, 15.454, 11.779, 12.367, 25.325, 8786, 9225.6,
        1.2221, 625.73, 10637, 625.73, 84.895, 556.92, 70.558, 1.1236, 2.9166, 0,
      ],
      [
        8192, 512, 16, 80, 3, 80, 0, 52.246, 2921.2, 3588.5, 19.452, 19.834, 13.755, 14.695, 223.47, 12233, 12938,
        1.5312, 783.98, 13328, 783.98, 72.703, 602.69, 70.558, 1.3008, 2.3279, 0,
      ],
      [
        8192, 512, 32, 160, 3, 160, 0, 86.097, 5619.4, 7086.4, 32.515, 32.98, 20.272, 39.564, 231.22, 21646, 23103,
        1.8584, 951.48, 16175, 951.48, 49.329, 652.2, 70.558, 1.4589, 1.9181, 0,
      ],
      [
        8192, 512, 64, 320, 3, 320, 0, 166.88, 23518, 26519, 42.659, 57.664, 25.28, 232.97, 238.72, 45135, 48156,
        1.9175, 981.79, 16690, 981.79, 39.556, 665.09, 70.558, 1.4762, 1.8589, 0,
      ],
      [
        8192, 512, 128, 640, 3, 640, 0, 329.62, 47014, 52999, 42.648, 57.9, 25.298, 232.98, 238.5, 68596, 74588, 1.9416,
        994.11, 16900, 994.11, 39.529, 667.29, 70.558, 1.4898, 1.8358, 0,
      ],
      [
        8192, 512, 256, 1280, 3, 1280, 0, 659.25, 112040, 118280, 42.716, 59.445, 25.33, 233.46, 238.64, 133660, 139910,
        1.9416, 994.09, 16900, 994.09, 39.478, 668.42, 70.558, 1.4872, 1.8358, 0,
      ],
      [
        8192, 512, 512, 2560, 3, 2560, 0, 1314.7, 245470, 246890, 42.713, 59.447, 25.317, 233.38, 238.81, 267110,
        270110, 1.9473, 997, 16949, 997, 39.499, 669.43, 70.558, 1.4893, 1.8305, 0,
      ],
    ],
  },
  fp8: {
    'chat-128-128': [
      [
        128, 128, 1, 50, 3, 50, 0, 30.002, 14.454, 15.034, 4.6241, 4.628, 4.6183, 4.7204, 4.8399, 601.08, 602.1, 1.6666,
        213.32, 426.64, 213.32, 216.53, 386.72, 70.315, 0.55162, 8.5552, 1,
      ],
      [
        128, 128, 4, 50, 3, 50, 0, 8.0316, 24.628, 25.671, 4.7236, 4.7259, 4.7155, 4.8199, 5.0276, 622.64, 624.92,
        6.2254, 796.85, 1593.7, 796.85, 212.06, 382.17, 70.315, 2.0851, 2.2903, 1,
      ],
      [
        128, 128, 16, 80, 3, 80, 0, 3.3165, 56.074, 56.969, 5.0097, 5.1085, 4.8639, 5.1591, 6.0878, 676.13, 680.57,
        24.122, 3087.6, 6175.2, 3087.6, 205.6, 396.76, 70.704, 7.7819, 0.59108, 1,
      ],
      [
        128, 128, 32, 160, 3, 160, 0, 3.7834, 85.108, 91.667, 5.7635, 5.82, 5.3053, 5.6856, 10.138, 778.97, 785.06,
        42.29, 5413.1, 10826, 5413.1, 188.49, 477.88, 70.907, 11.327, 0.33714, 1,
      ],
      [
        128, 128, 64, 320, 3, 320, 0, 4.4665, 155.29, 161.65, 6.7276, 6.8725, 5.9166, 6.754, 14.629, 946.29, 953.51,
        71.644, 9170.4, 18341, 9170.4, 169.01, 500.31, 71.13, 18.33, 0.19901, 1,
      ],
      [
        128, 128, 128, 640, 3, 640, 0, 6.124, 330.57, 333.86, 9.1382, 9.317, 7.5495, 9.374, 19.133, 1314.8, 1328.8,
        104.51, 13377, 26754, 13377, 132.46, 557.6, 72.837, 23.99, 0.13643, 1,
      ],
      [
        128, 128, 256, 1280, 3, 1280, 0, 10.433, 731.81, 737.99, 14.469, 14.697, 10.873, 15.698, 93.148, 2169.5, 2176.5,
        122.69, 15704, 31408, 15704, 91.974, 635.72, 72.839, 24.702, 0.11621, 1,
      ],
      [
        128, 128, 512, 2560, 3, 2560, 0, 19.809, 1344.6, 1506.5, 27.168, 27.823, 19.674, 41.052, 143.26, 4139.1, 4163.2,
        129.23, 16542, 33084, 16542, 50.828, 647.33, 73.13, 25.554, 0.11033, 1,
      ],
    ],
    'prefill-1024-128': [
      [
        1024, 128, 1, 50, 3, 50, 0, 31.201, 29.305, 31.091, 4.7017, 4.7095, 4.6963, 4.8042, 4.9195, 625.8, 626.94,
        1.6025, 205.12, 1846.1, 205.12, 212.94, 397.52, 78.7, 0.51601, 8.8971, 1,
      ],
      [
        1024, 128, 4, 50, 3, 50, 0, 8.4236, 31.783, 32.163, 4.9098, 4.9148, 4.9121, 5.0744, 5.2717, 654, 655.53, 5.9357,
        759.77, 6837.9, 759.77, 203.58, 389.41, 78.7, 1.9511, 2.402, 1,
      ],
      [
        1024, 128, 16, 80, 3, 80, 0, 4.2786, 206.62, 219.48, 7.1358, 7.4602, 5.615, 5.859, 10.318, 1011.2, 1012.3,
        18.698, 2393.3, 21540, 2393.3, 178.09, 458.47, 78.7, 5.2203, 0.76254, 1,
      ],
      [
        1024, 128, 32, 160, 3, 160, 0, 5.9461, 260.07, 287.18, 10.327, 10.716, 6.7396, 9.2629, 60.84, 1443, 1463.8,
        26.908, 3444.3, 30998, 3444.3, 148.38, 562.49, 78.7, 6.1233, 0.52987, 1,
      ],
      [
        1024, 128, 64, 320, 3, 320, 0, 11.068, 978.66, 1170.4, 16.443, 16.864, 8.6395, 19.463, 141.97, 2569.1, 2813.4,
        28.911, 3700.6, 33306, 3700.6, 115.75, 634.34, 78.7, 5.8338, 0.49316, 1,
      ],
      [
        1024, 128, 96, 480, 3, 480, 0, 15.263, 1402.3, 1702.8, 22.339, 23.279, 11.072, 135.86, 144.32, 3845.8, 4164,
        31.448, 4025.4, 36228, 4025.4, 90.318, 651.06, 78.7, 6.1828, 0.45338, 1,
      ],
      [
        1024, 128, 104, 520, 3, 520, 0, 16.315, 1567.1, 1847.6, 24.041, 24.889, 11.605, 138.82, 146.61, 4199.5, 4476.9,
        31.872, 4079.6, 36717, 4079.6, 86.167, 648.49, 78.7, 6.291, 0.44734, 1,
      ],
      [
        1024, 128, 108, 540, 3, 540, 0, 16.74, 1585.7, 1897.8, 24.685, 25.507, 11.767, 139.43, 146.48, 4298.8, 4583.3,
        32.258, 4129, 37161, 4129, 84.985, 649.7, 78.7, 6.3553, 0.44199, 1,
      ],
      [
        1024, 128, 112, 560, 3, 560, 0, 17.261, 1590.7, 2006.3, 25.301, 26.391, 12.009, 140.06, 148.14, 4429.4, 4848.3,
        32.443, 4152.6, 37374, 4152.6, 83.274, 650.73, 78.7, 6.3815, 0.43948, 0,
      ],
      [
        1024, 128, 128, 640, 3, 640, 0, 19.214, 1849.2, 2285.9, 28.447, 29.335, 12.934, 142.7, 148.59, 5087.7, 5511.8,
        33.309, 4263.5, 38372, 4263.5, 77.316, 663.82, 78.7, 6.4228, 0.42805, 0,
      ],
      [
        1024, 128, 256, 1280, 3, 1280, 0, 35.923, 3731.4, 4685, 53.097, 54.65, 21.626, 154.11, 156.99, 10176, 11092,
        35.631, 4560.8, 41047, 4560.8, 46.242, 683.44, 78.7, 6.6733, 0.40015, 0,
      ],
      [
        1024, 128, 512, 2560, 3, 2560, 0, 74.177, 7716.3, 13026, 84.924, 104.99, 35.112, 162.81, 167.08, 18959, 23693,
        34.512, 4417.5, 39758, 4417.5, 28.481, 687.24, 78.7, 6.4279, 0.41313, 0,
      ],
    ],
    'decode-128-1024': [
      [
        128, 1024, 1, 50, 3, 50, 0, 239.12, 14.429, 15.012, 4.6703, 4.6769, 4.662, 4.7463, 4.8706, 4791.7, 4798.5,
        0.2091, 214.12, 240.89, 214.12, 214.5, 393.66, 78.7, 0.54393, 8.5232, 1,
      ],
      [
        128, 1024, 4, 50, 3, 50, 0, 64.25, 25.29, 26.017, 4.8298, 4.8306, 4.8145, 4.9638, 5.123, 4961.2, 4961.4,
        0.77821, 796.88, 896.49, 796.88, 207.71, 400.45, 78.7, 1.99, 2.2902, 1,
      ],
      [
        128, 1024, 16, 80, 3, 80, 0, 27.063, 57.601, 57.748, 5.2777, 5.2805, 5.2506, 5.6371, 5.7631, 5433.8, 5439.5,
        2.9561, 3027, 3405.4, 3027, 190.45, 438.51, 78.7, 6.903, 0.60291, 1,
      ],
      [
        128, 1024, 32, 160, 3, 160, 0, 31.216, 81.956, 82.434, 6.0865, 6.0931, 6.0316, 6.7686, 6.9896, 6273.7, 6274.6,
        5.1256, 5248.6, 5904.7, 5248.6, 165.79, 516.95, 78.7, 10.153, 0.34771, 1,
      ],
      [
        128, 1024, 64, 320, 3, 320, 0, 38.011, 201.9, 212.76, 7.366, 7.3742, 7.2599, 8.661, 8.9646, 7647.2, 7649,
        8.4186, 8620.7, 9698.3, 8620.7, 137.74, 579.43, 78.7, 14.878, 0.2117, 1,
      ],
      [
        128, 1024, 128, 640, 3, 640, 0, 53.822, 383.93, 385.72, 10.388, 10.4, 10.159, 12.932, 13.703, 10819, 10822,
        11.891, 12176, 13699, 12176, 98.436, 624.44, 78.7, 19.5, 0.14988, 1,
      ],
      [
        128, 1024, 256, 1280, 3, 1280, 0, 85.87, 693.95, 738.26, 16.537, 16.566, 16.129, 21.439, 23.388, 17291, 17294,
        14.906, 15264, 17172, 15264, 62.001, 679.18, 78.7, 22.474, 0.11956, 1,
      ],
      [
        128, 1024, 384, 1920, 3, 1920, 0, 132.81, 964.23, 1103.4, 25.455, 26.074, 24.849, 33.037, 35.312, 26773, 26897,
        14.456, 14803, 16654, 14803, 40.243, 686.36, 78.7, 21.568, 0.12328, 1,
      ],
      [
        128, 1024, 448, 2240, 3, 2240, 0, 155.16, 1562.6, 1584.4, 31.823, 33.023, 27.116, 34.419, 59.492, 32922, 34112,
        14.437, 14784, 16632, 14784, 36.879, 679.96, 78.7, 21.742, 0.12345, 1,
      ],
      [
        128, 1024, 464, 2320, 3, 2320, 0, 158.31, 1717.4, 1727.7, 32.991, 34.13, 27.36, 34.59, 61.173, 34182, 35391,
        14.655, 15006, 16882, 15006, 36.55, 678.64, 78.7, 22.112, 0.12162, 1,
      ],
      [
        128, 1024, 472, 2360, 3, 2360, 0, 160.01, 1866.1, 1886.5, 33.657, 34.761, 27.414, 34.72, 62.991, 34737, 35998,
        14.749, 15103, 16991, 15103, 36.477, 678.99, 71.94, 22.244, 0.12083, 1,
      ],
      [
        128, 1024, 476, 2380, 3, 2380, 0, 161.06, 1879.6, 2021.2, 33.931, 35.155, 27.589, 34.751, 63.109, 35249, 36333,
        14.777, 15131, 17023, 15131, 36.247, 678.8, 71.94, 22.291, 0.12061, 0,
      ],
      [
        128, 1024, 480, 2400, 3, 2400, 0, 162.52, 2018.7, 2032.2, 34.322, 35.553, 27.754, 34.817, 64.394, 35627, 36810,
        14.767, 15122, 17012, 15122, 36.031, 678.97, 78.7, 22.271, 0.12069, 0,
      ],
      [
        128, 1024, 512, 2560, 3, 2560, 0, 170.34, 2483.7, 5538.9, 36.97, 38.155, 28.33, 36.217, 69.41, 38379, 39671,
        15.029, 15389, 17313, 15389, 35.299, 680.24, 78.7, 22.624, 0.11859, 0,
      ],
    ],
    'balanced-2048-2048': [
      [
        2048, 2048, 1, 50, 3, 50, 0, 493.22, 50.319, 50.655, 4.8038, 4.8157, 4.7958, 4.9122, 5.0068, 9881.7, 9904.3,
        0.10138, 207.62, 415.23, 207.62, 208.52, 402.7, 71.94, 0.51556, 8.7903, 1,
      ],
      [
        2048, 2048, 4, 50, 3, 50, 0, 142.98, 161.42, 162.54, 5.3838, 5.3863, 5.3189, 5.5279, 5.6022, 11077, 11077,
        0.34969, 716.17, 1432.3, 716.17, 188.01, 432.91, 71.94, 1.6543, 2.5483, 1,
      ],
      [
        2048, 2048, 16, 80, 3, 80, 0, 76.7, 554.62, 584.89, 7.4497, 7.4609, 7.2168, 7.9504, 8.0801, 15395, 15460, 1.043,
        2136.1, 4272.2, 2136.1, 138.57, 494.18, 71.94, 4.3226, 0.85436, 1,
      ],
      [
        2048, 2048, 32, 160, 3, 160, 0, 106.18, 996.62, 1166.2, 10.3, 10.329, 9.8107, 11.301, 11.662, 21669, 21885,
        1.5069, 3086.1, 6172.2, 3086.1, 101.93, 572.78, 71.94, 5.3879, 0.59136, 1,
      ],
      [
        2048, 2048, 48, 240, 3, 240, 0, 134.04, 1432.3, 1771.1, 12.994, 13.043, 12.252, 14.638, 15.294, 27581, 27945,
        1.7906, 3667.1, 7334.1, 3667.1, 81.622, 627.83, 71.94, 5.8409, 0.49768, 1,
      ],
      [
        2048, 2048, 52, 260, 3, 260, 0, 145.76, 1516.3, 1928.2, 14.14, 14.184, 13.328, 15.951, 16.547, 30126, 30498,
        1.7837, 3653.1, 7306.2, 3653.1, 75.028, 626.36, 71.94, 5.8323, 0.49958, 1,
      ],
      [
        2048, 2048, 56, 280, 3, 280, 0, 148.74, 1660.5, 2083, 14.422, 14.473, 13.53, 16.235, 16.869, 30834, 31272,
        1.8825, 3855.4, 7710.8, 3855.4, 73.908, 650.41, 71.94, 5.9276, 0.47337, 0,
      ],
      [
        2048, 2048, 64, 320, 3, 320, 0, 162.5, 1841.5, 2359.3, 15.755, 15.815, 14.806, 17.731, 18.41, 33824, 34269,
        1.9692, 4033, 8065.9, 4033, 67.539, 661.94, 71.94, 6.0926, 0.45252, 0,
      ],
      [
        2048, 2048, 128, 640, 3, 640, 0, 295.99, 4231, 10527, 32.548, 34.819, 24.618, 27.284, 153.02, 68243, 72968,
        2.1622, 4428.2, 8856.5, 4428.2, 40.621, 657.19, 71.94, 6.7381, 0.41213, 0,
      ],
      [
        2048, 2048, 256, 1280, 3, 1280, 0, 608.16, 67187, 71055, 58.681, 60.182, 28.263, 29.978, 159.02, 131660, 135560,
        2.1047, 4310.4, 8620.9, 4310.4, 35.382, 663.3, 71.94, 6.4984, 0.42339, 0,
      ],
      [
        2048, 2048, 512, 2560, 3, 2560, 0, 1206.9, 196050, 199880, 58.999, 60.201, 28.265, 29.919, 159.01, 259910,
        264040, 2.1212, 4344.1, 8688.3, 4344.1, 35.38, 665.16, 71.94, 6.531, 0.42011, 0,
      ],
    ],
    'longctx-8192-512': [
      [
        8192, 512, 1, 50, 3, 50, 0, 140.21, 205.08, 206.07, 5.111, 5.1191, 5.1041, 5.226, 5.3847, 2812.8, 2814.8,
        0.35661, 182.59, 3104, 182.59, 195.92, 441.75, 71.94, 0.41333, 9.9953, 1,
      ],
      [
        8192, 512, 4, 50, 3, 50, 0, 50.65, 684.85, 691.42, 7.3515, 7.3591, 6.4251, 6.5488, 6.6878, 3968.5, 3977.1,
        0.98717, 505.43, 8592.3, 505.43, 155.64, 502.26, 71.94, 1.0063, 3.6108, 1,
      ],
      [
        8192, 512, 10, 50, 3, 50, 0, 32.534, 1470.3, 1709.7, 12.272, 12.281, 9.5064, 9.729, 19.914, 6968.7, 7302,
        1.5369, 786.88, 13377, 786.88, 105.19, 545.37, 71.94, 1.4428, 2.3193, 1,
      ],
      [
        8192, 512, 13, 65, 3, 65, 0, 36.862, 1830.8, 2212, 13.875, 13.968, 10.238, 10.688, 167.27, 8184.9, 8622.3,
        1.7633, 902.83, 15348, 902.83, 97.672, 578.75, 71.94, 1.56, 2.0214, 0,
      ],
      [
        8192, 512, 16, 80, 3, 80, 0, 42.391, 2234.4, 2737.9, 15.822, 16.099, 11.431, 12.192, 170.3, 9701.7, 10244,
        1.8872, 966.25, 16426, 966.25, 87.484, 603.31, 71.94, 1.6016, 1.8887, 0,
      ],
      [
        8192, 512, 32, 160, 3, 160, 0, 72.851, 4325.2, 5455, 27.32, 27.939, 18.24, 28.436, 180.71, 17950, 19078, 2.1963,
        1124.5, 19116, 1124.5, 54.825, 642.38, 71.94, 1.7505, 1.623, 0,
      ],
      [
        8192, 512, 64, 320, 3, 320, 0, 143.65, 16291, 24103, 42.121, 56.494, 27.198, 184.91, 187.43, 37782, 45391,
        2.2277, 1140.6, 19390, 1140.6, 36.768, 652.16, 71.94, 1.7489, 1.6001, 0,
      ],
      [
        8192, 512, 128, 640, 3, 640, 0, 283.96, 41183, 48184, 42.279, 60.138, 27.221, 185.59, 188.14, 62750, 69672,
        2.2538, 1154, 19617, 1154, 36.736, 657.49, 71.94, 1.7551, 1.5815, 0,
      ],
      [
        8192, 512, 256, 1280, 3, 1280, 0, 568.13, 98039, 103750, 42.339, 62.174, 27.247, 185.64, 188.21, 122460, 125380,
        2.253, 1153.5, 19610, 1153.5, 36.701, 656.94, 71.94, 1.7559, 1.5821, 0,
      ],
      [
        8192, 512, 512, 2560, 3, 2560, 0, 1132.5, 215800, 215920, 42.309, 63.406, 27.242, 185.64, 188.13, 237300,
        237520, 2.2605, 1157.4, 19675, 1157.4, 36.708, 657.72, 71.94, 1.7597, 1.5768, 0,
      ],
    ],
  },
};

const RUN_KEYS: readonly SilybenchRunKey[] = ['bf16', 'fp8'];
const WORKLOADS: readonly SilybenchWorkload[] = [
  'chat-128-128',
  'prefill-1024-128',
  'decode-128-1024',
  'balanced-2048-2048',
  'longctx-8192-512',
];

/** All 110 rows of `perf_points.csv` as typed objects, in the source's units. */
export const SILYBENCH_PERF_POINTS: readonly SilybenchPerfPoint[] = RUN_KEYS.flatMap((key) => {
  const run = SILYBENCH_RUNS[key];
  return WORKLOADS.flatMap((workload) =>
    PERF_ROWS[key][workload].map((r) => ({
      runId: run.runId,
      model: run.model,
      gpu: run.gpu,
      gpus: run.gpus,
      precision: run.precision,
      engine: run.engine,
      engineVersion: run.engineVersion,
      workload,
      inputLen: r[0],
      outputLen: r[1],
      concurrency: r[2],
      numPrompts: r[3],
      repeats: r[4],
      completed: r[5],
      failed: r[6],
      durationS: r[7],
      ttftP95Ms: r[8],
      ttftP99Ms: r[9],
      tpotP95Ms: r[10],
      tpotP99Ms: r[11],
      itlMedianMs: r[12],
      itlP95Ms: r[13],
      itlP99Ms: r[14],
      e2elP95Ms: r[15],
      e2elP99Ms: r[16],
      requestThroughput: r[17],
      outputThroughput: r[18],
      totalTokenThroughput: r[19],
      outputThroughputPerGpu: r[20],
      tokensPerSPerUser: r[21],
      avgPowerW: r[22],
      peakMemoryGb: r[23],
      outputTokensPerJoule: r[24],
      usdPer1mOutputTokensAtRunPrice: r[25],
      sloPass: r[26] === 1,
    })),
  );
});

/** One row of `derived/csv/capacity.csv`, joined to its run. */
export interface SilybenchCapacity {
  readonly runId: string;
  readonly model: string;
  readonly gpu: string;
  readonly gpus: number;
  readonly precision: SilybenchRunKey;
  readonly engine: 'vLLM';
  readonly engineVersion: string;
  readonly workload: SilybenchWorkload;
  /** `slo_ttft_p99_ms`, `slo_itl_median_ms`: the target, ms. */
  readonly sloTtftP99Ms: number;
  readonly sloItlMedianMs: number;
  /** `max_users_slo`: most concurrent users meeting the target (bisection search over concurrency). */
  readonly maxUsersSlo: number;
  /** `max_users_kv_cache`: requests of this size that fit in the KV cache at once. */
  readonly maxUsersKvCache: number;
  /** `output_throughput_at_max_users`: output tokens/s at `max_users_slo` users. */
  readonly outputThroughputAtMaxUsers: number;
  /**
   * Not a `capacity.csv` column: the README's rule ("If nothing above it failed, it is a lower bound"), true here
   * where `max_users_slo` is the highest concurrency measured (512). Matches `capacity_is_lower_bound` in
   * `derived/cost.json` and the `probed` levels in `derived/index.json`: true for chat-128-128 in both runs only.
   */
  readonly capacityIsLowerBound: boolean;
}

/**
 * Every row of silybench-data `derived/csv/capacity.csv` (10 rows: the two Qwen3-8B 1×H100 80GB vLLM runs above,
 * five workloads each), in the file's order per run. Columns: workload, slo_ttft_p99_ms (ms), slo_itl_median_ms
 * (ms), max_users_slo (users), max_users_kv_cache (requests), output_throughput_at_max_users (output tok/s, rounded
 * to five significant digits).
 */
const CAPACITY_ROWS: Readonly<
  Record<SilybenchRunKey, readonly (readonly [SilybenchWorkload, number, number, number, number, number])[]>
> = {
  bf16: [
    ['chat-128-128', 2000, 50, 512, 1472, 14540],
    ['prefill-1024-128', 2000, 50, 80, 327, 3017.7],
    ['decode-128-1024', 2000, 50, 396, 327, 13322],
    ['balanced-2048-2048', 2000, 50, 40, 92, 2814.7],
    ['longctx-8192-512', 2000, 50, 7, 43, 501.56],
  ],
  fp8: [
    ['prefill-1024-128', 2000, 50, 108, 373, 4129],
    ['decode-128-1024', 2000, 50, 472, 373, 15103],
    ['balanced-2048-2048', 2000, 50, 52, 105, 3653.1],
    ['longctx-8192-512', 2000, 50, 10, 49, 786.88],
    ['chat-128-128', 2000, 50, 512, 1680, 16542],
  ],
};

/** All 10 rows of `capacity.csv` as typed objects, with the lower-bound flag derived as described above. */
export const SILYBENCH_CAPACITY: readonly SilybenchCapacity[] = RUN_KEYS.flatMap((key) => {
  const run = SILYBENCH_RUNS[key];
  return CAPACITY_ROWS[key].map(([workload, ttft, itl, maxUsers, kvUsers, outputThroughput]) => ({
    runId: run.runId,
    model: run.model,
    gpu: run.gpu,
    gpus: run.gpus,
    precision: run.precision,
    engine: run.engine,
    engineVersion: run.engineVersion,
    workload,
    sloTtftP99Ms: ttft,
    sloItlMedianMs: itl,
    maxUsersSlo: maxUsers,
    maxUsersKvCache: kvUsers,
    outputThroughputAtMaxUsers: outputThroughput,
    capacityIsLowerBound: maxUsers === Math.max(...PERF_ROWS[key][workload].map((r) => r[2])),
  }));
});

/** Capacity at the target set against the highest load measured for the same run and workload. */
export interface SilybenchCapacityRatio {
  readonly precision: SilybenchRunKey;
  readonly workload: SilybenchWorkload;
  /** The `perf_points` row at `max_users_slo` users. */
  readonly atTarget: SilybenchPerfPoint;
  /** The `perf_points` row at the highest concurrency measured (512 users). */
  readonly highestLoad: SilybenchPerfPoint;
  /** The `perf_points` row with the most requests a second, at any concurrency. */
  readonly peak: SilybenchPerfPoint;
  /** Requests/s at the target ÷ requests/s at the highest load. */
  readonly ratioToHighestLoad: number;
  /** Requests/s at the target ÷ the most requests/s measured. */
  readonly ratioToPeak: number;
  readonly capacityIsLowerBound: boolean;
}

/**
 * Derived here from the rows above, with no number of its own: how much of its highest-load request rate each run
 * and workload keeps at the latency target.
 */
export const SILYBENCH_CAPACITY_RATIOS: readonly SilybenchCapacityRatio[] = SILYBENCH_CAPACITY.map((c) => {
  const rows = SILYBENCH_PERF_POINTS.filter((p) => p.runId === c.runId && p.workload === c.workload);
  const pick = (better: (a: SilybenchPerfPoint, b: SilybenchPerfPoint) => boolean): SilybenchPerfPoint =>
    rows.reduce((best, p) => (better(p, best) ? p : best));
  const atTarget = rows.find((p) => p.concurrency === c.maxUsersSlo);
  if (!atTarget)
    throw new Error(`silybench: no perf_points row at ${c.maxUsersSlo} users for ${c.runId} ${c.workload}`);
  const highestLoad = pick((a, b) => a.concurrency > b.concurrency);
  const peak = pick((a, b) => a.requestThroughput > b.requestThroughput);
  return {
    precision: c.precision,
    workload: c.workload,
    atTarget,
    highestLoad,
    peak,
    ratioToHighestLoad: atTarget.requestThroughput / highestLoad.requestThroughput,
    ratioToPeak: atTarget.requestThroughput / peak.requestThroughput,
    capacityIsLowerBound: c.capacityIsLowerBound,
  };
});
