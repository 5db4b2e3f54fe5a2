import * as fig from '../figures/data.ts';
import { figureOf } from '../figures/figures.ts';
import { formatFigure } from '../figures/format.ts';
import { SOURCES } from '../figures/sources.ts';
import { formatAsOf } from '../format/format.ts';
import { API_PRESET_NOTES } from '../presets/notes.ts';
import { API_PRESETS } from '../presets/presets.ts';
import { modelScore, openScore, QUALITY_INDEX } from '../presets/quality.ts';
import { OPEN_MODEL_NAMES, TARGET_WORDS } from '../serving/notes.ts';
import { OPEN_MODELS, type OpenModelId } from '../serving/serving.ts';
import { priceFacts } from './facts.ts';
import { FIELDS, type FieldUnit, NUMBER_KEYS, type NumberKey } from './fields.ts';
import type { CostInputs } from './inputs.ts';
import { type FieldGroup, PRESET_KEYS, type PresetKey } from './keys.ts';
import { presetById } from './preset-registry.ts';
import { type PresetSource, presetEntries, presetText } from './preset-text.ts';

const GROUP_TITLES: Readonly<Record<FieldGroup, string>> = {
  volume: 'Volume',
  api: 'Hosted API',
  selfhost: 'Self-hosting',
  bench: 'Your own benchmark',
  tuned: 'Fine-tuned model at a provider',
  tuning: 'Fine-tuning and RAG',
  hidden: 'Hidden costs',
  scratch: 'Training from scratch',
};

/** A unit's name, as a form shows it after a field. */
const UNIT_LABELS: Readonly<Record<FieldUnit, string>> = {
  'requests-per-day': 'requests a day',
  tokens: 'tokens',
  'percent-per-month': '% a month',
  months: 'months',
  'usd-per-1m-tokens': 'USD per 1M tokens',
  'percent-of-input': '% of input tokens',
  'percent-of-requests': '% of requests',
  'usd-per-gpu-hour': 'USD per GPU-hour',
  'requests-per-second': 'requests a second',
  percent: '%',
  'times-daily-average': '× the daily average',
  gpus: 'GPUs',
  'requests-in-flight': 'requests in flight',
  ms: 'ms',
  fte: 'engineers (full-time equivalent)',
  'usd-per-year': 'USD a year',
  'times-pay': '× pay',
  'usd-per-1m-training-tokens': 'USD per 1M training tokens',
  'usd-per-month': 'USD a month',
  'usd-one-off': 'USD, one-off',
  'times-per-month': 'times a month',
  'usd-up-front': 'USD, up front',
  'usd-per-gpu': 'USD per GPU',
  'usd-per-gpu-month': 'USD per GPU a month',
};

/** A field's words. Its unit's name comes from `UNIT_LABELS` by the unit in the field table. */
export interface FieldText {
  readonly label: string;
  /** One short sentence shown under the field. */
  readonly hint: string;
  /** For a default that is an assumption: why this value. */
  readonly why?: string;
}

/** When this guide last reviewed its own assumptions (defaults that no source gives). */
export const ASSUMPTIONS_AS_OF = '2026-11';

export const listed = (labels: readonly string[]) =>
  labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;

/** Which presets spend no reasoning tokens, from the curated list. */
const NO_REASONING = `Of the models here, ${listed(priceFacts().noReasoning.map((id) => API_PRESET_NOTES[id].label))} spend none; the others do.`;

/** How cheap a cache read is across the presets, counted from the dataset's prices. */
const CACHE_SHARE = (() => {
  const f = priceFacts();
  return `At ${f.cacheTenth} of the ${f.withCache} models here that price it, a cache read costs a tenth of the input price or less.`;
})();

const AUDIT_WHY = `Zero: not every team needs an audit. A SOC 2 Type 2 audit costs ${formatFigure(fig.soc2Type2)}.`;

