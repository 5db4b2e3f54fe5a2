// The cost calculator's markup, and no words of its own (those are in costs/text.ts and
// costs/describe.ts). `calculatorHtml` draws the whole island at build time; `liveRegions` draws
// the parts that change with the inputs, both at build time (inside `calculatorHtml`) and in the
// browser (controller.ts), so the page and the island never differ.
import {
  costCurves,
  DAYS_PER_MONTH,
  modelCosts,
  modelEvents,
  PATHS,
  type PathId,
  scaleAnswer,
} from '../../rules/costs/costs.ts';
import {
  breakEvenLine,
  changedSummary,
  costSentence,
  gpuMismatchSentence,
  horizonSentence,
  latencySentence,
  monthHeading,
  originLine,
  qualityOf,
  sentenceNames,
  stillUsing,
  totalHeading,
  tuneEndSentence,
} from '../../rules/costs/describe.ts';
import { FIELDS, NUMBER_KEYS, type NumberKey } from '../../rules/costs/fields.ts';
import { benchPoint, type CostInputs, costsPath } from '../../rules/costs/inputs.ts';
import { type FieldGroup, PRESET_KEYS, type PresetKey } from '../../rules/costs/keys.ts';
import { PRESETS, presetById } from '../../rules/costs/preset-registry.ts';
import { type CostReport, costReport } from '../../rules/costs/report.ts';
import { type CalculatorState, changedCounts, gpuMismatch, isPrimary } from '../../rules/costs/state.ts';
import type { CalculatorText, LiveText } from '../../rules/costs/text.ts';

import { formatCount } from '../../rules/format/format.ts';
import { formatMoney, formatSpread } from '../../rules/format/money.ts';
import { capacity } from '../../rules/serving/serving.ts';
import { withBase } from '../../site/base.ts';
import { Html, html } from '../../site/html.ts';
import { type ChartRegion, costChartHtml, costChartRegions } from './chart.ts';
import { type TornadoRegion, tornadoHtml, tornadoRegions } from './tornado.ts';

/** What a page passes to the calculator (`Calculator.astro`), and the island reads back from its props. */
export interface CalculatorProps<T extends LiveText = LiveText> {
  /** Prefix for element ids, unique on the page. */
  readonly id: string;
  /** Its words: all of them at build time, the live ones in the browser (`liveText`). */
  readonly text: T;
  /** `full` reads and writes the page URL and shows every input; `inline` shows a subset and links to /costs/. */
  readonly mode?: 'full' | 'inline';
  /** Inputs to show (inline mode); presets by their key. Default: all. */
  readonly fields?: readonly (NumberKey | PresetKey)[];
  /** Paths in the results table. Default: all five. */
  readonly paths?: readonly PathId[];
  /** Starting values other than the defaults, as a query string (`requests=200000`). */
  readonly start?: string;
  /** Show the chart (full mode always does). */
  readonly chart?: boolean;
}

/** The report and curves of one set of inputs, computed once however many views read them. */
export interface Computed {
  readonly report: CostReport;
  readonly curves: ReturnType<typeof costCurves> | null;
}
export const compute = (inputs: CostInputs, props: CalculatorProps): Computed => ({
  report: costReport(inputs),
  curves: props.mode !== 'inline' || props.chart ? costCurves(inputs) : null,
});

/** The full calculator on these inputs, and the decision tree with question 4 answered from their traffic. */
export const costsHref = (i: CostInputs): string => withBase(costsPath(i));
export const decideHref = (i: CostInputs): string => withBase(`/decide/?scale=${scaleAnswer(i)}`);

/** The regions that change with the inputs, each an element marked `data-live="<name>"`. */
export type LiveRegion =
  | 'table-head'
  | 'table-body'
  | 'break-even'
  | 'models'
  | 'sticky'
  | 'ttft'
  | 'gpu-note'
  | 'quality'
  | 'horizon'
  | 'tune-note'
  | ChartRegion
  | TornadoRegion;
export type LiveMarkup = Readonly<Partial<Record<LiveRegion, Html>>>;

// ---- Live views: drawn at build time and again in the browser when the inputs change ----

