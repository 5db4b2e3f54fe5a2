import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CalculatorProps,
  calculatorHtml,
  compute,
  liveRegions,
} from '../../../src/components/cost-calculator/view.ts';
import {
  API_PRESETS,
  CALCULATOR_WORDS,
  type CalculatorText,
  type CostInputs,
  calculatorText,
  defaultInputs,
  GPU_PRESETS,
  LATENCY_TARGETS,
  liveText,
  NUMBER_KEYS,
  stateOf,
  THROUGHPUT_PRESETS,
} from '../../../src/rules/index.ts';
import { escapeHtml, html } from '../../../src/site/html.ts';

describe('html templates', () => {
  it('escapes the text it interpolates, in content and in attributes', () => {
    const evil = `<b title="x">'&'</b>`;
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe(
      '<p title="&lt;b title=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;">&lt;b title=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;</p>',
    );
    expect(escapeHtml('a < b')).toBe('a &lt; b');
  });

  it('keeps nested markup, joins lists, and prints nothing for false, true, null or undefined', () => {
    const items = ['a', 'b<'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>a</li><li>b&lt;</li></ul>');
    expect(html`[${false}${true}${null}${undefined}${0}]`.value).toBe('[0]');
  });
});

const text = calculatorText();
const full: CalculatorProps<CalculatorText> = { id: 'costs', text };
const inline: CalculatorProps<CalculatorText> = {
  id: 'inline',
  text: calculatorText(['requests', 'input', 'output']),
  mode: 'inline',
  fields: ['requests', 'input', 'output', 'model', 'tput'],
  paths: ['api', 'selfhost'],
  chart: true,
};

const inputsArb: fc.Arbitrary<CostInputs> = fc
  .record({
    requests: fc.integer({ min: 1, max: 1e9 }),
    input: fc.integer({ min: 1, max: 400_000 }),
    output: fc.integer({ min: 1, max: 20_000 }),
    horizon: fc.integer({ min: 1, max: 60 }),
    model: fc.constantFrom<CostInputs['model']>(...API_PRESETS.map((p) => p.id), 'custom'),
    gpu: fc.constantFrom<CostInputs['gpu']>(...GPU_PRESETS.map((p) => p.id), 'custom'),
    tput: fc.constantFrom<CostInputs['tput']>(...THROUGHPUT_PRESETS.map((p) => p.id), 'custom'),
    slo: fc.constantFrom<CostInputs['slo']>(...LATENCY_TARGETS.map((p) => p.id)),
  })
  .map((over) => ({ ...defaultInputs(), ...over }));

describe('the calculator island', () => {
  it('draws every live region exactly as the browser redraws it, and nothing broken', () => {
    fc.assert(
      fc.property(inputsArb, fc.constantFrom(full, inline), (inputs, props) => {
        const state = stateOf(inputs);
        const page = calculatorHtml(props, state).value;
        expect(page).not.toMatch(/NaN|Infinity|undefined|-\$/);
        // The browser's views get the live words only.
        const regions = liveRegions({ ...props, text: liveText(props.text) }, state, compute(inputs, props));
        for (const [name, region] of Object.entries(regions)) {
          expect(region.value).toMatch(new RegExp(`^<[a-z]+ [^>]*data-live="${name}"`));
          expect(page).toContain(region.value);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('shows the message beside a field that holds bad input, and the value still in use', () => {
    const inputs = defaultInputs();
    const page = calculatorHtml(full, {
      inputs,
      raw: { ...stateOf(inputs).raw, requests: 'lots' },
      errors: { requests: 'Type a number.' },
    }).value;
    expect(page).toContain('aria-invalid="true" aria-describedby="costs-requests-hint costs-requests-error"');
    expect(page).toContain('<p class="cc-error" id="costs-requests-error">Type a number. Still using 20,000.</p>');
  });
});

describe('words sent once', () => {
  it('the props carry labels, units, origins, preset names and live words, and no word the page alone shows', () => {
    const live = liveText(text);
    const props = JSON.stringify(live);
    for (const key of NUMBER_KEYS) {
      const f = text.fields[key];
      expect(props).toContain(JSON.stringify(f.label));
      expect(props).not.toContain(JSON.stringify(f.hint));
    }
    const liveWords = new Set<string>(
      Object.values(CALCULATOR_WORDS.live).flatMap((w) => (typeof w === 'string' ? [w] : Object.values(w))),
    );
    for (const word of Object.values(CALCULATOR_WORDS.page).flat())
      if (!liveWords.has(word)) expect(props, word).not.toContain(JSON.stringify(word));
    expect(live).not.toHaveProperty('pageWords');
    expect(live.words).toEqual(CALCULATOR_WORDS.live);
    expect(Object.keys(live.fields)).toEqual(Object.keys(text.fields));
  });

  it('every page word is drawn, on the full calculator or an inline one', () => {
    const inputs = defaultInputs();
    const state = stateOf(inputs);
    const page = calculatorHtml(full, state).value + calculatorHtml(inline, state).value;
    for (const word of Object.values(CALCULATOR_WORDS.page).flat()) expect(page, word).toContain(escapeHtml(word));
  });
});