/** The words of every calculator field. */
export const FIELD_TEXT: Readonly<Record<NumberKey, FieldText>> = {
  requests: {
    label: 'Requests per day',
    hint: 'Model calls, not users: one user action can make several calls.',
  },
  input: {
    label: 'Input tokens per request',
    hint: 'Prompt, instructions and history sent with each call.',
  },
  output: {
    label: 'Output tokens per request',
    hint: 'What the model writes back. Usually dearer than input.',
  },
  growth: { label: 'Growth of requests', hint: 'Compounded monthly; 0 for flat traffic.' },
  horizon: {
    label: 'Horizon',
    hint: 'How far ahead to project, and over how long to spread a fine-tune.',
  },
  priceIn: { label: 'Input price', hint: 'From the model above; type to override.' },
  priceOut: { label: 'Output price', hint: 'From the model above; type to override.' },
  priceCached: {
    label: 'Cache-read price',
    hint: `Input read from the provider’s prompt cache. From the model above, or its input price where it has none. ${CACHE_SHARE}`,
  },
  priceWrite: {
    label: 'Cache-write price',
    hint: 'Input written to the prompt cache, so that later requests can read it. From the model above, or its input price where the price dataset gives no write price (Anthropic’s models charge 1.25 times input for a five-minute cache).',
  },
  cached: {
    label: 'Input read from the cache',
    hint: 'The share of each prompt the provider has seen before, such as a long fixed system prompt or shared documents.',
  },
  cacheWrite: {
    label: 'Input written to the cache',
    hint: 'The share of each prompt written to the cache: a cache that is read must first be written, and it expires. Writes count at most the input that is not read from the cache.',
  },
  reasoning: {
    label: 'Reasoning tokens per request',
    hint: `Thinking a reasoning model does before it answers, billed at the output price and often longer than the answer. ${NO_REASONING} It follows the output length until you type over it.`,
    why: 'Twice the output for a model that reasons, none for one that does not. No provider publishes an average (OpenAI: hundreds to tens of thousands a request, more at higher effort); a day of GPT-5 mini traffic on OpenRouter carried 2.25 reasoning tokens per answer token (undated page, read 6 December 2026). The band tries a quarter of this and three times it.',
  },
  batch: {
    label: 'Requests sent by batch',
    hint: `The batch tier costs ${formatFigure(fig.batchDiscount)} less; answers arrive within hours, so only work nobody waits for fits.`,
  },
  gpuHour: {
    label: 'GPU price',
    hint: 'On-demand rental; reserved capacity is cheaper. An owned offer rents nothing: its GPUs are bought, and cost power and hosting.',
  },
  gpuPrice: {
    label: 'Price to buy a GPU',
    hint: 'With its share of the server, for GPUs you own; zero for a rented offer, whose price is by the hour. From the GPU offer above.',
  },
  gpuLife: {
    label: 'Life of a bought GPU',
    hint: 'Months over which a bought GPU’s price is spread.',
    why: 'Five years, between the four that Nebius depreciates its GPUs over and the six of CoreWeave, Microsoft and Alphabet for their servers (their annual reports, 2022 to 2025).',
  },
  gpuUpkeep: {
    label: 'Power and hosting per GPU',
    hint: 'For GPUs you own: colocation rent for their power draw and the electricity itself, each month. From the GPU offer above.',
  },
  machineGpus: {
    label: 'GPUs per machine sold',
    hint: 'Some offers are sold only as whole machines of 8 GPUs; GPUs are then bought a machine at a time.',
  },
  rps: {
    label: 'Requests a second per GPU',
    hint: 'What one GPU completes at your input and output lengths, modelled from the serving preset’s benchmark, or from your own run where you give one; it follows the lengths until you type over it. Maximum-load figures are a ceiling that latency-bound serving does not reach.',
  },
  util: {
    label: 'Target utilization at the peak',
    hint: 'Share of a GPU’s capacity you plan to use in the busiest hour; the rest is headroom for bursts and failures.',
    why: 'Room for bursts within the busiest hour and for one GPU failing.',
  },
  peak: {
    label: 'Peak to average traffic',
    hint: 'How much busier the busiest hour is than the day’s average; 1 for flat traffic. GPUs are sized for the peak.',
    why: 'Traffic that follows a working day is about twice as busy at its peak as on average.',
  },
  gpusPerReplica: {
    label: 'GPUs per copy of the model',
    hint: 'How many GPUs hold one copy (replica) of the model, as the serving preset was measured. GPUs are added a whole replica at a time.',
  },
  minGpus: {
    label: 'Minimum GPUs',
    hint: 'Kept running for redundancy even at low traffic, rounded up to whole replicas.',
    why: 'Two copies of the model: one to serve and one spare, so a failure is not an outage.',
  },
  benchGpus: {
    label: 'GPUs that served the run',
    hint: 'GPUs of the serving setup’s type behind the server your benchmark called: 8 for one copy of the model split over eight, 2 for two copies on one each.',
  },
  benchRps: {
    label: 'Requests a second, whole run',
    hint: 'Requests completed over the run’s length (vLLM’s “Request throughput”), on all the GPUs above. 0: no run, the published curve alone.',
  },
  benchInput: {
    label: 'Mean input tokens in the run',
    hint: 'Total input tokens over the requests that succeeded.',
  },
  benchOutput: {
    label: 'Mean output tokens in the run',
    hint: 'Total generated tokens over the requests that succeeded.',
  },
  benchConcurrency: {
    label: 'Requests in flight',
    hint: 'The most the run let through at once (--max-concurrency); 0 where it set no cap.',
  },
  benchTtftP99: {
    label: 'Time to first token, p99',
    hint: `With the median time between tokens below, it decides the interactive target: ${TARGET_WORDS.ttft} at p99 and ${TARGET_WORDS.itl} at the median. 0: not given.`,
  },
  benchTtftP95: {
    label: 'Time to first token, p95',
    hint: `What the real-time target reads (${TARGET_WORDS.realtime} at p95); vLLM prints it when asked (--metric-percentiles 95,99). Without it, p99 stands in. 0: not given.`,
  },
  benchItlMedian: {
    label: 'Time between tokens, median',
    hint: 'vLLM’s “Median ITL”. 0: not given.',
  },
  fte: {
    label: 'People to run it',
    hint: 'Engineers’ time for serving, upgrades and the on-call rotation, at the loaded cost below.',
    why: 'An on-call rotation needs more than one person: three engineers, each giving half their time to the model.',
  },
  salary: {
    label: 'Yearly pay of an engineer',
    hint: 'Median yearly pay, paid leave included, before other benefits; the loaded-cost factor adds those. Applies to every path’s people.',
  },
  loaded: {
    label: 'Loaded-cost factor',
    hint: 'What an employer pays for a person in all, as a multiple of what a salary covers (wages and paid leave): the employer’s insurance, retirement, bonus and payroll-tax costs on top.',
  },
  evalFte: {
    label: 'Evaluation and integration',
    hint: 'Time for the evaluation suite, prompt and model upgrades and integration work. Applies to every path.',
    why: 'A quarter of an engineer keeps an evaluation suite and integration current on any path.',
  },
  tunedIn: {
    label: 'Fine-tuned model, per 1M input tokens',
    hint: 'From the fine-tuned model above; type to override.',
  },
  tunedOut: {
    label: 'Fine-tuned model, per 1M output tokens',
    hint: 'From the fine-tuned model above; type to override. The batch share applies; the cache share does not.',
  },
  tuneTrain: {
    label: 'Training price',
    hint: 'What the provider charges to run the fine-tuning job.',
  },
  tuneTokens: {
    label: 'Training tokens',
    hint: 'Examples × their length × passes over the data; the job is spread over the horizon.',
  },
  tuneHosting: {
    label: 'Hosting fee',
    hint: 'What the provider charges to keep the model deployed; zero where it bills per token only.',
  },
  ftLow: { label: 'Fine-tuning, low end', hint: 'Spread over the horizon.' },
  ftHigh: {
    label: 'Fine-tuning, high end',
    hint: 'The expected case is the middle of the range.',
  },
  embedPrice: { label: 'Embedding price', hint: 'For indexing the corpus and each query.' },
  corpus: { label: 'Corpus size', hint: 'All the documents retrieval searches.' },
  refreshes: { label: 'Re-indexing', hint: 'How often the whole corpus is embedded again.' },
  context: {
    label: 'Retrieved context per request',
    hint: 'Passages added to every prompt, paid as input tokens.',
  },
  vectorStore: {
    label: 'Vector store',
    hint: 'Hosted index; PostgreSQL with pgvector can be free on a database you already run.',
  },
  monitoring: {
    label: 'Monitoring and observability',
    hint: 'Logging, tracing and drift checks. Applies to every path.',
  },
  complianceLow: {
    label: 'Compliance, low end',
    hint: 'Audits and certification of the pipeline. Applies to every path.',
    why: AUDIT_WHY,
  },
  complianceHigh: {
    label: 'Compliance, high end',
    hint: 'Set both ends to an audit’s fees if you need one.',
    why: AUDIT_WHY,
  },
  hardware: {
    label: 'Other hardware, bought once',
    hint: 'A fixed extra on the self-hosted paths, spread over its life, on top of the GPUs. To buy the GPUs themselves for an air-gapped deployment, choose the owned offer in the GPU menu instead: its count follows your traffic.',
    why: 'Zero unless the model must run on hardware you own.',
  },
  hardwareLife: {
    label: 'Hardware life',
    hint: 'Months over which the purchase is spread.',
    why: 'Three years of service before the hardware is replaced.',
  },
  trainLow: { label: 'Training from scratch, low end', hint: 'Compute only.' },
  trainHigh: {
    label: 'Training from scratch, high end',
    hint: 'The expected case is the middle of the range.',
  },
  trainMonths: {
    label: 'Spread training over',
    hint: 'Months over which the training bill is counted.',
    why: 'Three years before the model is retrained or replaced.',
  },
  scratchFte: {
    label: 'Team for your own model',
    hint: 'People who build and keep the model, at their loaded cost.',
    why: 'A small team to gather data, train, evaluate and serve.',
  },
};

