// Reads a reader's own serving benchmark: the result `vllm bench serve` prints (the block under "Serving
// Benchmark Result") or the JSON its `--save-result` writes, in the versions that name their figures as
// below (the older `benchmarks/benchmark_serving.py` printed the same lines and wrote the same keys).
// Loaded on first use only (src/scripts/standalone/benchmark.ts); never part of the calculator's bundle.
import { formatPlain } from '../format/format.ts';
import { keptRate } from './rate.ts';

/** The latency figures a run may report, ms. */
export interface Percentiles {
  readonly mean?: number;
  readonly median?: number;
  readonly p95?: number;
  readonly p99?: number;
}

/** What a run's result says, in its own units. */
export interface BenchRead {
  /** Printed text or saved JSON. */
  readonly format: 'text' | 'json';
  /** Requests that succeeded, and failed where reported. */
  readonly completed: number;
  readonly failed?: number;
  /** Seconds the run took, where reported. */
  readonly duration?: number;
  /** Requests completed a second, over the whole run. */
  readonly rps: number;
  /** Mean tokens in and out of a request that succeeded. */
  readonly input: number;
  readonly output: number;
  /** Requests the run let through at once (`--max-concurrency`); absent where it set no cap. */
  readonly concurrency?: number;
  /** Time to first token, time between tokens, and time per output token after the first. */
  readonly ttft: Percentiles;
  readonly itl: Percentiles;
  readonly tpot: Percentiles;
  /** The model the run called, where the JSON names it. */
  readonly model?: string;
}

export type BenchResult =
  | { readonly ok: true; readonly read: BenchRead }
  | { readonly ok: false; readonly message: string };

/** Pasted text larger than this is refused before it is parsed: a result is a few KB without per-request detail. */
export const BENCH_MAX_CHARS = 20_000_000;

/** The block header vLLM prints above a run's result. */
const HEADER = 'Serving Benchmark Result';

/**
 * Each figure the reader needs: the lines that print it (as printed, without the colon) and its JSON key.
 * `why` says, where a required figure is missing, why a run may lack it.
 */
const FIGURES = {
  completed: { text: ['Successful requests'], json: 'completed' },
  input: { text: ['Total input tokens'], json: 'total_input_tokens' },
  output: {
    text: ['Total generated tokens'],
    json: 'total_output_tokens',
    why: ' (vLLM prints it when it has the model’s tokenizer)',
  },
  duration: { text: ['Benchmark duration (s)'], json: 'duration' },
  rps: { text: ['Request throughput (req/s)'], json: 'request_throughput' },
  failed: { text: ['Failed requests'], json: 'failed' },
  // vLLM prints "Maximum request concurrency"; SGLang's bench_serving, whose result vLLM's follows, "Max".
  concurrency: { text: ['Maximum request concurrency', 'Max request concurrency'], json: 'max_concurrency' },
} as const;

type Figure = keyof typeof FIGURES;
const STATS = ['mean', 'median', 'p95', 'p99'] as const;
type Stat = (typeof STATS)[number];

/** The figures a run must give; its rate may come from the count and the duration instead of the rate line. */
const NEEDED = ['completed', 'input', 'output'] as const satisfies readonly Figure[];

/** How a figure's line is named in a message: `“Total generated tokens”`, with why a run may lack it. */
const named = (f: Figure): string => {
  const figure: { readonly text: readonly string[]; readonly why?: string } = FIGURES[f];
  return `“${figure.text[0]}”${figure.why ?? ''}`;
};

/** A reading of one format: a figure, and a latency statistic (`p99` of `ttft`), where the result gives it. */
interface Reading {
  readonly figure: (f: Figure) => number | undefined;
  readonly stat: (s: Stat, name: string) => number | undefined;
}