/** The message beside a field that holds bad input. */
export const errorHtml = (props: CalculatorProps, s: CalculatorState, key: NumberKey): Html =>
  html`<p class="cc-error" id="${props.id}-${key}-error">${stillUsing(s.errors[key] ?? '', s.inputs[key])}</p>`;

/** What the capacity in use means for latency, at the reader's prompt length. */
function ttftHtml(props: CalculatorProps, s: CalculatorState): Html {
  const { tput, slo, input, output } = s.inputs;
  const setup = presetById('tput', tput);
  const run = benchPoint(s.inputs);
  const c = setup && capacity(setup, input, output, slo, run);
  return html`<p class="cc-hint" data-testid="ttft" data-live="ttft" data-met="${String(c?.met ?? false)}" data-value="${c?.ttftMs === undefined ? 'none' : String(c.ttftMs)}">${latencySentence(setup, slo, input, output, props.text.words.latency, run)}</p>`;
}

/** Both sides' scores on the one quality index, and how they compare. */
function qualityHtml(props: CalculatorProps, s: CalculatorState): Html {
  const t = props.text;
  const q = qualityOf(s.inputs, t);
  const w = t.words.quality;
  const score = (id: string, name: string, v: number | null) =>
    html`<span data-model="${id}" data-score="${v === null ? 'none' : String(v)}">${name} ${v === null ? w.unscored : String(v)}</span>`;
  const names = sentenceNames(s.inputs, t);
  return html`<p class="cc-quality" data-testid="quality" data-live="quality" data-index="${t.quality.index}">${w.lead} ${t.quality.index}: ${score(s.inputs.model, names.model, q.api)}, ${q.open ? score(q.open, t.quality.names[q.open], q.own) : ''}${q.clause && `; ${q.clause}`}.</p>`;
}

/** Under the results: the API model's price change or retirement within the horizon, with the days as data. */
function horizonHtml(props: CalculatorProps, s: CalculatorState): Html {
  const e = modelEvents(s.inputs);
  const text = horizonSentence(e, sentenceNames(s.inputs, props.text).model, props.text.words.horizon);
  return html`<p class="cc-hint cc-horizon" data-live="horizon" data-testid="horizon-note"${e.change && html` data-change="${e.change.from}"`}${e.retires && html` data-retires="${e.retires.day}"`}>${text}</p>`;
}

/** Beside the fine-tune menu: the wind-down of a provider's fine-tuning, where one is announced. */
function tuneNoteHtml(props: CalculatorProps, s: CalculatorState): Html {
  const text = tuneEndSentence(s.inputs.tune, props.text.words.tuneEnds);
  return html`<p class="cc-hint" data-live="tune-note"${text && html` data-testid="tune-ends"`}>${text}</p>`;
}

/** Beside the GPU menu: the GPU type the serving setup was measured on, where the offer is of another. */
function gpuNoteHtml(props: CalculatorProps, s: CalculatorState): Html {
  const m = gpuMismatch(s.inputs);
  // An old link's hardware is added to rented GPUs, as it always was; the note says how to own them instead.
  const extra = s.inputs.hardware > 0 && s.inputs.gpuPrice === 0;
  return html`<p class="cc-hint" data-live="gpu-note"${m ? html` data-testid="gpu-mismatch"` : ''}>${m ? gpuMismatchSentence(m, props.text.words.gpuMismatch) : ''}${extra && html` <span data-testid="hardware-extra">${props.text.words.hardwareExtra}</span>`}</p>`;
}

export const sentence = (props: CalculatorProps, s: CalculatorState, c: Computed): string =>
  costSentence(c.report, sentenceNames(s.inputs, props.text), props.paths ?? PATHS);

function resultsHead(props: CalculatorProps, s: CalculatorState): Html {
  const h = s.inputs.horizon;
  const w = props.text.words;
  return html`<thead data-live="table-head"><tr><th scope="col">${w.path}</th><th scope="col">${w.thisMonth}</th>${props.mode !== 'inline' && html`<th scope="col">${monthHeading(h, w)}</th><th scope="col">${totalHeading(h, w)}</th>`}<th scope="col">${w.per1k}</th></tr></thead>`;
}

