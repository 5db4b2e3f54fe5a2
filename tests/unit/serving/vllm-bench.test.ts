import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BENCH_MAX_CHARS,
  type BenchRead,
  benchFields,
  readBenchmark,
  runSummary,
  sameModel,
} from '../../../src/rules/serving/vllm-bench.ts';

/** A result as a run wrote it: `tests/fixtures/vllm/`. */
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/vllm/${name}`, import.meta.url), 'utf8');

/** The reading of a result that must be readable. */
function read(text: string): BenchRead {
  const r = readBenchmark(text);
  if (!r.ok) throw new Error(r.message);
  return r.read;
}

/** The message for a result that must be refused. */
function refused(text: string): string {
  const r = readBenchmark(text);
  if (r.ok) throw new Error('read what it should have refused');
  return r.message;
}

describe('reading what vllm bench serve printed', () => {
  it('today’s `vllm bench serve`: the block with its failures, cap and chosen percentiles', () => {
    const r = read(fixture('bench-serve-printed.txt'));
    expect(r.format).toBe('text');
    expect(r.completed).toBe(500);
    expect(r.failed).toBe(0);
    expect(r.duration).toBe(62.27);
    // The count over the duration: the rate the run printed (8.03), to more digits than it prints.
    expect(r.rps).toBeCloseTo(500 / 62.27, 12);
    expect(r.rps.toFixed(2)).toBe('8.03');
    expect(r.input).toBeCloseTo(408_163 / 500, 12);
    expect(r.output).toBe(300);
    expect(r.concurrency).toBe(16);
    expect(r.ttft).toEqual({ mean: 96.41, median: 88.1, p95: 171.35, p99: 243.92 });
    expect(r.itl).toEqual({ mean: 6.3, median: 5.91, p95: 9.84, p99: 24.6 });
    expect(r.tpot).toEqual({ mean: 6.31, median: 6.27, p95: 7.02, p99: 7.48 });
  });

  it('the older `benchmark_serving.py`: the cap printed above the block, no failures, no p95', () => {
    const r = read(fixture('benchmark-serving-printed.txt'));
    expect(r.completed).toBe(1000);
    expect(r).not.toHaveProperty('failed');
    expect(r.rps.toFixed(2)).toBe('7.61');
    expect(r.concurrency).toBe(64);
    expect(r.input).toBeCloseTo(217.393, 12);
    expect(r.output).toBeCloseTo(199.784, 12);
    expect(r.ttft).toEqual({ mean: 412.77, median: 301.54, p99: 1893.2 });
    expect(r.itl.median).toBe(33.18);
  });

  it('SGLang’s bench_serving, whose block vLLM’s follows: its cap “not set” is no cap', () => {
    const text = [
      '============ Serving Benchmark Result ============',
      'Backend:                                 sglang-oai',
      'Traffic request rate:                    32.0',
      'Max request concurrency:                 not set',
      'Successful requests:                     1920',
      'Benchmark duration (s):                  213.71',
      'Total input tokens:                      1843657',
      'Total generated tokens:                  157031',
      'Request throughput (req/s):              8.98',
      '---------------Time to First Token----------------',
      'Median TTFT (ms):                        140974.91',
      'P99 TTFT (ms):                           145546.45',
      '==================================================',
    ].join('\n');
    const r = read(text);
    expect(r.concurrency).toBeUndefined();
    expect(r.rps).toBeCloseTo(1920 / 213.71, 12);
    expect(r.ttft).toEqual({ median: 140_974.91, p99: 145_546.45 });
  });

  it('only the rate printed, without the duration: that rate', () => {
    const text = fixture('bench-serve-printed.txt').replace(/^Benchmark duration.*\n/m, '');
    expect(read(text).rps).toBe(8.03);
  });
});

describe('reading the JSON --save-result wrote', () => {
  it('today’s `vllm bench serve`: the run’s own rate, its model and every percentile asked for', () => {
    const r = read(fixture('bench-serve-result.json'));
    expect(r.format).toBe('json');
    expect(r.rps).toBe(8.029396);
    expect(r.input).toBeCloseTo(816.326, 12);
    expect(r.output).toBe(300);
    expect(r.concurrency).toBe(16);
    expect(r.model).toBe('Qwen/Qwen3-8B');
    expect(r.ttft.p95).toBe(171.3547);
    expect(r.itl.median).toBe(5.9107);
  });

  it('the older `benchmark_serving.py`, with its per-request lists and no failures', () => {
    const r = read(fixture('benchmark-serving-result.json'));
    expect(r.completed).toBe(1000);
    expect(r.rps).toBe(7.609168);
    expect(r.concurrency).toBe(64);
    expect(r.model).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(r.ttft).toEqual({ mean: 412.7701, median: 301.5412, p99: 1893.2048 });
  });

  it('the printed block and the JSON of one run read alike, the rate to the printed duration’s precision', () => {
    const text = benchFields(read(fixture('bench-serve-printed.txt')));
    const json = benchFields(read(fixture('bench-serve-result.json')));
    expect({ ...text, benchRps: 0 }).toEqual({ ...json, benchRps: 0 });
    expect(Math.abs(text.benchRps / json.benchRps - 1)).toBeLessThan(2e-4);
  });

  it('the same JSON pretty-printed (jq, an editor), with objects inside it, reads alike', () => {
    const o = JSON.parse(fixture('bench-serve-result.json'));
    const pretty = JSON.stringify({ ...o, rps_change_events: [{ rps: 1 }, { rps: 2 }] }, null, 2);
    expect(benchFields(read(pretty))).toEqual(benchFields(read(fixture('bench-serve-result.json'))));
  });

  it('a run without a cap (`max_concurrency: null`) has none', () => {
    const o = JSON.parse(fixture('bench-serve-result.json'));
    expect(read(JSON.stringify({ ...o, max_concurrency: null })).concurrency).toBeUndefined();
  });
});

describe('what it cannot read gets a message saying what is missing', () => {
  it.each([
    ['', 'Paste a result first.'],
    ['   \n ', 'Paste a result first.'],
    ['hello there', 'no “Serving Benchmark Result” block'],
    ['{"completed": 5', 'not valid JSON'],
    ['[1, 2, 3]', 'not a vllm bench serve result'],
    ['{"a": 1}\n{"b": 2}', 'holds 2 results (--append-result)'],
  ])('%j', (text, message) => {
    expect(refused(text)).toContain(message);
  });

  it('a block without its generated tokens names the line, and why vLLM leaves it out', () => {
    const text = fixture('bench-serve-printed.txt').replace(/^Total generated tokens.*\n/m, '');
    expect(refused(text)).toBe(
      'The result is missing “Total generated tokens” (vLLM prints it when it has the model’s tokenizer).',
    );
  });

  it('JSON without its counts names every one missing', () => {
    expect(refused('{"model_id": "x", "request_throughput": 3}')).toBe(
      'The result is missing “Successful requests”, “Total input tokens”, “Total generated tokens” (vLLM prints it when it has the model’s tokenizer) (as its JSON keys).',
    );
  });

  it('without a duration or a rate', () => {
    const text = fixture('bench-serve-printed.txt').replace(/^(Benchmark duration|Request throughput).*\n/gm, '');
    expect(refused(text)).toContain('“Benchmark duration (s)” or “Request throughput (req/s)”');
  });

  it('two runs pasted together', () => {
    const one = fixture('benchmark-serving-printed.txt');
    expect(refused(`${one}\n${one}`)).toBe('This holds 2 results: paste one run’s block.');
  });

  it('a run in which nothing succeeded, or with no tokens', () => {
    const o = JSON.parse(fixture('bench-serve-result.json'));
    expect(refused(JSON.stringify({ ...o, completed: 0 }))).toContain('No request of this run succeeded');
    expect(refused(JSON.stringify({ ...o, total_input_tokens: 0, total_output_tokens: 0 }))).toContain(
      'no tokens in or out',
    );
  });

  it('figures that are not numbers are not read: strings, negatives, infinities', () => {
    const o = JSON.parse(fixture('bench-serve-result.json'));
    expect(refused(JSON.stringify({ ...o, completed: '500' }))).toContain('“Successful requests”');
    expect(refused(JSON.stringify({ ...o, total_input_tokens: -1 }))).toContain('“Total input tokens”');
    expect(refused(fixture('bench-serve-printed.txt').replace('408163', 'inf'))).toContain('“Total input tokens”');
  });

  it('keys that name an object’s prototype are data, not a way in', () => {
    const o = JSON.parse(fixture('bench-serve-result.json'));
    const text = `{"__proto__": {"completed": 9}, "constructor": 1, ${JSON.stringify(o).slice(1)}`;
    expect(read(text).completed).toBe(500);
    expect(({} as Record<string, unknown>).completed).toBeUndefined();
  });

  it('text too large to be one result is refused before it is parsed', () => {
    expect(refused('x'.repeat(BENCH_MAX_CHARS + 1))).toContain('too much to be one result');
  });

  it('never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const r = readBenchmark(s);
        if (r.ok) expect(r.read.rps).toBeGreaterThan(0);
        else expect(r.message.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('the fields a run fills', () => {
  it('every field, 0 where the run gave none; the rate to four significant digits, lengths whole', () => {
    expect(benchFields(read(fixture('benchmark-serving-printed.txt')))).toEqual({
      benchRps: 7.609,
      benchInput: 217,
      benchOutput: 200,
      benchConcurrency: 64,
      benchTtftP99: 1893.2,
      benchTtftP95: 0,
      benchItlMedian: 33.18,
    });
  });

  it('latencies to two decimals, as vLLM prints them', () => {
    expect(benchFields(read(fixture('bench-serve-result.json')))).toMatchObject({
      benchTtftP99: 243.92,
      benchTtftP95: 171.35,
      benchItlMedian: 5.91,
    });
  });
});

describe('what the reader is told', () => {
  const against = { setup: 'Qwen3-8B on one H100, fp8, vLLM', model: 'Qwen3-8B', gpus: 'one H100', gpuCount: 1 };

  it('what was read, what was not, and the run against the setup’s published curve', () => {
    const r = read(fixture('benchmark-serving-printed.txt'));
    const said = runSummary(r, { ...against, curve: r.rps / 2 });
    expect(said).toContain('Read from the result vllm bench serve printed: 1,000 requests in 131.42 s, 7.609 a second');
    expect(said).toContain('averaging 217 input and 200 output tokens, at most 64 in flight.');
    expect(said).toContain('First token: 412.77 ms mean, 301.54 ms median, 1,893.2 ms p99.');
    expect(said).toContain('Not in it: the p95 first token.');
    expect(said).toContain('2 times what Qwen3-8B on one H100, fp8, vLLM serves at those lengths');
    // The printed block names no model.
    expect(said).not.toContain('The run names the model');
  });

  it('a warning where the run names another model than the setup’s', () => {
    const r = read(fixture('benchmark-serving-result.json'));
    expect(runSummary(r, { ...against, curve: 4 })).toContain(
      'The run names the model meta-llama/Llama-3.1-8B-Instruct, but the setup above serves Qwen3-8B: choose the setup of the model and GPU you ran',
    );
  });

  it('no warning where the run names the setup’s model', () => {
    const r = read(fixture('bench-serve-result.json'));
    expect(runSummary(r, { ...against, curve: 4 })).not.toContain('The run names the model');
  });

  it.each([
    ['Qwen/Qwen3-8B', 'Qwen3-8B', true],
    ['Qwen/Qwen3-8B-FP8', 'Qwen3-8B', true],
    ['meta-llama/Llama-3.1-8B-Instruct', 'Llama 3.1 8B Instruct', true],
    ['RedHatAI/Llama-3.3-70B-Instruct-FP8-dynamic', 'Llama 3.3 70B Instruct', true],
    ['Qwen/Qwen3-8B', 'Qwen3-235B-A22B', false],
    ['meta-llama/Llama-3.1-8B-Instruct', 'Llama 3.3 70B Instruct', false],
  ])('%s may be %s: %s', (id, name, same) => {
    expect(sameModel(id, name)).toBe(same);
  });
});
