import { Component } from 'preact';
import {
  costCurves,
  DAYS_PER_MONTH,
  MAX_REQUESTS_PER_DAY,
  modelCosts,
  PATH_LABELS,
  PATH_SHORT,
  PATHS,
  type PathId,
} from '../rules/costs/costs.ts';
// Direct module imports, not the index: the bundle carries the formulas, not the words, which
// arrive as the `text` prop (see costs/text.ts).
import {
  costSentence,
  decisionQuery,
  formatMoney,
  formatSpread,
  originOf as originOfField,
  sentenceNames,
} from '../rules/costs/describe.ts';
import {
  type CostInputs,
  DEFAULT_PRESETS,
  decodeCostInputs,
  defaultInputs,
  encodeCostInputs,
  type FieldGroup,
  fieldDefault,
  NUMBER_FIELDS,
  type NumberKey,
  PRESET_KEYS,
  type PresetKey,
  parseField,
  presetOf,
  throughputPreset,
} from '../rules/costs/inputs.ts';
import { costMarkdown } from '../rules/costs/markdown.ts';
import { type CostReport, costReport } from '../rules/costs/report.ts';
import type { CalculatorText } from '../rules/costs/text.ts';
import { formatCount } from '../rules/format/format.ts';
import { ttftP95Ms } from '../rules/serving/serving.ts';
import { withBase } from '../site/base.ts';
import CostChart from './CostChart.tsx';
import SensitivityChart from './SensitivityChart.tsx';

type Props = {
  /** Prefix for element ids, unique on the page. */
  id: string;
  /** Labels, units, hints and default sources, from `calculatorText()` at build time. */
  text: CalculatorText;
  /** `full` reads and writes the page URL and shows every input; `inline` shows a subset and links to /costs/. */
  mode?: 'full' | 'inline';
  /** Inputs to show (inline mode); presets by their key. Default: all. */
  fields?: readonly (NumberKey | PresetKey)[];
  /** Paths in the results table. Default: all four. */
  paths?: readonly PathId[];
  /** Starting values other than the defaults, as a query string (`requests=200000`). */
  start?: string;
  /** Show the chart (full mode always does). */
  chart?: boolean;
};

type Raw = Record<NumberKey, string>;

const orNone = (n: number | null) => (n === null ? 'none' : String(n));
const inWords = (n: number | null) => (n === null ? `more than ${formatCount(MAX_REQUESTS_PER_DAY)}` : formatCount(n));

/** A field's text: grouped digits for reading (`20,000`), which `parseField` reads back exactly. */
const show = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 12 });
const rawOf = (i: CostInputs): Raw => Object.fromEntries(NUMBER_FIELDS.map((f) => [f.key, show(i[f.key])])) as Raw;

const PRESET_GROUP: Record<PresetKey, FieldGroup> = { model: 'api', gpu: 'selfhost', tput: 'selfhost', tune: 'tuned' };

type State = {
  inputs: CostInputs;
  /** What is in each text field, valid or not. */
  raw: Raw;
  errors: Partial<Record<NumberKey, string>>;
  notice: string;
  status: string;
  ready: boolean;
  /** Groups of assumptions the reader has open (full mode). */
  open: readonly FieldGroup[];
};

/** The inputs a first-time reader sees; the rest are assumptions in collapsed groups (full mode). */
const PRIMARY: readonly (NumberKey | PresetKey)[] = ['requests', 'input', 'output', 'model', 'gpu', 'tput'];

/** How many values other than their defaults each group of assumptions holds. */
function changedCounts(i: CostInputs): Partial<Record<FieldGroup, number>> {
  const counts: Partial<Record<FieldGroup, number>> = {};
  const add = (g: FieldGroup) => {
    counts[g] = (counts[g] ?? 0) + 1;
  };
  for (const f of NUMBER_FIELDS) if (!PRIMARY.includes(f.key) && i[f.key] !== fieldDefault(f.key, i)) add(f.group);
  for (const k of PRESET_KEYS) if (!PRIMARY.includes(k) && i[k] !== DEFAULT_PRESETS[k]) add(PRESET_GROUP[k]);
  return counts;
}

