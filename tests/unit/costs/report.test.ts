import { describe, expect, it } from 'vitest';
import {
  calculatorText,
  costMarkdown,
  costReport,
  costSentence,
  decodeCostInputs,
  defaultInputs,
  fieldOrigin,
  fieldSpec,
  formatCount,
  formatFieldValue,
  formatMoney,
  formatSpread,
  NUMBER_KEYS,
  OUTCOMES,
  originOf,
  type PathId,
  proseVolume,
  sentenceNames,
} from '../../../src/rules/index.ts';

/** Every field with its key, in form order. */
const NUMBER_FIELDS = NUMBER_KEYS.map((key) => ({ key, ...fieldSpec(key) }));

const at = (patch: Partial<ReturnType<typeof defaultInputs>>) => costReport({ ...defaultInputs(), ...patch });

describe('money in results', () => {
  it.each([
    [Number.NaN, '—'],
    [Number.POSITIVE_INFINITY, '—'],
    [-5, '—'],
    [0, '$0'],
    [0.004, 'under $0.01'],
    [12.5, '$12.50'],
    [1_234_567, '$1.23M'],
  ])('formatMoney(%d) is “%s”, never a negative or broken amount', (n, text) => {
    expect(formatMoney(n)).toBe(text);
  });

  it('prints a range only when its ends differ', () => {
    expect(formatSpread({ low: 10, expected: 10, high: 10 })).toBe('$10');
    expect(formatSpread({ low: 500, expected: 2_750, high: 5_000 })).toBe('$500–$5,000');
  });

  it.each([
    ['salary', 140_910, '$140,910 a year'],
    ['ftLow', 500, '$500 one-off'],
    ['util', 60, '60%'],
    ['growth', 5, '5% a month'],
    ['cached', 50, '50% of input tokens'],
    ['gpuHour', 2.69, '$2.69 per GPU-hour'],
    ['priceIn', 0.25, '$0.25 per 1M tokens'],
    ['requests', 20_000, '20,000 requests a day'],
  ] as const)('formatFieldValue(%s, %d) reads “%s” through the unit table', (key, v, text) => {
    expect(formatFieldValue(key, v)).toBe(text);
  });
});

