import { formatAsOf, formatCompact, formatCount, formatUnitPrice, isoDay } from '../format/format.ts';
import { formatMoney } from '../format/money.ts';
import {
  type BenchPoint,
  benchMeets,
  capacity,
  type GpuType,
  gpuCount,
  type ServingSetup,
} from '../serving/serving.ts';
import { MAX_REQUESTS_PER_DAY, type ModelEvents, PATHS, type PathId, proseVolume } from './costs.ts';
import type { NumberKey } from './fields.ts';
import { type CostInputs, fieldDefault, presetOf } from './inputs.ts';
import type { PresetKey } from './keys.ts';
import { presetById } from './preset-registry.ts';
import type { CostReport } from './report.ts';
import { show } from './state.ts';
import type { FieldOrigin, LiveText } from './text.ts';

// Sentences and phrases built around the calculator's numbers, as the page and the island print
// them. The calculator's fixed words are in `text.ts`.

/** The names a sentence gives the chosen presets, from the build-time text, and how their quality compares. */
export interface SentenceNames {
  readonly model: string;
  readonly setup: string;
  readonly gpu: string;
  /** The latency target the capacity is read at. */
  readonly target: string;
  /** How the open model's score compares with the API model's, where both are scored. */
  readonly quality: string;
  /** The sentence's fixed words. */
  readonly w: LiveText['words']['sentence'];
  /** The paths' names. */
  readonly paths: LiveText['words']['paths'];
}

/** A gap on the quality index's 0–100 scale that this guide calls well below or above: 5 points (an assumption). */
export const QUALITY_GAP_POINTS = 5;

/** Both sides' scores on the quality index, and how they compare, in words (empty where one is not scored). */
export function qualityOf(i: CostInputs, text: LiveText) {
  const q = text.quality;
  const open = presetById('tput', i.tput)?.open;
  const api = q.model[i.model] ?? null;
  const own = open ? q.open[open] : null;
  const w = text.words.quality;
  const gap = api === null || own === null ? null : Math.round((api - own) * 10) / 10;
  const clause =
    gap === null
      ? ''
      : gap >= QUALITY_GAP_POINTS
        ? `${w.below} ${gap} ${w.points}`
        : gap <= -QUALITY_GAP_POINTS
          ? `${w.above} ${-gap} ${w.points}`
          : `${w.close} ${QUALITY_GAP_POINTS} ${w.points}`;
  return { api, own, open, clause };
}

/** The names of the presets the inputs use; a custom choice is named for what it is. */
/** The name of the preset the inputs use of a kind, or what a custom choice is called. */
export const chosenName = (i: CostInputs, key: PresetKey, text: LiveText, custom: string): string =>
  text.presets[key].options.find((o) => o.id === i[key])?.name ?? custom;

export function sentenceNames(i: CostInputs, text: LiveText): SentenceNames {
  const name = (key: PresetKey, custom: string) => chosenName(i, key, text, custom);
  return {
    model: name('model', text.words.sentence.custom[0]),
    setup: name('tput', text.words.sentence.custom[1]),
    gpu: name('gpu', text.words.sentence.custom[2]),
    target: name('slo', '').toLowerCase(),
    quality: qualityOf(i, text).clause,
    w: text.words.sentence,
    paths: text.words.paths,
  };
}

/** The plain-words answer under the calculator, about the paths it shows and the presets it compares. */
export function costSentence(r: CostReport, names: SentenceNames, paths: readonly PathId[] = PATHS): string {
  const i = r.inputs;
  const w = names.w;
  const at = `At ${formatCount(i.requests)} ${w.aDay}`;
  const cost = (p: PathId) => formatMoney(r.paths[p].monthlyNow.expected);
  // The same open model at a host is the like-for-like yardstick for self-hosting, not one of the reader's paths.
  const cheapest = paths
    .filter((p) => p !== 'same-model')
    .reduce((a, b) => (r.paths[b].monthlyNow.expected < r.paths[a].monthlyNow.expected ? b : a));
  const best = paths.length > 1 ? ` ${w.cheapest} ${names.paths[cheapest]}.` : '';
  const api = `${at}, ${names.model} ${w.api} ${cost('api')} ${w.aMonth}`;
  if (!paths.includes('selfhost')) {
    const rag = paths.includes('rag') ? `, ${w.rag[0]} ${cost('rag')} ${w.rag[1]}` : '';
    return `${api}${rag}.${best}`;
  }
  const start = `${api}, ${w.and} ${names.setup}, ${w.on} ${names.gpu} (${names.target}), ${w.about} ${cost('selfhost')}.${names.quality && ` ${w.quality} ${names.quality}.`}`;
  if (r.breakEven === null) {
    return `${start} ${w.never} ${formatCount(MAX_REQUESTS_PER_DAY)} ${w.aDay}${r.breakEvenLow === null ? '' : `, ${w.could[0]} ${formatCount(r.breakEvenLow)} ${w.could[1]}`}.${best}`;
  }
  const stays =
    r.staysCheaper !== null && r.staysCheaper > r.breakEven ? `, ${w.stays} ${formatCount(r.staysCheaper)}` : '';
  const here =
    r.paths.selfhost.monthlyNow.expected < r.paths.api.monthlyNow.expected
      ? ` ${w.cheaperHere}`
      : i.requests >= r.breakEven
        ? ` ${w.nextStep}`
        : '';
  return `${start} ${w.drops} ${proseVolume(r.breakEvenLow)} and ${proseVolume(r.breakEvenHigh)} ${w.aDay}: ${w.near} ${formatCount(r.breakEven)} ${w.withThese}${stays}.${here}${best}`;
}