/** Reads a pasted result: printed text or JSON. Anything else gets a message saying what is missing. */
export function readBenchmark(pasted: string): BenchResult {
  const text = pasted.trim();
  if (text === '') return fail('Paste a result first.');
  if (text.length > BENCH_MAX_CHARS)
    return fail(
      `That is ${(text.length / 1e6).toFixed(0)} million characters, too much to be one result: paste the printed block, or JSON saved without --save-detailed.`,
    );
  return /^[[{]/.test(text) ? fromJson(text) : fromText(text);
}

const fail = (message: string): BenchResult => ({ ok: false, message });

/** A figure as a finite number at least 0, or undefined. */
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

function fromText(text: string): BenchResult {
  const blocks = text.split(HEADER).length - 1;
  if (blocks === 0)
    return fail(
      `This is not a vllm bench serve result: there is no “${HEADER}” block in it, and it is not the JSON that --save-result writes.`,
    );
  if (blocks > 1) return fail(`This holds ${blocks} results: paste one run’s block.`);
  // By label, lower case. Lines before the block count too: older versions printed the concurrency cap above it.
  const lines = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Za-z][^:]*?)\s*:\s*([-+\d.eE]+)\s*$/.exec(line);
    const v = num(Number(m?.[2]));
    if (m?.[1] && v !== undefined) lines.set(m[1].toLowerCase(), v);
  }
  const get = (label: string) => lines.get(label.toLowerCase());
  return finish('text', {
    figure: (f) => FIGURES[f].text.map(get).find((v) => v !== undefined),
    stat: (s, name) => get(`${s} ${name} (ms)`),
  });
}

/** Whether a line is JSON on its own. */
const isJson = (line: string): boolean => {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
};

function fromJson(text: string): BenchResult {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch (e) {
    // `--append-result` writes one object a line.
    const lines = text.split('\n').filter((l) => l.trim());
    if (lines.length > 1 && lines.every(isJson))
      return fail(`This file holds ${lines.length} results (--append-result): paste one of them.`);
    return fail(`This is not valid JSON (${e instanceof Error ? e.message : 'unreadable'}).`);
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o))
    return fail('This JSON is not a vllm bench serve result: that is one object with its figures.');
  const key = (k: string): unknown => (Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined);
  const model = key('model_id');
  return finish(
    'json',
    { figure: (f) => num(key(FIGURES[f].json)), stat: (s, name) => num(key(`${s}_${name}_ms`)) },
    typeof model === 'string' ? model : undefined,
  );
}

/** Checks that the figures the calculator needs are there and make sense, and works out the means. */
function finish(format: BenchRead['format'], { figure, stat }: Reading, model?: string): BenchResult {
  const missing = NEEDED.filter((f) => figure(f) === undefined).map(named);
  const duration = figure('duration');
  const reported = figure('rps');
  if (duration === undefined && reported === undefined) missing.push(`${named('duration')} or ${named('rps')}`);
  if (missing.length)
    return fail(`The result is missing ${missing.join(', ')}${format === 'json' ? ' (as its JSON keys)' : ''}.`);
  const completed = figure('completed') ?? 0;
  const input = figure('input') ?? 0;
  const output = figure('output') ?? 0;
  if (completed === 0) return fail('No request of this run succeeded, so it measured no rate.');
  if (input + output === 0) return fail('The run counted no tokens in or out, so its requests have no length.');
  // The count over the time is the rate the run printed, to more digits than it prints.
  const rps = format === 'text' && duration ? completed / duration : (reported ?? completed / (duration ?? 0));
  if (!(rps > 0 && Number.isFinite(rps))) return fail('The run’s duration is zero, so it measured no rate.');
  const concurrency = figure('concurrency');
  const failed = figure('failed');
  const latency = (name: string): Percentiles =>
    Object.fromEntries(
      STATS.flatMap((s) => {
        const v = stat(s, name);
        return v === undefined ? [] : [[s, v]];
      }),
    );
  return {
    ok: true,
    read: {
      format,
      completed,
      ...(failed === undefined ? {} : { failed }),
      ...(duration === undefined ? {} : { duration }),
      rps,
      input: input / completed,
      output: output / completed,
      ...(concurrency ? { concurrency } : {}),
      ttft: latency('ttft'),
      itl: latency('itl'),
      tpot: latency('tpot'),
      ...(model ? { model } : {}),
    },
  };
}

/** A latency as the fields keep it: ms to two decimals, as vLLM prints it. */
const ms = (v: number | undefined): number => (v === undefined ? 0 : Math.round(v * 100) / 100);

/**
 * The calculator's benchmark fields for a run: every one of them, 0 where the run gave none, so a run pasted
 * over another leaves nothing of the first. Requests a second to four significant digits; lengths whole.
 */