/** The results table's columns: the report's number each shows, and its `data-col`. */
const COLUMNS = {
  monthlyNow: 'now',
  monthlyAtHorizon: 'last',
  totalOverHorizon: 'total',
  per1kRequests: 'per-1k',
} as const;

function resultsBody(props: CalculatorProps, c: Computed): Html {
  const full = props.mode !== 'inline';
  const { report } = c;
  // The same model's host, as the dataset names it: `provider/model`.
  const [provider, ...model] = report.host?.id.split('/') ?? [];
  const cell = (p: PathId, which: keyof typeof COLUMNS) => {
    const x = report.paths[p][which];
    const range = formatSpread(x);
    const main = formatMoney(x.expected);
    const host = p === 'same-model' && html` data-host="${provider ?? ''}" data-model-id="${model.join('/')}"`;
    return html`<td data-path="${p}" data-col="${COLUMNS[which]}" data-value="${String(x.expected)}">${
      which === 'monthlyNow'
        ? html`<strong data-testid="${p}-monthly" data-value="${String(x.expected)}"${host}>${main}</strong>`
        : html`<span>${main}</span>`
    }${range !== main && html`<span class="cc-range">${range}</span>`}</td>`;
  };
  return html`<tbody data-live="table-body">${(props.paths ?? PATHS)
    .filter((p) => report.shown.includes(p))
    .map(
      (p) =>
        html`<tr><th scope="row" title="${props.text.words.paths[p]}">${props.text.words.pathsShort[p]}</th>${cell(p, 'monthlyNow')}${full && [cell(p, 'monthlyAtHorizon'), cell(p, 'totalOverHorizon')]}${cell(p, 'per1kRequests')}</tr>`,
    )}</tbody>`;
}

/** The test hook of each number the break-even line shows. */
const LINE_TESTIDS = {
  breakEven: 'break-even',
  breakEvenLow: 'break-even-low',
  breakEvenHigh: 'break-even-high',
  breakEvenSameModel: 'break-even-same-model',
  gpus: 'gpus',
} as const;

function breakEven(props: CalculatorProps, c: Computed): Html {
  const parts = breakEvenLine(c.report, props.text.words.line).map((p) => {
    if (typeof p === 'string') return p;
    // One of two fixed tag names, so it goes in as markup.
    const tag = new Html(p.strong ? 'strong' : 'span');
    const v = c.report[p.of];
    return html`<${tag} data-testid="${LINE_TESTIDS[p.of]}" data-value="${v === null ? 'none' : String(v)}">${p.text}</${tag}>`;
  });
  return html`<p class="cc-breakeven" data-live="break-even">${parts}</p>`;
}

function modelRows(props: CalculatorProps, s: CalculatorState): Html {
  const i = s.inputs;
  const rows = modelCosts(i).map((row) => {
    const label = props.text.presets.model.options.find((o) => o.id === row.id)?.label ?? row.id;
    const current = row.id === i.model;
    const use = current ? props.text.words.inUse : props.text.words.use;
    return html`<tr data-model="${row.id}" data-value="${String(row.monthly)}"${row.retires && html` data-retires="${row.retires}"`}${current ? html` class="cc-current"` : ''}><th scope="row">${label}</th><td>${formatMoney(row.monthly)}</td><td>${formatMoney((row.monthly / (i.requests * DAYS_PER_MONTH)) * 1000)}</td><td><button type="button" class="button button-quiet" data-use="${row.id}" data-focus="use-${row.id}" aria-pressed="${current ? 'true' : 'false'}" aria-label="${use}: ${label}">${use}</button></td></tr>`;
  });
  return html`<tbody data-live="models">${rows}</tbody>`;
}

function sticky(props: CalculatorProps, c: Computed): Html {
  const r = c.report;
  const w = props.text.words;
  const paths = ['api', 'hosted-tune', 'selfhost'] as const;
  return html`<p class="cc-sticky" data-live="sticky">${paths.map((p) => html`<span>${w.sticky[p]} ${formatMoney(r.paths[p].monthlyNow.expected)}</span>`)}<span>${w.breakEven} ${r.breakEven === null ? w.none : formatCount(r.breakEven)}</span></p>`;
}