/** A field's origin from the build-time text: fixed for most fields, by preset for prices and throughput. */
export function originOf(key: NumberKey, i: CostInputs, text: LiveText): FieldOrigin {
  const preset = presetOf(key);
  const origin = preset ? text.presets[preset].options.find((o) => o.id === i[preset])?.origin : text.origins[key];
  return origin ?? { kind: 'Example', text: 'Your own figure.' };
}

/** Where a field's default comes from, with that default when the reader has changed the value. */
export function originLine(key: NumberKey, i: CostInputs, text: LiveText): string {
  const origin = originOf(key, i, text);
  const d = fieldDefault(key, i);
  return `${i[key] !== d ? `Default ${formatCount(d)}. ` : ''}${origin.kind}: ${origin.text}`;
}

/** Beside a field that holds bad input: what is wrong, and the value still in use. */
export const stillUsing = (message: string, value: number): string => `${message} Still using ${formatCount(value)}.`;

/** How many values of a group of assumptions differ from their defaults. */
export const changedSummary = (n: number, [none, changed]: LiveText['words']['changed']): string =>
  n === 0 ? none : `${n} ${changed}`;

export const monthHeading = (month: number, w: LiveText['words']): string => `${w.month} ${month}`;
export const totalHeading = (months: number, w: LiveText['words']): string => `${w.total[0]} ${months} ${w.total[1]}`;

/**
 * What the capacity in use means for latency: the target it is read at, whether a measured load meets it,
 * and the first token it holds at the reader's prompt where the source measured one.
 */
export function latencySentence(
  setup: ServingSetup | undefined,
  slo: string,
  input: number,
  output: number,
  words: LiveText['words']['latency'],
  run?: BenchPoint,
): string {
  if (!setup) return words.custom;
  if (run) return runSentence(run, setup.gpu, slo, words.run);
  const c = capacity(setup, input, output, slo);
  if (slo === 'batch') return words.batch;
  if (slo !== 'realtime') return setup.loads ? words.measured : words.derived;
  if (c.ttftMs === undefined) return words.unmeasured;
  const [a, b, c2] = c.met ? words.met : words.missed;
  return `${a} ${formatCount(input)} ${b} ${formatCount(c.concurrency ?? 1)} ${c2} ${formatCount(Math.round(c.ttftMs))} ms.`;
}

/** The latency figures of a reader's run the latency line names, in the order of `words.latency.run.ms`. */
const LATENCY_KEYS = ['benchTtftP99', 'benchTtftP95', 'benchItlMedian'] as const;

/** The reader's own run in words: what it served, the latency it measured, and what that says of the target. */
function runSentence(run: BenchPoint, gpu: GpuType, slo: string, w: LiveText['words']['latency']['run']): string {
  const figures = LATENCY_KEYS.flatMap((k, n) => (run[k] ? [`${show(run[k])} ms ${w.ms[n]}`] : [])).join(', ');
  const met = benchMeets(run, slo);
  const verdict = slo === 'batch' ? w.batch : met === undefined ? w.unknown : met ? w.met : w.missed;
  const inFlight = run.benchConcurrency ? `, ${show(run.benchConcurrency)} ${w.conc}` : '';
  return `${w.lead} ${gpuCount(run.benchGpus, gpu)}: ${show(run.benchRps)} ${w.rps} ${show(run.benchInput)} ${w.in} ${show(run.benchOutput)} ${w.out}${inFlight}${figures && `; ${figures}`}. ${verdict} ${w.tail}`;
}

/** The GPU type an offer is for and the type the serving setup was measured on, in a sentence. */
export const gpuMismatchSentence = (
  m: { readonly offer: string; readonly setup: string },
  [a, b, c]: LiveText['words']['gpuMismatch'],
): string => `${a} ${m.offer}${b} ${m.setup}. ${c}`;

/** A number the break-even line shows: which of the report's numbers, and its words. */
export interface LineNumber {
  readonly of: 'breakEven' | 'breakEvenLow' | 'breakEvenHigh' | 'breakEvenSameModel' | 'gpus';
  readonly text: string;
  readonly strong?: boolean;
}

