// The cost calculator in the browser. The page already holds the calculator, drawn at build time
// by view.ts; this binds it: it reads and validates what the reader types, runs the rules, and
// redraws only the regions whose markup changed (`data-live`: table bodies, drawings, lines of
// results), with the same views the build used; captions, headings and hints are never redrawn.
// It changes no word the page drew except those the views print (see `LiveText`).

import { changedSummary, originLine, stillUsing } from '../../rules/costs/describe.ts';
import { isNumberKey, NUMBER_KEYS, type NumberKey } from '../../rules/costs/fields.ts';
import { decodeCostInputs, defaultInputs } from '../../rules/costs/inputs.ts';
import { isPresetKey, PRESET_KEYS } from '../../rules/costs/keys.ts';
import { presetById } from '../../rules/costs/preset-registry.ts';
import { type CalculatorState, changedCounts, choosePreset, stateOf, typeInto } from '../../rules/costs/state.ts';
import { isoDay } from '../../rules/format/format.ts';
import { rejectedNotice } from '../../rules/url/params.ts';
import type { BenchmarkModule } from '../../scripts/standalone/benchmark.ts';
import type { ScenarioModule } from '../../scripts/standalone/scenario.ts';
import { loadStandalone } from '../../scripts/standalone.ts';
import {
  type CalculatorProps,
  type Computed,
  compute,
  costsHref,
  decideHref,
  errorHtml,
  type LiveMarkup,
  type LiveRegion,
  liveRegions,
  sentence,
} from './view.ts';

/** Puts new markup in place of a region, keeping focus on the control that had it (by `data-focus`). */
function swap(el: Element, markup: string): void {
  const t = document.createElement('template');
  t.innerHTML = markup;
  const next = t.content.firstElementChild;
  if (!next) return;
  const active = document.activeElement;
  const focus = active && el.contains(active) ? active.closest('[data-focus]')?.getAttribute('data-focus') : null;
  el.replaceWith(next);
  if (focus) next.querySelector<HTMLElement>(`[data-focus="${focus}"]`)?.focus();
}