/** The markup of every live region this calculator shows. */
export function liveRegions(props: CalculatorProps, s: CalculatorState, c: Computed): LiveMarkup {
  const regions: Partial<Record<LiveRegion, Html>> = {
    'table-head': resultsHead(props, s),
    'table-body': resultsBody(props, c),
    'break-even': breakEven(props, c),
    quality: qualityHtml(props, s),
    horizon: horizonHtml(props, s),
  };
  if (c.curves) Object.assign(regions, costChartRegions(c.report, c.curves, props.id, props.text.words));
  if (props.mode !== 'inline') {
    Object.assign(regions, tornadoRegions(c.report, props.text, props.id));
    regions.models = modelRows(props, s);
    regions.sticky = sticky(props, c);
  }
  if (!props.fields || props.fields.includes('slo')) regions.ttft = ttftHtml(props, s);
  if (!props.fields || props.fields.includes('gpu')) regions['gpu-note'] = gpuNoteHtml(props, s);
  if (!props.fields || props.fields.includes('tune')) regions['tune-note'] = tuneNoteHtml(props, s);
  return regions;
}

// ---- The whole island, at build time ----

/** The calculator as the page first shows it, readable without JavaScript. */
export function calculatorHtml(props: CalculatorProps<CalculatorText>, s: CalculatorState): Html {
  const { id, text, mode = 'full', fields } = props;
  const w = text.pageWords;
  const full = mode === 'full';
  const c = compute(s.inputs, props);
  const live = liveRegions(props, s, c);
  const shown = (k: NumberKey | PresetKey) => !fields || fields.includes(k);
  const groups = (Object.keys(text.groups) as FieldGroup[]).filter(
    (g) =>
      NUMBER_KEYS.some((k) => FIELDS[k].group === g && shown(k)) ||
      PRESET_KEYS.some((p) => PRESETS[p].group === g && shown(p)),
  );

  const numberField = (key: NumberKey) => {
    const f = text.fields[key];
    const fid = `${id}-${key}`;
    const err = s.errors[key];
    // The GPUs of a pasted run are a spinner of whole numbers (never more than 3 digits, so never grouped).
    const kind =
      key === 'benchGpus'
        ? html`type="number" min="1" max="${FIELDS[key].max}" step="1"`
        : html`type="text" inputmode="decimal"`;
    return html`<div class="cc-field"><label for="${fid}">${f.label}</label><div class="cc-input"><input id="${fid}" name="${key}" ${kind} autocomplete="off" spellcheck="false" value="${s.raw[key]}" aria-invalid="${err ? 'true' : 'false'}" aria-describedby="${fid}-hint${err ? ` ${fid}-error` : ''}"><span class="cc-unit">${f.unit}</span></div>${err && errorHtml(props, s, key)}<p class="cc-hint" id="${fid}-hint">${f.hint} <span class="cc-origin">${originLine(key, s.inputs, text)}</span></p></div>`;
  };
  const presetField = (key: PresetKey) => {
    const o = text.presets[key];
    const fid = `${id}-${key}`;
    const setupGpu = presetById('tput', s.inputs.tput)?.gpu;
    const options = o.options.map((p) => {
      const data = Object.entries(p.data ?? {}).map(([k, v]) => html` data-${new Html(k)}="${v}"`);
      const selected = p.id === s.inputs[key];
      // The GPU menu offers the serving setup's GPU type; the script shows the others' offers when the setup changes.
      const hidden = key === 'gpu' && !selected && setupGpu !== undefined && p.data?.gpu !== setupGpu;
      return html`<option value="${p.id}"${data}${selected ? html` selected` : ''}${hidden ? html` hidden` : ''}>${p.label}</option>`;
    });
    return html`<div class="cc-field"><label for="${fid}">${o.label}</label><select id="${fid}" name="${key}">${options}${!PRESETS[key].closed && html`<option value="custom"${s.inputs[key] === 'custom' ? html` selected` : ''}>${w.custom}</option>`}</select>${key === 'slo' && live.ttft}${key === 'gpu' && live['gpu-note']}${key === 'tune' && live['tune-note']}</div>`;
  };
  const fieldsOf = (g: FieldGroup, primary?: boolean) => [
    ...PRESET_KEYS.filter(
      (p) => PRESETS[p].group === g && shown(p) && (primary === undefined || isPrimary(p) === primary),
    ).map(presetField),
    ...NUMBER_KEYS.filter(
      (k) => FIELDS[k].group === g && shown(k) && (primary === undefined || isPrimary(k) === primary),
    ).map(numberField),
  ];
  // The reader's own run: the form that reads a pasted result (on first use, `scripts/standalone/benchmark.ts`),
  // holding the field of the GPUs that served it; the other fields of the run follow it.
  const bench = () => {
    const tid = `${id}-bench-text`;
    return [
      html`<form class="cc-bench cc-js" data-testid="benchmark-import"><p class="cc-hint">${w.benchIntro}</p><div class="cc-field"><label for="${tid}">${w.benchPaste}</label><textarea id="${tid}" name="benchText" rows="6" autocomplete="off" spellcheck="false" aria-describedby="${tid}-read"></textarea></div>${numberField('benchGpus')}<button type="submit" class="button">${w.benchUse}</button><output id="${tid}-read" class="cc-bench-read" for="${tid}" aria-live="polite"></output></form>`,
      ...NUMBER_KEYS.filter((k) => FIELDS[k].group === 'bench' && k !== 'benchGpus').map(numberField),
    ];
  };
  const counts = changedCounts(s.inputs);
  const form = full
    ? html`<div class="cc-form"><p class="cc-assumptions-intro">${w.assumptionsIntro}</p>${groups.map((g) => {
        const content = g === 'bench' ? bench() : fieldsOf(g, false);
        if (content.length === 0) return '';
        const n = counts[g] ?? 0;
        return html`<details class="cc-group cc-fold" data-group="${g}"><summary>${text.groups[g]}<span class="cc-changed" data-changed="${String(n)}">${changedSummary(n, text.words.changed)}</span></summary>${content}</details>`;
      })}</div>`
    : html`<div class="cc-form">${groups.map((g) => html`<fieldset class="cc-group"><legend>${text.groups[g]}</legend>${fieldsOf(g)}</fieldset>`)}</div>`;
  const primary = html`<fieldset class="cc-group cc-primary"><legend>${w.primary}</legend>${groups.map((g) => fieldsOf(g, true))}</fieldset>`;
  const actions = full
    ? html`<button type="button" class="button" data-action="copy-link">${w.copyLink}</button><button type="button" class="button button-quiet" data-action="copy-markdown">${w.copyMarkdown}</button><button type="button" class="button button-quiet" data-action="reset">${w.reset}</button><button type="button" class="button button-quiet cc-js" data-action="scenario" data-testid="scenario-download">${w.download}</button><label class="button button-quiet cc-js cc-open">${w.open}<input type="file" accept="application/json,.json" data-testid="scenario-open"></label><a class="button button-quiet" href="${decideHref(s.inputs)}" data-testid="to-decision-tree">${w.decide}</a>`
    : html`<a class="button" href="${costsHref(s.inputs)}" data-testid="open-full-calculator">${w.openFull}</a>`;

  // A region that scrolls sideways must be reachable by keyboard to be scrolled (WCAG 2.1.1).
  const table = html`<div class="cc-table-wrap" tabindex="0"><table class="cc-table"><caption class="visually-hidden">${w.resultsCaption}</caption>${live['table-head']}${live['table-body']}</table></div>`;
  const models = html`<div class="cc-table-wrap cc-below" tabindex="0"><table class="cc-models" data-testid="model-costs"><caption>${w.modelsCaption}</caption><thead><tr>${w.modelsHead.map((t) => html`<th scope="col">${t}</th>`)}</tr></thead>${live.models}</table></div>`;
  const chart = live['chart-svg'] && costChartHtml(live, w, text.words.paths);
  const tornado = full && tornadoHtml(live, id, text);

  return html`<div class="cc cc-${mode}" id="${id}" data-ready="false">${full ? primary : form}<div class="cc-results"><p class="cc-sentence" aria-live="polite">${sentence(props, s, c)}</p>${table}${live.horizon}${live['break-even']}${live.quality}</div>${chart}${full && [tornado, form, models, live.sticky]}<div class="cc-actions">${actions}<p class="status" aria-live="polite"></p></div></div>`;
}