export interface FieldOrigin {
  /** `Source` for a sourced default, `Example` or `Assumption` otherwise; `Yours` for a field of the reader's run. */
  readonly kind: 'Source' | 'Example' | 'Assumption' | 'Yours';
  readonly text: string;
}

/** A source in words: its publisher, the dataset's version where it has one, and the date. */
function sourced({ source, asOf, version }: PresetSource): FieldOrigin {
  const publisher = version === undefined ? SOURCES[source].publisher : `${SOURCES[source].publisher} ${version}`;
  return { kind: 'Source', text: `${publisher}, ${formatAsOf(asOf)}` };
}

/** A field's label, in a sentence: `peak to average traffic`. */
export function fieldLabel(key: NumberKey): string {
  const label = FIELD_TEXT[key].label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Where a field's default comes from, in words, for beside the field and for copied reports. */
export function fieldOrigin(key: NumberKey, inputs: Pick<CostInputs, PresetKey>): FieldOrigin {
  const o = FIELDS[key].origin;
  switch (o.kind) {
    case 'figure':
      return sourced(figureOf(o.figure));
    case 'preset': {
      const p = presetById(o.of, inputs[o.of]);
      return p ? sourced(presetText(o.of).source(p)) : { kind: 'Example', text: 'Your own figure.' };
    }
    case 'example':
      return { kind: 'Example', text: 'Replace with your own number.' };
    case 'assumption':
      return {
        kind: 'Assumption',
        text: `${FIELD_TEXT[key].why ?? ''} This guide's choice, ${formatAsOf(ASSUMPTIONS_AS_OF)}.`,
      };
    case 'benchmark':
      return { kind: 'Yours', text: 'read from the result you paste above, or typed.' };
  }
}

export interface PresetOption {
  readonly id: string;
  /** The option as the menu shows it, prices included. */
  readonly label: string;
  /** The preset's name alone, for sentences. */
  readonly name: string;
  readonly origin: FieldOrigin;
  /** The option's `data-*` attributes, drawn once in the page (not in the island's props). */
  readonly data?: Readonly<Record<string, string>> | undefined;
}

/**
 * The calculator's own fixed words, around its fields and results. `page` words are drawn once,
 * at build time; `live` words are printed again by the island as the reader works, so they travel
 * in its props. Sentences built around numbers are not here but in `describe.ts`.
 */
const { realtime: REALTIME, ttft: TTFT, itl: ITL } = TARGET_WORDS;

export const CALCULATOR_WORDS = {
  page: {
    primary: 'Your traffic and the options you compare',
    assumptionsIntro:
      'Everything else is an assumption with a sourced or stated default. Open a group to change it; each says how many of its values differ from the defaults.',
    custom: 'Custom (type the numbers below)',
    resultsCaption: 'Cost of each path, expected case with its range',
    modelsCaption:
      'Every model at your volume: the token bill a month at your requests, tokens, cache, reasoning and batch share, without the costs every path carries. Cheapest first.',
    modelsHead: ['Model (USD per 1M input / output tokens)', 'Token bill a month', 'Per 1,000 requests', 'Calculator'],
    chartData: 'Chart data',
    chartCaption: 'Monthly cost of each path by requests a day, expected case',
    chartRequests: 'Requests a day',
    tornadoCaption: "Break-even at each end of the uncertain inputs' ranges, largest effect first",
    tornadoHead: ['Input', 'Values tried', 'Break-even, requests a day'],
    copyLink: 'Copy link',
    copyMarkdown: 'Copy as Markdown',
    reset: 'Reset',
    download: 'Download scenario',
    open: 'Open scenario',
    benchIntro:
      'Measured your own server? Run vllm bench serve against the serving setup chosen above, on its GPU type, and paste what it printed (the block under “Serving Benchmark Result”) or the JSON that --save-result wrote. Your run sets the level of that setup’s curve: at your run’s lengths the rate is yours, and the latency line beside the target above uses your figures. The fields below show what was read, and the link carries them.',
    benchPaste: 'Result of vllm bench serve',
    benchUse: 'Use this run',
    decide: 'Decide with this traffic',
    openFull: 'Open in the full calculator',
  },
  live: {
    /** Each path's name, and a shorter one that fits a table column. */
    paths: {
      api: 'Hosted API',
      rag: 'API + RAG',
      'hosted-tune': 'Fine-tuned model, served by a provider',
      selfhost: 'Fine-tuned open model, self-hosted',
      'same-model': 'The same open model, served by its cheapest host',
      scratch: 'Own model trained from scratch',
    },
    pathsShort: {
      api: 'Hosted API',
      rag: 'API + RAG',
      'hosted-tune': 'Hosted fine-tune',
      selfhost: 'Self-hosted fine-tune',
      'same-model': 'Same model, hosted',
      scratch: 'Own model',
    },
    path: 'Path',
    thisMonth: 'This month',
    per1k: 'Per 1,000 requests',
    use: 'Use',
    inUse: 'In use',
    chartTitle: 'Monthly cost by requests a day',
    chartX: 'requests a day',
    chartY: 'USD a month',
    you: 'you',
    breakEven: 'break-even',
    tornadoTitle: 'What moves the break-even most',
    sticky: { api: 'API', 'hosted-tune': 'hosted fine-tune', selfhost: 'self-hosted' },
    none: 'none',
    linkCopied: 'Link copied',
    nowPricing: 'Now pricing the API path with',
    /** A group of assumptions that holds its defaults, and one whose values differ (`3 changed`). */
    changed: ['defaults', 'changed'],
    /** The results table's headings for the last month and the whole horizon. */
    month: 'Month',
    total: ['Total,', 'months'],
    markdownCopied: 'Markdown copied',
    copyBlocked: 'Could not copy: your browser blocked the clipboard.',
    notLoaded: 'This needs a part of the page that could not be loaded. Check the connection and try again.',
    resetDone: 'Reset to the defaults',
    rejectedThen: 'Those values were reset to their defaults.',
    horizon: {
      change: [
        'changes its listed price on',
        'to',
        'per 1M input / output tokens, as the price dataset announces: the projection bills month',
        'and those after it at the new price.',
      ],
      retires: [
        'retires on',
        'in month',
        'of your horizon, as its provider announced: from then its requests fail, so the months after it price a model you can no longer call. Choose its successor to see those months as they will be paid.',
      ],
      retired: [
        'was retired on',
        ', as its provider announced: its requests now fail. These are its last prices, kept so that old links open; choose another model.',
      ],
    },
    hardwareExtra:
      'Your other hardware is a fixed extra on top of these rented GPUs. To count GPUs you own instead of renting them, choose the owned offer and set the other hardware to what is left.',
    tuneEnds: {
      training: ['OpenAI stops new fine-tuning jobs on', 'OpenAI no longer starts fine-tuning jobs'],
      serving: ['this fine-tuned model serves until', 'this fine-tuned model was shut down on'],
      tail: 'Dates from OpenAI’s deprecations page (a copy of 8 September 2026). Choose a provider that still trains and serves fine-tunes; old links keep these prices.',
    },
    gpuMismatch: [
      'This price is for the',
      ', but the serving setup was measured on the',
      'Its capacity on another GPU is unknown: choose an offer for the setup’s GPU, or type the price you pay.',
    ],
    chart: {
      lead: 'Monthly cost against requests a day, both on logarithmic scales, for each path, with bands from the low to the high case.',
      tail: 'The chart data table below holds the numbers.',
      you: 'Your volume,',
      aDay: 'requests a day',
      marked: 'is marked',
      outside: 'lies outside the chart’s',
      never: 'self-hosting never drops below the API',
      drops: 'self-hosting first drops below the API near',
      circle: 'marked with a circle',
      off: 'outside the chart',
      atVolume: 'a month at your volume',
      yours: '(yours)',
    },
    tornado: {
      lead: "Bars from the break-even at one end of each input's range to the other, on a logarithmic scale;",
      tail: 'moves it most. The table below holds the numbers.',
      none: 'None of the uncertain inputs moves the break-even with these inputs.',
      axis: 'break-even, requests a day',
      line: 'line:',
    },
    line: {
      lead: 'Break-even for self-hosting, requests a day: ',
      near: 'near',
      none: 'none in range',
      between: ', somewhere between ',
      and: ' and ',
      sameModel: ' · against the same open model at its cheapest host (like for like): ',
      gpus: ' · GPUs at your volume: ',
    },
    sentence: {
      /** What a custom choice of API model, serving setup and GPU offer is called. */
      custom: ['the API model at your prices', 'an open model at your request rate', 'GPUs at your price'],
      aDay: 'requests a day',
      aMonth: 'a month',
      api: 'through its API costs about',
      and: 'and',
      on: 'self-hosted on',
      about: 'about',
      rag: ['or about', 'with retrieval added'],
      quality: 'On quality,',
      never: 'With these inputs self-hosting does not drop below that API at any volume up to',
      could: ['though it could from about', 'if the uncertain inputs all fall its way'],
      stays: 'and stays below it from about',
      cheaperHere: 'At your volume self-hosting is the cheaper of the two.',
      nextStep: 'At your volume the next whole step of GPUs puts it back above the API.',
      drops: 'Self-hosting drops below that API somewhere between',
      near: 'near',
      withThese: 'with these inputs',
      cheapest: 'The cheapest path shown at your volume:',
    },
    quality: {
      lead: 'Quality on the',
      unscored: 'not scored',
      below: 'the open model scores well below the API model, by',
      above: 'the open model scores above the API model, by',
      close: 'the two score within',
      points: 'points',
    },
    latency: {
      run: {
        lead: 'Your run on',
        rps: 'requests a second at',
        in: 'input and',
        out: 'output tokens',
        conc: 'in flight',
        ms: ['to first token (p99)', 'to first token (p95)', 'between tokens (median)'],
        batch: 'With no latency target, the costs use its rate as it is.',
        met: 'By its own latency it meets the target above.',
        missed:
          'By its own latency it misses the target above: the costs use its rate all the same, so run it at a lighter load to price that target.',
        unknown: 'It gives too few latency figures to tell whether it meets the target above.',
        tail: 'The calculator carries your run’s rate per GPU to your own request lengths along this setup’s published curve.',
      },
      custom: 'Your own request rate: no latency is known.',
      batch: 'Maximum load, with no latency target: a product people wait on gets less from each GPU.',
      measured: `Capacity at first token within ${TTFT} for 99% of requests and ${ITL} between tokens (median), as measured.`,
      derived: `Capacity at first token within ${TTFT} (p99), derived: this source ran at maximum load only, so its rate is scaled by the share of its peak that silybench’s measured setup kept at that target at the same request shape.`,
      unmeasured: `No latency was measured for this setup, so nothing shows it answers within ${REALTIME}: the costs use its interactive capacity. The Qwen3-8B setups have measured latency.`,
      met: [
        `Inside the ${REALTIME} target: measured at your`,
        'input tokens (interpolated) with',
        'requests in flight, 95% of first tokens arrive within',
      ],
      missed: [
        `No measured load meets the ${REALTIME} target at your`,
        'input tokens: the lightest,',
        'in flight, which the costs use, takes',
      ],
    },
  },
} as const;

/**
 * The words the calculator island can print after the page has loaded, which travel as its props:
 * field labels and the names of their units (the tornado, the copied report), group titles (the report), preset names
 * and origins (the sentence, beside the fields), and its live fixed words. The rule, stated once: a
 * word travels only if the island may print it after load; every other word (hints, captions,
 * intros, `CALCULATOR_WORDS.page`) is in the page's HTML alone, drawn at build time.
 */
export interface LiveText {
  readonly groups: Readonly<Record<FieldGroup, string>>;
  readonly fields: Readonly<Partial<Record<NumberKey, Pick<CalculatorText['fields'][NumberKey], 'label' | 'unit'>>>>;
  /** Origins of fields that do not depend on a preset. */
  readonly origins: Readonly<Partial<Record<NumberKey, FieldOrigin>>>;
  readonly presets: Readonly<Record<PresetKey, { readonly label: string; readonly options: readonly LiveOption[] }>>;
  readonly words: typeof CALCULATOR_WORDS.live;
  /** The quality index both sides of a comparison are scored on, and every score (null: not scored). */
  readonly quality: QualityText;
}

/** A menu option as the island gets it: its menu label only where it is more than its name (prices). */
export type LiveOption = Omit<PresetOption, 'label' | 'data'> & { readonly label?: string };

/** The one quality index's scores, as the island prints them beside the break-even. */
export interface QualityText {
  /** The index, its version and the day of the scores, as a sentence names them. */
  readonly index: string;
  readonly model: Readonly<Record<string, number | null>>;
  readonly open: Readonly<Record<OpenModelId, number | null>>;
  /** The open models' names. */
  readonly names: Readonly<Record<OpenModelId, string>>;
}

/** The quality text of every model the calculator offers. */
function qualityText(): QualityText {
  return {
    index: `${QUALITY_INDEX.name} ${QUALITY_INDEX.version}, ${formatAsOf(QUALITY_INDEX.asOf)}`,
    model: Object.fromEntries(API_PRESETS.map((p) => [p.id, modelScore(p.id)])),
    open: Object.fromEntries(OPEN_MODELS.map((o) => [o, openScore(o)])) as Record<OpenModelId, number | null>,
    names: OPEN_MODEL_NAMES,
  };
}

/** Everything the calculator says in words, for the page the build draws. */
export interface CalculatorText extends LiveText {
  readonly fields: Readonly<Record<NumberKey, FieldText & { readonly unit: string }>>;
  readonly presets: Readonly<Record<PresetKey, { readonly label: string; readonly options: readonly PresetOption[] }>>;
  readonly pageWords: typeof CALCULATOR_WORDS.page;
}

/** The live words of a calculator's text, for its props (see `LiveText`). */
/** The preset menus without their options' `data-*` attributes, which the page draws once. */
function withoutPageData(menus: CalculatorText['presets']): LiveText['presets'] {
  const strip = (m: CalculatorText['presets'][PresetKey]) => ({
    label: m.label,
    options: m.options.map(
      ({ id, label, name, origin }): LiveOption =>
        label === name ? { id, name, origin } : { id, label, name, origin },
    ),
  });
  return {
    model: strip(menus.model),
    gpu: strip(menus.gpu),
    tput: strip(menus.tput),
    slo: strip(menus.slo),
    tune: strip(menus.tune),
  };
}

export function liveText(t: CalculatorText): LiveText {
  const { pageWords: _drawnOnce, ...live } = t;
  return {
    ...live,
    fields: Object.fromEntries(Object.entries(t.fields).map(([k, f]) => [k, { label: f.label, unit: f.unit }])),
    presets: withoutPageData(t.presets),
  };
}

export function calculatorText(keys: readonly NumberKey[] = NUMBER_KEYS): CalculatorText {
  const dummy = { model: 'custom', gpu: 'custom', tput: 'custom', slo: 'custom', tune: 'custom' } as const;
  const fields = Object.fromEntries(
    keys.map((k) => [k, { ...FIELD_TEXT[k], unit: UNIT_LABELS[FIELDS[k].unit] }]),
  ) as CalculatorText['fields'];
  const origins = Object.fromEntries(
    keys.filter((k) => FIELDS[k].origin.kind !== 'preset').map((k) => [k, fieldOrigin(k, dummy)]),
  );
  return {
    groups: GROUP_TITLES,
    fields,
    origins,
    presets: Object.fromEntries(PRESET_KEYS.map((key) => [key, presetMenu(key)])) as CalculatorText['presets'],
    words: CALCULATOR_WORDS.live,
    quality: qualityText(),
    pageWords: CALCULATOR_WORDS.page,
  };
}

/** A preset kind's menu: its label, and each preset's option, name and source. */
function presetMenu(key: PresetKey): CalculatorText['presets'][PresetKey] {
  return {
    label: presetText(key).menu,
    options: presetEntries(key).map((e) => ({
      id: e.id,
      name: e.name,
      label: e.option,
      origin: sourced(e.source),
      data: e.data,
    })),
  };
}