describe('the sentence under the calculator', () => {
  const names = sentenceNames(defaultInputs(), calculatorText());
  /** A path's monthly cost at the defaults as the sentence prints it. */
  const money = (p: PathId) => formatMoney(at({}).paths[p].monthlyNow.expected);
  const sentence = (patch: Partial<ReturnType<typeof defaultInputs>>, paths?: readonly PathId[]) =>
    costSentence(at(patch), sentenceNames({ ...defaultInputs(), ...patch }, calculatorText()), paths);

  it('names the API model, the self-hosted setup, the GPU and the latency target it compares, and how their quality differs', () => {
    expect(names).toMatchObject({
      model: 'OpenAI GPT-5.6 Luna',
      setup: 'Qwen3-235B-A22B on 8 H100s, fp8, TensorRT-LLM',
      gpu: 'H100 SXM, RunPod secure cloud',
      target: 'interactive: first token within 2 s',
      quality: 'the open model scores well below the API model, by 38.8 points',
    });
    expect(sentence({ model: 'custom' }).includes('the API model at your prices')).toBe(true);
  });

  it('speaks only of the API (and RAG) when self-hosting is not shown', () => {
    expect(sentence({}, ['api'])).toBe(
      `At 20,000 requests a day, OpenAI GPT-5.6 Luna through its API costs about ${money('api')} a month.`,
    );
    expect(
      sentence({}, ['api', 'rag']).endsWith(
        `, or about ${money('rag')} with retrieval added. The cheapest path shown at your volume: Hosted API.`,
      ),
    ).toBe(true);
  });

  it('gives the break-even as a band with the expected volume, and where self-hosting stays below when that differs', () => {
    const r = at({});
    // At the defaults self-hosting stays below from its first crossing: the sentence says it once.
    expect(r.staysCheaper).toBe(r.breakEven);
    expect(sentence({ model: 'gpt-5-mini', priceIn: 0.25, priceOut: 2, priceCached: 0.025, reasoning: 0 })).toMatch(
      /with these inputs, and stays below it from about [\d.]+ million\./,
    );
    expect(sentence({})).toBe(
      `At 20,000 requests a day, OpenAI GPT-5.6 Luna through its API costs about ${money('api')} a month, and Qwen3-235B-A22B on 8 H100s, fp8, TensorRT-LLM, self-hosted on H100 SXM, RunPod secure cloud (interactive: first token within 2 s), about ${money('selfhost')}. On quality, the open model scores well below the API model, by 38.8 points. Self-hosting drops below that API somewhere between ${proseVolume(r.breakEvenLow)} and more than 1 billion requests a day: near ${formatCount(r.breakEven ?? 0)} with these inputs. The cheapest path shown at your volume: Fine-tuned model, served by a provider.`,
    );
  });

  it('says which is cheaper at the reader’s volume, including just past a whole-GPU step', () => {
    expect(sentence({ requests: 10_000_000 })).toMatch(/At your volume self-hosting is the cheaper of the two\./);
    const r = at({});
    const step = (r.breakEven ?? 0) + 1;
    // Find a volume past the break-even where the next whole GPU puts self-hosting back above the API.
    let v = step;
    while (
      v < (r.staysCheaper ?? 0) &&
      at({ requests: v }).paths.selfhost.monthlyNow.expected < at({ requests: v }).paths.api.monthlyNow.expected
    )
      v += 1000;
    if (v < (r.staysCheaper ?? 0))
      expect(sentence({ requests: v })).toMatch(
        /At your volume the next whole step of GPUs puts it back above the API\./,
      );
  });

  it('says when a fine-tuned model at a provider is the cheapest path', () => {
    const i = decodeCostInputs('model=gpt-5.6-sol&requests=200000').value;
    expect(costSentence(costReport(i), sentenceNames(i, calculatorText()))).toMatch(
      /The cheapest path shown at your volume: Fine-tuned model, served by a provider\.$/,
    );
  });

  it('says when self-hosting never drops below the API', () => {
    expect(sentence({ priceIn: 0, priceOut: 0 })).toMatch(/does not drop below that API at any volume up to 1 billion/);
  });
});

describe('the calculator’s words', () => {
  const text = calculatorText();

  it('has a label, unit and hint for every input', () => {
    for (const key of NUMBER_KEYS) {
      const t = text.fields[key];
      expect(t.label.length, key).toBeGreaterThan(3);
      expect(t.unit.length, key).toBeGreaterThan(0);
      expect(t.hint.length, key).toBeGreaterThan(10);
    }
  });

  it.each(NUMBER_FIELDS.map((f) => [f.key, f.origin.kind] as const))(
    '%s (%s) names where its default comes from, with a date when sourced or assumed',
    (key, kind) => {
      const o = originOf(key, defaultInputs(), text);
      expect(o).toEqual(fieldOrigin(key, defaultInputs()));
      if (kind === 'figure' || kind === 'preset')
        expect(o).toMatchObject({ kind: 'Source', text: expect.stringMatching(/\d{4}$/) });
      if (kind === 'assumption')
        expect(o).toMatchObject({ kind: 'Assumption', text: expect.stringMatching(/November 2026\.$/) });
      if (kind === 'example') expect(o.kind).toBe('Example');
    },
  );

  it('follows the chosen preset, and says “your own figure” for a custom one', () => {
    expect(originOf('gpuHour', { ...defaultInputs(), gpu: 'h100-gcp' }, text).text).toMatch(
      /silybench.*26 September 2026/,
    );
    expect(originOf('priceIn', { ...defaultInputs(), model: 'custom' }, text)).toEqual({
      kind: 'Example',
      text: 'Your own figure.',
    });
  });

  it('prints preset prices as money', () => {
    expect(text.presets.model.options.find((o) => o.id === 'gpt-5.6-luna')?.label).toBe(
      'OpenAI GPT-5.6 Luna ($0.20 / $1.20)',
    );
    expect(text.presets.model.options.find((o) => o.id === 'gpt-5-mini')?.label).toBe(
      'OpenAI GPT-5 mini ($0.25 / $2; retires 11 December 2026)',
    );
    // A model its provider retires says when, in the menu and the table of every model.
    expect(text.presets.model.options.find((o) => o.id === 'gpt-4.1-mini')?.label).toBe(
      'OpenAI GPT-4.1 mini ($0.40 / $1.60; retires 14 January 2027)',
    );
    expect(text.presets.gpu.options.find((o) => o.id === 'a100-aws')?.label).toBe(
      'A100 80GB, AWS p4de ($3.43 an hour)',
    );
  });

  it('carries only the fields asked for', () => {
    expect(Object.keys(calculatorText(['requests', 'input']).fields).sort()).toEqual(['input', 'requests']);
  });
});