/** A class rather than hooks: the calculator page then loads no hooks module (about 1.2 KB gzip). */
export default class CostCalculator extends Component<Props, State> {
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private memo: { inputs?: CostInputs; report?: CostReport; curves?: ReturnType<typeof costCurves> | null } = {};

  constructor(props: Props) {
    super(props);
    const inputs = props.start ? decodeCostInputs(props.start).value : defaultInputs();
    this.state = { inputs, raw: rawOf(inputs), errors: {}, notice: '', status: '', ready: false, open: [] };
  }

  override componentDidMount() {
    this.setState({ ready: true });
    if (this.props.mode === 'inline' || !location.search) return;
    const decoded = decodeCostInputs(location.search);
    const list = decoded.rejected.map((r) => `${r.name}=“${r.value.slice(0, 24)}” (${r.message.replace(/\.$/, '')})`);
    this.setState({
      inputs: decoded.value,
      raw: rawOf(decoded.value),
      // A link that changes an assumption opens its group.
      open: Object.keys(changedCounts(decoded.value)) as FieldGroup[],
      notice: list.length
        ? `Some values in this link could not be used and were reset to their defaults: ${list.join('; ')}.`
        : '',
    });
  }

  override componentDidUpdate() {
    if (this.props.mode === 'inline' || !this.state.ready) return;
    const query = encodeCostInputs(this.state.inputs);
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => {
      const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`)
        history.replaceState(history.state, '', url);
    }, 150);
  }

  override componentWillUnmount() {
    clearTimeout(this.urlTimer);
  }

  onNumber(key: NumberKey, value: string) {
    const parsed = parseField(key, value);
    this.setState(({ raw, errors, inputs }) => {
      const { [key]: _gone, ...rest } = errors;
      if (!parsed.ok) return { raw: { ...raw, [key]: value }, errors: { ...errors, [key]: parsed.message } };
      // A field that still holds its default follows it when the value it depends on changes.
      const next = { ...inputs, [key]: parsed.value };
      const follows = NUMBER_FIELDS.filter(
        (f) => f.key !== key && !errors[f.key] && inputs[f.key] === fieldDefault(f.key, inputs),
      ).filter((f) => fieldDefault(f.key, next) !== inputs[f.key]);
      for (const f of follows) next[f.key] = fieldDefault(f.key, next);
      return {
        raw: { ...raw, ...Object.fromEntries(follows.map((f) => [f.key, show(next[f.key])])), [key]: value },
        errors: rest,
        inputs: next,
      };
    });
  }

  toggle(group: FieldGroup, open: boolean) {
    this.setState(({ open: was }) => ({ open: open ? [...new Set([...was, group])] : was.filter((g) => g !== group) }));
  }

  /** Opens the group of a field and moves focus to it. */
  pick(key: NumberKey) {
    const group = NUMBER_FIELDS.find((f) => f.key === key)?.group;
    if (group) this.toggle(group, true);
    setTimeout(() => {
      const el = document.getElementById(`${this.props.id}-${key}`);
      el?.scrollIntoView({ block: 'center' });
      el?.focus();
    }, 0);
  }

  useModel(id: string, label: string) {
    this.onPreset('model', id);
    this.setState({ status: `Now pricing the API path with ${label}` });
  }

  onPreset(key: PresetKey, value: string) {
    this.setState(({ inputs, raw, errors }) => {
      const next = { ...inputs, [key]: value } as CostInputs;
      if (value === 'custom') return { inputs: next };
      const follows = NUMBER_FIELDS.filter((f) => presetOf(f.key) === key).map((f) => f.key);
      const updated = { ...next, ...Object.fromEntries(follows.map((k) => [k, fieldDefault(k, next)])) } as CostInputs;
      return {
        inputs: updated,
        raw: { ...raw, ...Object.fromEntries(follows.map((k) => [k, show(updated[k])])) },
        errors: Object.fromEntries(Object.entries(errors).filter(([k]) => !follows.includes(k as NumberKey))),
      };
    });
  }

  reset() {
    const d = defaultInputs();
    this.setState({ inputs: d, raw: rawOf(d), errors: {}, notice: '', status: 'Reset to the defaults', open: [] });
  }

  async copy(what: 'link' | 'markdown', href: string, report: CostReport) {
    const url = new URL(href, location.href).href;
    try {
      const body =
        what === 'link' ? url : costMarkdown(report, url, new Date().toISOString().slice(0, 10), this.props.text);
      await navigator.clipboard.writeText(body);
      // Clear first, so a second copy is announced again.
      this.setState({ status: '' });
      setTimeout(() => this.setState({ status: what === 'link' ? 'Link copied' : 'Markdown copied' }), 50);
    } catch {
      this.setState({ status: 'Could not copy: your browser blocked the clipboard.' });
    }
  }

  override render() {
    const { id, text, mode = 'full', fields, paths = PATHS, chart } = this.props;
    const { inputs, raw, errors, notice, status, ready } = this.state;
    const full = mode === 'full';
    const showChart = full || chart;
    // Recompute only when the inputs changed, not on every status message.
    if (this.memo.inputs !== inputs) {
      this.memo = { inputs, report: costReport(inputs), curves: showChart ? costCurves(inputs) : null };
    }
    const report = this.memo.report ?? costReport(inputs);
    const curves = this.memo.curves ?? null;
    const query = encodeCostInputs(inputs);
    const costsHref = withBase(`/costs/${query ? `?${query}` : ''}`);
    const onNumber = (key: NumberKey, value: string) => this.onNumber(key, value);
    const onPreset = (key: PresetKey, value: string) => this.onPreset(key, value);
    const reset = () => this.reset();
    const copy = (what: 'link' | 'markdown') => this.copy(what, costsHref, report);

    const originOf = (key: NumberKey) => originOfField(key, inputs, text);

    const shown = (k: NumberKey | PresetKey) => !fields || fields.includes(k);
    const groups = (Object.keys(text.groups) as FieldGroup[]).filter(
      (g) =>
        NUMBER_FIELDS.some((f) => f.group === g && shown(f.key)) ||
        PRESET_KEYS.some((p) => PRESET_GROUP[p] === g && shown(p)),
    );

    const numberField = (key: NumberKey) => {
      const f = text.fields[key];
      const fid = `${id}-${key}`;
      const err = errors[key];
      const origin = originOf(key);
      const changed = inputs[key] !== fieldDefault(key, inputs);
      return (
        <div class="cc-field" key={key}>
          <label for={fid}>{f.label}</label>
          <div class="cc-input">
            <input
              id={fid}
              name={key}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellcheck={false}
              value={raw[key]}
              aria-invalid={err ? 'true' : 'false'}
              aria-describedby={`${fid}-hint${err ? ` ${fid}-error` : ''}`}
              onInput={(e) => onNumber(key, (e.currentTarget as HTMLInputElement).value)}
            />
            <span class="cc-unit">{f.unit}</span>
          </div>
          {err && (
            <p class="cc-error" id={`${fid}-error`}>
              {err} Still using {formatCount(inputs[key])}.
            </p>
          )}
          <p class="cc-hint" id={`${fid}-hint`}>
            {f.hint}{' '}
            <span class="cc-origin">
              {changed ? `Default ${formatCount(fieldDefault(key, inputs))}. ` : ''}
              {origin.kind}: {origin.text}
            </span>
          </p>
        </div>
      );
    };

    const presetField = (key: PresetKey) => {
      const o = text.presets[key];
      const fid = `${id}-${key}`;
      return (
        <div class="cc-field" key={key}>
          <label for={fid}>{o.label}</label>
          <select
            id={fid}
            name={key}
            value={inputs[key]}
            onChange={(e) => onPreset(key, (e.currentTarget as HTMLSelectElement).value)}
          >
            {o.options.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
            <option value="custom">Custom (type the numbers below)</option>
          </select>
          {key === 'tput' && ttftLine()}
        </div>
      );
    };

    const ttftLine = () => {
      const setup = throughputPreset(inputs.tput);
      const ms = setup ? ttftP95Ms(setup, inputs.input) : undefined;
      return (
        <p class="cc-hint" data-testid="ttft" data-value={ms === undefined ? 'none' : String(ms)}>
          {setup && ms !== undefined
            ? `First token within ${formatCount(Math.round(ms))} ms for 95% of requests at your input length, with ${formatCount(Number(setup.concurrency))} in flight (the benchmark's measure, interpolated).`
            : setup
              ? 'Its source publishes no latency: it ran at maximum load with no latency target.'
              : 'Your own request rate: no latency is known.'}
        </p>
      );
    };