/** The break-even line under the results, in parts: words, and the numbers it shows. */
export function breakEvenLine(r: CostReport, w: LiveText['words']['line']): readonly (string | LineNumber)[] {
  const near = (n: number | null) => (n === null ? w.none : `${w.near} ${formatCount(n)}`);
  return [
    w.lead,
    { of: 'breakEven', text: near(r.breakEven), strong: true },
    w.between,
    { of: 'breakEvenLow', text: proseVolume(r.breakEvenLow) },
    w.and,
    { of: 'breakEvenHigh', text: proseVolume(r.breakEvenHigh) },
    ...(r.host ? [w.sameModel, { of: 'breakEvenSameModel' as const, text: near(r.breakEvenSameModel) }] : []),
    w.gpus,
    { of: 'gpus', text: formatCount(r.gpus), strong: true },
  ];
}

/** What the cost chart shows, for readers who cannot see it; `first` and `last` bound its volumes. */
export function chartDescription(
  r: CostReport,
  first: number,
  last: number,
  words: LiveText['words']['chart'],
): string {
  const you = r.inputs.requests;
  const be = r.breakEven;
  const inRange = (n: number) => n >= first && n <= last;
  const youText = `${words.you} ${formatCount(you)} ${words.aDay}, ${inRange(you) ? words.marked : `${words.outside} ${formatCompact(first)}–${formatCompact(last)}`}`;
  const beText =
    be === null
      ? words.never
      : `${words.drops} ${formatCount(be)} ${words.aDay}, ${inRange(be) ? words.circle : words.off}`;
  return `${words.lead} ${youText}; ${beText}. ${words.tail}`;
}

/** A path's cost in the chart's legend. */
export const atYourVolume = (label: string, money: string, w: LiveText['words']['chart']): string =>
  `${label}: ${money} ${w.atVolume}`;

/** The chart data table's row for the reader's own volume. */
export const yourVolume = (requests: number, w: LiveText['words']['chart']): string =>
  `${formatCount(requests)} ${w.yours}`;

/** What the tornado shows, for readers who cannot see it, given the label of the input that moves most. */
export const tornadoDescription = (top: string | undefined, words: LiveText['words']['tornado']): string =>
  top ? `${words.lead} ${top.toLowerCase()} ${words.tail}` : words.none;

/** The tornado's axis, with the expected break-even its line marks. */
export const tornadoAxis = (be: number | null, w: LiveText['words']['tornado']): string =>
  `${w.axis}${be === null ? '' : ` (${w.line} ${formatCount(be)})`}`;

const tried = (n: number) => Number(n.toPrecision(4)).toLocaleString('en-US');
/**
 * The two ends of an uncertain input's range as the form would hold them, with the name of the
 * unit the form shows beside the field (the island prints this, so it loads no unit table).
 */
export const triedRange = (from: number, to: number, unit: string): string => `${tried(from)} to ${tried(to)} ${unit}`;
/** The break-even at each end of an input's range. */
export const breakEvenRange = (low: number | null, high: number | null): string =>
  `${low === null ? 'none' : formatCount(low)} to ${high === null ? 'none' : formatCount(high)}`;

/** Said when the reader picks a model from the table of every model. */
/**
 * The API model's announced dates inside the projection, in words: a listed price change and the months
 * billed at it, and a retirement within the horizon or already past. Empty where there is none.
 */
export function horizonSentence(e: ModelEvents, name: string, w: LiveText['words']['horizon']): string {
  const parts: string[] = [];
  if (e.change)
    parts.push(
      `${name} ${w.change[0]} ${formatAsOf(e.change.from)} ${w.change[1]} ${formatUnitPrice(e.change.priceIn)} / ${formatUnitPrice(e.change.priceOut)} ${w.change[2]} ${e.change.month} ${w.change[3]}`,
    );
  if (e.retires)
    parts.push(
      e.retires.past
        ? `${name} ${w.retired[0]} ${formatAsOf(e.retires.day)}${w.retired[1]}`
        : `${name} ${w.retires[0]} ${formatAsOf(e.retires.day)}, ${w.retires[1]} ${e.retires.month} ${w.retires[2]}`,
    );
  return parts.join(' ');
}

/**
 * Beside the fine-tune menu, where the provider has announced an end to the chosen fine-tune: the last day
 * training jobs start and the day serving stops, or that serving has stopped. Empty for the others.
 */
export function tuneEndSentence(tune: string, w: LiveText['words']['tuneEnds'], today: Date = new Date()): string {
  const ends = presetById('tune', tune)?.ends;
  if (!ends) return '';
  const day = isoDay(today);
  const training = day < ends.training ? `${w.training[0]} ${formatAsOf(ends.training)}` : w.training[1];
  const serving =
    day < ends.serving ? `${w.serving[0]} ${formatAsOf(ends.serving)}` : `${w.serving[1]} ${formatAsOf(ends.serving)}`;
  return `${training}; ${serving}. ${w.tail}`;
}