/** Sets an attribute only when its value changes, so an unchanged field is not touched. */
function attr(el: Element | null, name: string, value: string): void {
  if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Binds the calculator that `island` holds, drawn from `props`. */
export function startCalculator(island: HTMLElement, props: CalculatorProps): void {
  const found = island.querySelector<HTMLElement>(`#${CSS.escape(props.id)}`);
  if (!found) return;
  const root: HTMLElement = found;
  const full = props.mode !== 'inline';
  const words = props.text.words;
  const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector);
  const field = <E extends HTMLElement>(key: string) => document.getElementById(`${props.id}-${key}`) as E | null;

  /** The number fields this calculator shows, with the line beside each that names its default's origin. */
  const numberFields = NUMBER_KEYS.flatMap((key) => {
    const input = field<HTMLInputElement>(key);
    return input ? [{ key, input, origin: input.closest('.cc-field')?.querySelector('.cc-origin') }] : [];
  });

  let s = stateOf(props.start ? decodeCostInputs(props.start).value : defaultInputs());
  let computed: Computed | undefined;
  /** The markup of each live region as the page shows it; read from the first state when first needed. */
  let drawn: Partial<Record<LiveRegion, string>> | undefined;
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  const current = () => {
    computed ??= compute(s.inputs, props);
    return computed;
  };
  const markup = (state: CalculatorState, c: Computed) => {
    const regions: LiveMarkup = liveRegions(props, state, c);
    return Object.fromEntries(Object.entries(regions).map(([k, v]) => [k, v.value])) as Partial<
      Record<LiveRegion, string>
    >;
  };

  function setStatus(text: string) {
    const el = $('.status');
    if (!el) return;
    clearTimeout(statusTimer);
    // Cleared first, so the same message said twice is announced twice.
    el.textContent = '';
    if (text) statusTimer = setTimeout(() => (el.textContent = text), 50);
  }

  function syncUrl() {
    if (!full) return;
    clearTimeout(urlTimer);
    // The address is worked out once typing pauses, not on every keystroke.
    urlTimer = setTimeout(() => {
      const url = `${location.pathname}${new URL(costsHref(s.inputs), location.href).search}${location.hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`)
        history.replaceState(history.state, '', url);
    }, 150);
  }

  /** Moves to a new state and redraws what changed. */
  function update(next: CalculatorState) {
    drawn ??= markup(s, current());
    if (next.inputs !== s.inputs) computed = undefined;
    s = next;
    const c = current();
    for (const [name, value] of Object.entries(markup(s, c)) as [LiveRegion, string][]) {
      if (drawn[name] === value) continue;
      const el = $(`[data-live="${name}"]`);
      if (el) swap(el, value);
      drawn[name] = value;
    }
    const words = $('.cc-sentence');
    const said = sentence(props, s, c);
    if (words && words.textContent !== said) words.textContent = said;

    for (const { key, input, origin } of numberFields) {
      if (input.value !== s.raw[key]) input.value = s.raw[key];
      const err = s.errors[key];
      const errorId = `${props.id}-${key}-error`;
      attr(input, 'aria-invalid', err ? 'true' : 'false');
      attr(input, 'aria-describedby', `${props.id}-${key}-hint${err ? ` ${errorId}` : ''}`);
      const shown = document.getElementById(errorId);
      const message = err && stillUsing(err, s.inputs[key]);
      if (!message) shown?.remove();
      else if (!shown) input.closest('.cc-input')?.insertAdjacentHTML('afterend', errorHtml(props, s, key).value);
      else if (shown.textContent !== message) shown.textContent = message;
      const line = originLine(key, s.inputs, props.text);
      if (origin && origin.textContent !== line) origin.textContent = line;
    }
    for (const key of PRESET_KEYS) {
      const select = field<HTMLSelectElement>(key);
      if (select && select.value !== s.inputs[key]) select.value = s.inputs[key];
    }
    // The GPU menu offers the setup's GPU type, and the offer in use.
    const type = presetById('tput', s.inputs.tput)?.gpu;
    for (const o of field<HTMLSelectElement>('gpu')?.options ?? []) {
      const hide = !o.selected && type !== undefined && o.dataset.gpu !== undefined && o.dataset.gpu !== type;
      if (o.hidden !== hide) o.hidden = hide;
    }
    const counts = changedCounts(s.inputs);
    for (const d of root.querySelectorAll<HTMLElement>('details[data-group]')) {
      const n = counts[d.dataset.group as keyof typeof counts] ?? 0;
      const badge = d.querySelector<HTMLElement>('.cc-changed');
      if (badge && badge.dataset.changed !== String(n)) {
        badge.dataset.changed = String(n);
        badge.textContent = changedSummary(n, props.text.words.changed);
      }
    }
    attr($('[data-testid="to-decision-tree"]'), 'href', decideHref(s.inputs));
    attr($('[data-testid="open-full-calculator"]'), 'href', costsHref(s.inputs));
    syncUrl();
  }

  /** Opens the group of a field and moves focus to it. */
  function pick(key: NumberKey) {
    const el = field(key);
    const group = el?.closest('details');
    if (group) group.open = true;
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }

  /** A notice above the calculator, in place of any earlier one (a link's or a file's). */
  function notice(text: string) {
    $('.notice')?.remove();
    const p = document.createElement('p');
    p.className = 'notice';
    p.setAttribute('role', 'alert');
    p.textContent = text;
    root.prepend(p);
  }

  /**
   * The on-demand code: Markdown and scenario files (src/scripts/standalone/scenario.ts), a pasted benchmark
   * (benchmark.ts). Offline, it says so.
   */
  const onDemand = <T>(name: string) =>
    loadStandalone<T>(name).catch((e: unknown) => {
      setStatus(words.notLoaded);
      throw e;
    });
  const scenario = () => onDemand<ScenarioModule>('scenario');

  function reset() {
    $('.notice')?.remove();
    for (const g of root.querySelectorAll('details.cc-fold')) (g as HTMLDetailsElement).open = false;
    update(stateOf(defaultInputs()));
    setStatus(words.resetDone);
  }

  async function copy(what: 'link' | 'markdown') {
    const url = new URL(costsHref(s.inputs), location.href).href;
    // The Markdown is written by the on-demand code; where it cannot load, the status says so.
    const m = what === 'markdown' ? await scenario().catch(() => undefined) : undefined;
    if (what === 'markdown' && !m) return;
    try {
      const body = m ? m.markdown(current().report, url, isoDay(), props.text) : url;
      await navigator.clipboard.writeText(body);
      setStatus(what === 'link' ? words.linkCopied : words.markdownCopied);
    } catch {
      setStatus(words.copyBlocked);
    }
  }

  root.addEventListener('input', (e) => {
    const t = e.target;
    if (t instanceof HTMLInputElement && isNumberKey(t.name)) update(typeInto(s, t.name, t.value));
  });
  root.addEventListener('change', (e) => {
    const t = e.target;
    if (t instanceof HTMLSelectElement && isPresetKey(t.name)) update(choosePreset(s, t.name, t.value));
    const file = t instanceof HTMLInputElement && t.files?.[0];
    if (file)
      void scenario()
        .then((m) => m.open(file, props.text))
        .then((r) => {
          (t as HTMLInputElement).value = '';
          if ('error' in r) return notice(r.error);
          update(stateOf(r.inputs));
          notice(r.note);
        })
        .catch(() => undefined);
  });
  root.addEventListener('submit', (e) => {
    e.preventDefault();
    void onDemand<BenchmarkModule>('benchmark')
      .then((m) => m.read(e.target as HTMLFormElement, s, props.text, update))
      .catch(() => undefined);
  });
  root.addEventListener('click', (e) => {
    const t =
      e.target instanceof Element ? e.target.closest<HTMLElement>('[data-use],[data-pick],[data-action]') : null;
    if (!t) return;
    const { use, pick: key, action } = t.dataset;
    if (use) {
      update(choosePreset(s, 'model', use));
      const label = props.text.presets.model.options.find((o) => o.id === use)?.label ?? use;
      setStatus(`${words.nowPricing} ${label}`);
    } else if (key && isNumberKey(key)) {
      e.preventDefault();
      pick(key);
    } else if (action === 'reset') reset();
    else if (action === 'copy-link' || action === 'copy-markdown')
      void copy(action === 'copy-link' ? 'link' : 'markdown');
    else if (action === 'scenario')
      void scenario()
        .then((m) => m.download(s.inputs, current().report, new URL(costsHref(defaultInputs()), location.href).href))
        .catch(() => undefined);
  });

  if (full && location.search) {
    const decoded = decodeCostInputs(location.search);
    // A link that changes an assumption opens its group.
    for (const g of Object.keys(changedCounts(decoded.value)))
      root.querySelector<HTMLDetailsElement>(`details[data-group="${g}"]`)?.setAttribute('open', '');
    if (decoded.rejected.length) notice(rejectedNotice(decoded.rejected, words.rejectedThen));
    update(stateOf(decoded.value));
  } else syncUrl();
  root.dataset.ready = 'true';
}