export function benchFields(r: BenchRead): {
  readonly benchRps: number;
  readonly benchInput: number;
  readonly benchOutput: number;
  readonly benchConcurrency: number;
  readonly benchTtftP99: number;
  readonly benchTtftP95: number;
  readonly benchItlMedian: number;
} {
  return {
    benchRps: keptRate(r.rps),
    benchInput: Math.round(r.input),
    benchOutput: Math.round(r.output),
    benchConcurrency: Math.round(r.concurrency ?? 0),
    benchTtftP99: ms(r.ttft.p99),
    benchTtftP95: ms(r.ttft.p95),
    benchItlMedian: ms(r.itl.median),
  };
}

/** A rate as the calculator's fields keep and show it: four significant digits, grouped. */
const sig4 = (v: number): string => keptRate(v).toLocaleString('en-US', { maximumFractionDigits: 12 });

/** A latency's figures in words: `2,456.23 ms mean, 5,678.9 ms p99`; empty where the run gave none. */
const stats = (p: Percentiles): string =>
  STATS.flatMap((s) => (p[s] === undefined ? [] : [`${formatPlain(p[s])} ms ${s}`])).join(', ');

/** Whether a model id a run names (`Qwen/Qwen3-8B-FP8`) may be the open model a setup serves (`Qwen3-8B`). */
export function sameModel(id: string, name: string): boolean {
  const flat = (s: string) => (s.split('/').pop() ?? s).toLowerCase().replace(/[^a-z0-9]/g, '');
  const [a, b] = [flat(id), flat(name)];
  return a.includes(b) || b.includes(a);
}

/** The serving setup a run is read against: its name, its open model's name, its GPU type and its curve's rate. */
export interface RunAgainst {
  readonly setup: string;
  readonly model: string;
  /** GPUs that served the run, in words: `one H100`. */
  readonly gpus: string;
  readonly gpuCount: number;
  /** Requests a second per GPU the setup's published curve gives at the run's lengths and the target. */
  readonly curve: number;
}

/**
 * What the calculator read from a run, in words, and how it stands against the setup chosen: its rate per
 * GPU over the published curve's at the same lengths, and a warning where the run names another model.
 */
export function runSummary(r: BenchRead, against: RunAgainst): string {
  const from = r.format === 'json' ? 'the JSON of vllm bench serve' : 'the result vllm bench serve printed';
  const rate = `${formatPlain(r.completed)} requests${r.duration === undefined ? '' : ` in ${formatPlain(r.duration)} s`}, ${sig4(r.rps)} a second`;
  const lengths = `averaging ${formatPlain(Math.round(r.input))} input and ${formatPlain(Math.round(r.output))} output tokens`;
  const cap = r.concurrency
    ? `, at most ${formatPlain(r.concurrency)} in flight`
    : ', with no cap on requests in flight';
  const parts = [`Read from ${from}: ${rate}, ${lengths}${cap}.`];
  if (r.failed) parts.push(`${formatPlain(r.failed)} failed; only those that succeeded count.`);
  const ttft = stats(r.ttft);
  const itl = stats(r.itl);
  if (ttft) parts.push(`First token: ${ttft}.`);
  if (itl) parts.push(`Between tokens: ${itl}.`);
  const absent = [
    r.ttft.p99 === undefined && 'the p99 first token',
    r.ttft.p95 === undefined && 'the p95 first token',
    r.itl.median === undefined && 'the median time between tokens',
  ].filter((x): x is string => typeof x === 'string');
  if (absent.length) parts.push(`Not in it: ${absent.join(', ')}.`);
  const perGpu = r.rps / against.gpuCount;
  const times = perGpu / against.curve;
  parts.push(
    `On ${against.gpus} that is ${sig4(perGpu)} requests a second per GPU, ${formatPlain(Number(times.toPrecision(2)))} times what ${against.setup} serves at those lengths by its published curve.`,
  );
  if (r.model && !sameModel(r.model, against.model))
    parts.push(
      `The run names the model ${r.model}, but the setup above serves ${against.model}: choose the setup of the model and GPU you ran, so like is compared with like.`,
    );
  return parts.join(' ');
}