describe('the Markdown report', () => {
  const r = at({ requests: 75_000, model: 'gpt-4.1', priceIn: 2, priceOut: 8 });
  const md = costMarkdown(
    r,
    'https://guide.example/costs/?requests=75000&model=gpt-4.1',
    '2026-11-30',
    calculatorText(),
  );

  it('has a dated title, the sentence, a table of the four paths and the link', () => {
    expect(md).toMatch(/^### Cost comparison, 2026-11-30\n\nAt 75,000 requests a day/);
    expect(md).toContain('| Path | This month | Month 12 | Total, 12 months | Per 1,000 requests |');
    for (const path of [
      'Hosted API',
      'API + RAG',
      'Fine-tuned open model, self-hosted',
      'Own model trained from scratch',
    ]) {
      expect(md).toContain(`| ${path} |`);
    }
    expect(md.trimEnd().endsWith('Open this scenario: https://guide.example/costs/?requests=75000&model=gpt-4.1')).toBe(
      true,
    );
  });

  it('lists every input with its value and where it comes from, marking the reader’s own values', () => {
    expect(md).toContain('- API model: OpenAI GPT-4.1 ($2 / $8; retires 14 January 2027)');
    expect(md).toContain('- Volume, requests per day: 75,000 requests a day (your value)');
    expect(md).toContain('(source: U.S. Bureau of Labor Statistics, May 2024)');
    expect(md).toMatch(/target utilization at the peak: 60% \(assumption: .+November 2026\.\)/);
    // The fields of a reader's own run only where there is one.
    const run = NUMBER_FIELDS.filter((f) => f.group === 'bench');
    expect(run).toHaveLength(8);
    expect(md).not.toContain('Your own benchmark');
    expect(md.split('\n').filter((l) => l.startsWith('- ')).length).toBe(NUMBER_FIELDS.length - run.length + 2);
  });

  it('with the reader’s own run: its fields, and the latency line that names it', () => {
    const withRun = costMarkdown(
      at({ tput: 'qwen3-8b-h100-fp8', benchRps: 8.03, benchInput: 816, benchOutput: 300, benchTtftP99: 243.92 }),
      'https://guide.example/costs/',
      '2026-11-30',
      calculatorText(),
    );
    expect(withRun).toContain(
      '- Latency: Your run on one H100: 8.03 requests a second at 816 input and 300 output tokens',
    );
    expect(withRun).toContain(
      '- Your own benchmark, requests a second, whole run: 8.03 requests a second (your value)',
    );
  });
});

describe('decision outcomes open the calculator on a scenario it accepts', () => {
  it.each(Object.values(OUTCOMES))('$id', (o) => {
    const decoded = decodeCostInputs(new URLSearchParams(o.costScenario));
    expect(decoded.rejected).toEqual([]);
  });
});