    const cell = (p: PathId, which: 'monthlyNow' | 'monthlyAtHorizon' | 'totalOverHorizon' | 'per1kRequests') => {
      const s = report.paths[p][which];
      const range = formatSpread(s);
      const main = formatMoney(s.expected);
      return (
        <td>
          {which === 'monthlyNow' ? (
            <strong data-testid={`${p}-monthly`} data-value={String(s.expected)}>
              {main}
            </strong>
          ) : (
            <span>{main}</span>
          )}
          {range !== main && <span class="cc-range">{range}</span>}
        </td>
      );
    };

    const fieldsOf = (g: FieldGroup, primary: boolean) => [
      ...PRESET_KEYS.filter((p) => PRESET_GROUP[p] === g && shown(p) && PRIMARY.includes(p) === primary).map(
        presetField,
      ),
      ...NUMBER_FIELDS.filter((f) => f.group === g && shown(f.key) && PRIMARY.includes(f.key) === primary).map((f) =>
        numberField(f.key),
      ),
    ];
    const counts = changedCounts(inputs);
    const primary = (
      <fieldset class="cc-group cc-primary">
        <legend>Your traffic and the options you compare</legend>
        {groups.flatMap((g) => fieldsOf(g, true))}
      </fieldset>
    );
    const form = full ? (
      <div class="cc-form">
        <p class="cc-assumptions-intro">
          Everything else is an assumption with a sourced or stated default. Open a group to change it; each says how
          many of its values differ from the defaults.
        </p>
        {groups.map((g) => {
          const n = counts[g] ?? 0;
          const content = fieldsOf(g, false);
          if (content.length === 0) return null;
          return (
            <details
              key={g}
              class="cc-group cc-fold"
              open={this.state.open.includes(g)}
              onToggle={(e) => this.toggle(g, (e.currentTarget as HTMLDetailsElement).open)}
            >
              <summary>
                {text.groups[g]}
                <span class="cc-changed" data-changed={String(n)}>
                  {n === 0 ? 'defaults' : `${n} changed`}
                </span>
              </summary>
              {content}
            </details>
          );
        })}
      </div>
    ) : (
      <div class="cc-form">
        {groups.map((g) => (
          <fieldset key={g} class="cc-group">
            <legend>{text.groups[g]}</legend>
            {PRESET_KEYS.filter((p) => PRESET_GROUP[p] === g && shown(p)).map(presetField)}
            {NUMBER_FIELDS.filter((f) => f.group === g && shown(f.key)).map((f) => numberField(f.key))}
          </fieldset>
        ))}
      </div>
    );

