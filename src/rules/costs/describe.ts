import { scaleThreshold } from '../figures/data.ts';
import { formatCount, formatUsd } from '../format/format.ts';
import { MAX_REQUESTS_PER_DAY, PATH_LABELS, PATHS, type PathId, requestsInMonth, type Spread } from './costs.ts';
import { type CostInputs, type NumberKey, type PresetKey, presetOf } from './inputs.ts';
import type { CostReport } from './report.ts';
import type { FieldOrigin, LiveText } from './text.ts';

/** Money in results: never negative, never NaN; tiny amounts say so instead of printing $0.00. */
export function formatMoney(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '—';
  if (n === 0) return '$0';
  if (n < 0.01) return 'under $0.01';
  return formatUsd(n);
}

/** `$11,087–$11,462`, or one amount when the ends agree. */
export function formatSpread(s: Spread): string {
  const lo = formatMoney(s.low);
  const hi = formatMoney(s.high);
  return lo === hi ? formatMoney(s.expected) : `${lo}–${hi}`;
}

/** The names a sentence gives the chosen presets, from the build-time text. */
export interface SentenceNames {
  readonly model: string;
  readonly setup: string;
  readonly gpu: string;
}

/** The names of the presets the inputs use; a custom choice is named for what it is. */
export function sentenceNames(i: CostInputs, text: LiveText): SentenceNames {
  const name = (key: PresetKey, custom: string) =>
    text.presets[key].options.find((o) => o.id === i[key])?.name ?? custom;
  return {
    model: name('model', 'the API model at your prices'),
    setup: name('tput', 'an open model at your request rate'),
    gpu: name('gpu', 'GPUs at your price'),
  };
}

/** A volume in a sentence: `1.69 million`, or `more than 1 billion` for none in range. */
const volume = (n: number | null) => (n === null ? `more than ${formatCount(MAX_REQUESTS_PER_DAY)}` : formatCount(n));

/** The plain-words answer under the calculator, about the paths it shows and the presets it compares. */
export function costSentence(r: CostReport, names: SentenceNames, paths: readonly PathId[] = PATHS): string {
  const i = r.inputs;
  const at = `At ${formatCount(i.requests)} requests a day`;
  const cost = (p: PathId) => formatMoney(r.paths[p].monthlyNow.expected);
  const cheapest = paths.reduce((a, b) => (r.paths[b].monthlyNow.expected < r.paths[a].monthlyNow.expected ? b : a));
  const best = paths.length > 1 ? ` The cheapest path shown at your volume: ${PATH_LABELS[cheapest]}.` : '';
  if (!paths.includes('selfhost')) {
    const rag = paths.includes('rag') ? `, or about ${cost('rag')} with retrieval added` : '';
    return `${at}, ${names.model} through its API costs about ${cost('api')} a month${rag}.${best}`;
  }
  const start = `${at}, ${names.model} through its API costs about ${cost('api')} a month, and ${names.setup}, self-hosted on ${names.gpu}, about ${cost('selfhost')}.`;
  if (r.breakEven === null) {
    return `${start} With these inputs self-hosting does not drop below that API at any volume up to ${formatCount(MAX_REQUESTS_PER_DAY)} requests a day${r.breakEvenLow === null ? '' : `, though it could from about ${formatCount(r.breakEvenLow)} if the uncertain inputs all fall its way`}.${best}`;
  }
  const stays =
    r.staysCheaper !== null && r.staysCheaper > r.breakEven
      ? `, and stays below it from about ${formatCount(r.staysCheaper)}`
      : '';
  const selfhost = r.paths.selfhost.monthlyNow.expected;
  const here =
    selfhost < r.paths.api.monthlyNow.expected
      ? ' At your volume self-hosting is the cheaper of the two.'
      : i.requests >= r.breakEven
        ? ' At your volume the next whole GPU puts it back above the API.'
        : '';
  return `${start} Self-hosting drops below that API somewhere between ${volume(r.breakEvenLow)} and ${volume(r.breakEvenHigh)} requests a day: near ${formatCount(r.breakEven)} with these inputs${stays}.${here}${best}`;
}

/** A field's origin from the build-time text: fixed for most fields, by preset for prices and throughput. */
export function originOf(key: NumberKey, i: CostInputs, text: LiveText): FieldOrigin {
  const preset = presetOf(key);
  const origin = preset ? text.presets[preset].options.find((o) => o.id === i[preset])?.origin : text.origins[key];
  return origin ?? { kind: 'Example', text: 'Your own figure.' };
}

/**
 * The decision tree's query for this traffic: question 4 (more than the scale threshold within
 * the horizon?) answered from the calculator's volume and growth, the other questions left open.
 */
export function decisionQuery(i: CostInputs): string {
  return `scale=${requestsInMonth(i, i.horizon) > scaleThreshold.value ? 'yes' : 'no'}`;
}