    return (
      <div class={`cc cc-${mode}`} id={id} data-ready={ready ? 'true' : 'false'}>
        {notice && (
          <p class="notice" role="alert">
            {notice}
          </p>
        )}
        {full ? primary : form}
        <div class="cc-results">
          <p class="cc-sentence" aria-live="polite">
            {costSentence(report, sentenceNames(inputs, text), paths)}
          </p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard to be scrolled (WCAG 2.1.1). */}
          <div class="cc-table-wrap" tabIndex={0}>
            <table class="cc-table">
              <caption class="visually-hidden">Cost of each path, expected case with its range</caption>
              <thead>
                <tr>
                  <th scope="col">Path</th>
                  <th scope="col">This month</th>
                  {full && <th scope="col">Month {inputs.horizon}</th>}
                  {full && <th scope="col">Total, {inputs.horizon} months</th>}
                  <th scope="col">Per 1,000 requests</th>
                </tr>
              </thead>
              <tbody>
                {paths.map((p) => (
                  <tr key={p}>
                    <th scope="row" title={PATH_LABELS[p]}>
                      {PATH_SHORT[p]}
                    </th>
                    {cell(p, 'monthlyNow')}
                    {full && cell(p, 'monthlyAtHorizon')}
                    {full && cell(p, 'totalOverHorizon')}
                    {cell(p, 'per1kRequests')}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="cc-breakeven">
            Break-even for self-hosting:{' '}
            <strong data-testid="break-even" data-value={orNone(report.breakEven)}>
              {report.breakEven === null ? 'none in range' : `near ${formatCount(report.breakEven)} requests a day`}
            </strong>
            , somewhere between{' '}
            <span data-testid="break-even-low" data-value={orNone(report.breakEvenLow)}>
              {inWords(report.breakEvenLow)}
            </span>{' '}
            and{' '}
            <span data-testid="break-even-high" data-value={orNone(report.breakEvenHigh)}>
              {inWords(report.breakEvenHigh)}
            </span>
            {' · '}GPUs at your volume:{' '}
            <strong data-testid="gpus" data-value={String(report.gpus)}>
              {formatCount(report.gpus)}
            </strong>
          </p>
        </div>
        {showChart && curves && <CostChart report={report} curves={curves} idPrefix={id} />}
        {full && <SensitivityChart report={report} labels={text.fields} idPrefix={id} onPick={(k) => this.pick(k)} />}
        {full && form}
        {full && (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard to be scrolled (WCAG 2.1.1).
          <div class="cc-table-wrap" tabIndex={0}>
            <table class="cc-models" data-testid="model-costs">
              <caption>
                Every model at your volume: the token bill a month at your requests, tokens, cache, reasoning and batch
                share, without the costs every path carries. Cheapest first.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Model (USD per 1M input / output tokens)</th>
                  <th scope="col">Token bill a month</th>
                  <th scope="col">Per 1,000 requests</th>
                  <th scope="col">Calculator</th>
                </tr>
              </thead>
              <tbody>
                {modelCosts(inputs).map((row) => {
                  const label = text.presets.model.options.find((o) => o.id === row.id)?.label ?? row.id;
                  const current = row.id === inputs.model;
                  return (
                    <tr
                      key={row.id}
                      data-model={row.id}
                      data-value={String(row.monthly)}
                      class={current ? 'cc-current' : undefined}
                    >
                      <th scope="row">{label}</th>
                      <td>{formatMoney(row.monthly)}</td>
                      <td>{formatMoney((row.monthly / (inputs.requests * DAYS_PER_MONTH)) * 1000)}</td>
                      <td>
                        <button
                          type="button"
                          class="button button-quiet"
                          aria-pressed={current ? 'true' : 'false'}
                          aria-label={`${current ? 'In use' : 'Use'}: ${label}`}
                          onClick={() => this.useModel(row.id, label)}
                        >
                          {current ? 'In use' : 'Use'}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {full && (
          <p class="cc-sticky">
            <span>API {formatMoney(report.paths.api.monthlyNow.expected)}</span>
            <span>hosted fine-tune {formatMoney(report.paths['hosted-tune'].monthlyNow.expected)}</span>
            <span>self-hosted {formatMoney(report.paths.selfhost.monthlyNow.expected)}</span>
            <span>break-even {report.breakEven === null ? 'none' : formatCount(report.breakEven)}</span>
          </p>
        )}
        <div class="cc-actions">
          {full ? (
            <>
              <button type="button" class="button" onClick={() => copy('link')}>
                Copy link
              </button>
              <button type="button" class="button button-quiet" onClick={() => copy('markdown')}>
                Copy as Markdown
              </button>
              <button type="button" class="button button-quiet" onClick={reset}>
                Reset
              </button>
              <a
                class="button button-quiet"
                href={withBase(`/decide/?${decisionQuery(inputs)}`)}
                data-testid="to-decision-tree"
              >
                Decide with this traffic
              </a>
            </>
          ) : (
            <a class="button" href={costsHref} data-testid="open-full-calculator">
              Open in the full calculator
            </a>
          )}
          <p class="dt-status" aria-live="polite">
            {status}
          </p>
        </div>
      </div>
    );
  }
}
