import { describe, expect, it } from 'vitest';
import {
  API_PRESET_NOTES,
  DEFAULT_PRESETS,
  FIELDS,
  fieldDefault,
  fieldSpec,
  formatUnitPrice,
  formatUsd,
  GPU_PRESET_NOTES,
  isNumberKey,
  isPresetKey,
  LATENCY_TARGET_NOTES,
  NUMBER_KEYS,
  PRESET_KEYS,
  PRESET_TEXT,
  PRESETS,
  type PresetKey,
  type PresetNotes,
  presetById,
  presetEntries,
  presetFills,
  presetKind,
  presetText,
  RENAMED_MODELS,
  RENAMED_SETUPS,
  SOURCES,
  THROUGHPUT_PRESET_NOTES,
  TUNE_PRESET_NOTES,
} from '../../../src/rules/index.ts';

/** Every field with its key, in form order. */
const NUMBER_FIELDS = NUMBER_KEYS.map((key) => ({ key, ...fieldSpec(key) }));

import { PRICE_DATA, SNAPSHOT_MODELS } from '../../../src/rules/presets/api-models.ts';
import { GPU_OFFERS } from '../../../src/rules/presets/data-gpu-offers.ts';
import { setupSource } from '../../../src/rules/serving/notes.ts';
import { SETUP_DEFS } from '../../../src/rules/serving/setups.ts';

/** The notes table each kind's names come from. */
const NOTES: Readonly<Record<PresetKey, Readonly<Record<string, PresetNotes>>>> = {
  model: API_PRESET_NOTES,
  gpu: GPU_PRESET_NOTES,
  tput: THROUGHPUT_PRESET_NOTES,
  slo: LATENCY_TARGET_NOTES,
  tune: TUNE_PRESET_NOTES,
};

/** Request shapes to fill at: the example request, an empty one, the longest measured, one far beyond. */
const SHAPES = [
  { input: 800, output: 300 },
  { input: 0, output: 0 },
  { input: 8192, output: 2048 },
  { input: 200_000, output: 1 },
];

describe('the preset registry', () => {
  it('has one kind for each preset key, in the same order, each under its own key', () => {
    expect(Object.keys(PRESETS)).toEqual([...PRESET_KEYS]);
    expect(Object.keys(PRESET_TEXT)).toEqual([...PRESET_KEYS]);
    for (const key of PRESET_KEYS) expect(PRESETS[key].key).toBe(key);
  });

  it('labels each menu and puts it in the group of the calculator form whose fields it fills', () => {
    expect(PRESET_KEYS.map((k) => [k, PRESET_TEXT[k].menu, PRESETS[k].group])).toEqual([
      ['model', 'API model', 'api'],
      ['gpu', 'GPU', 'selfhost'],
      ['tput', 'Serving setup', 'selfhost'],
      ['slo', 'Latency target', 'selfhost'],
      ['tune', 'Fine-tuned model', 'tuned'],
    ]);
  });

  describe.each(PRESET_KEYS)('kind %s', (key) => {
    const kind = presetKind(key);
    const follows = NUMBER_FIELDS.filter((f) => f.origin.kind === 'preset' && f.origin.of === key).map((f) => f.key);

    it('has presets, each id unique within the kind and none of them "custom"', () => {
      const ids = kind.presets.map((p) => p.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).not.toContain('custom');
    });

    it('opens its default preset', () => {
      expect(presetById(key, DEFAULT_PRESETS[key])?.id).toBe(DEFAULT_PRESETS[key]);
    });

    it('fills only fields of its own group, and some unless it only steers another kind’s numbers', () => {
      // The latency target fills nothing itself: the serving setup's rate reads it.
      expect(follows.length > 0).toBe(key !== 'slo');
      for (const f of follows) expect(FIELDS[f].group).toBe(kind.group);
    });

    it.each(kind.presets.map((p) => [p.id, p] as const))(
      '%s fills exactly the fields whose origin is this kind, at every shape',
      (_, p) => {
        for (const shape of SHAPES) expect(Object.keys(kind.fills(p, shape)).sort()).toEqual([...follows].sort());
      },
    );

    it('a field that follows the kind defaults to what the default preset fills at the example request', () => {
      const filled = presetFills(key, DEFAULT_PRESETS[key], {
        input: fieldDefault('input'),
        output: fieldDefault('output'),
      });
      for (const f of follows) expect(fieldDefault(f)).toBe(filled[f]);
    });

    it('custom and unknown ids open no preset and fill nothing', () => {
      for (const id of ['custom', 'no-such-preset', '']) {
        expect(presetById(key, id)).toBeUndefined();
        expect(presetFills(key, id, { input: 800, output: 300 })).toEqual({});
      }
    });

    it('names every preset as its notes table does, and each menu option starts with the name', () => {
      const entries = presetEntries(key);
      expect(entries.map((e) => e.id)).toEqual(kind.presets.map((p) => p.id));
      for (const e of entries) {
        expect(e.name).toBe(NOTES[key][e.id]?.label);
        expect(e.option.startsWith(e.name)).toBe(true);
      }
    });

    it('says where every preset comes from: a known source and a date', () => {
      for (const e of presetEntries(key)) {
        expect(e.source.source).toBeTruthy();
        expect(e.source.asOf).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      }
    });
  });

  it('gives menu options with the prices the menus show', () => {
    const option = (key: PresetKey, id: string) => presetEntries(key).find((e) => e.id === id)?.option;
    expect(option('gpu', 'h100-runpod-secure')).toBe('H100 SXM, RunPod secure cloud ($3.49 an hour)');
    expect(option('tune', 'gpt-4.1-mini-ft')).toBe('OpenAI GPT-4.1 mini, fine-tuned ($0.80 / $3.20)');
    expect(option('tput', 'qwen3-8b-h100-bf16')).toBe(THROUGHPUT_PRESET_NOTES['qwen3-8b-h100-bf16'].label);
    // A listed price change and a retirement are in the option, a retirement already past as such.
    expect(option('model', 'gemini-3.8-flash')).toBe(
      'Google Gemini 3.8 Flash ($0.75 / $3.75; $1.50 / $7.50 from 1 January 2027)',
    );
    expect(option('model', 'gpt-4o')).toBe('OpenAI GPT-4o ($2.50 / $10; retires 14 January 2027)');
    expect(option('model', 'gemini-2.5-flash')).toBe(
      'Google Gemini 2.5 Flash ($0.30 / $2.50; retired 1 December 2026)',
    );
    for (const p of PRESETS.model.presets)
      if (!p.retires && !p.changes)
        expect(option('model', p.id)).toBe(
          `${API_PRESET_NOTES[p.id].label} (${formatUnitPrice(p.priceIn)} / ${formatUnitPrice(p.priceOut)})`,
        );
    // Every retirement date names its notice, and the notice's day, beside the model.
    for (const p of PRESETS.model.presets)
      if (p.retires)
        expect(API_PRESET_NOTES[p.id].note).toMatch(/deprecations page.*(notice of|as read on) \d+ \w+ 2026/);
    for (const p of PRESETS.gpu.presets)
      if (!('owned' in p))
        expect(option('gpu', p.id)).toBe(`${GPU_PRESET_NOTES[p.id].label} (${formatUsd(p.hourly)} an hour)`);
    expect(option('gpu', 'h100-owned-dgx')).toBe(
      'H100 SXM, bought as 8-GPU DGX servers (bought: $33,750 a GPU, $315 a month to run)',
    );
  });

  it('fills a model without a cache price at its input price', () => {
    const p = PRESETS.model.presets.find((x) => x.priceCached === undefined);
    expect(p).toBeDefined();
    if (p) expect(PRESETS.model.fills(p, SHAPES[0] ?? { input: 0, output: 0 }).priceCached).toBe(p.priceIn);
  });

  it('fills the rate of an empty request with the field’s largest value', () => {
    const empty = { ...DEFAULT_PRESETS, input: 0, output: 0 };
    expect(presetFills('tput', DEFAULT_PRESETS.tput, empty).rps).toBe(Number.POSITIVE_INFINITY);
    expect(fieldDefault('rps', empty)).toBe(FIELDS.rps.max);
  });

  it('opens a renamed model id at its current preset, and lists the old id as an alias of it', () => {
    for (const [old, now] of Object.entries(RENAMED_MODELS)) {
      expect(presetById('model', old)?.id).toBe(now);
      expect(presetEntries('model').find((e) => e.id === now)?.aliases).toContain(old);
    }
    for (const [old, now] of Object.entries(RENAMED_SETUPS)) {
      expect(presetById('tput', old)?.id).toBe(now);
      expect(presetEntries('tput').find((e) => e.id === now)?.aliases).toContain(old);
    }
    for (const key of PRESET_KEYS.filter((k) => k !== 'model' && k !== 'tput'))
      for (const e of presetEntries(key)) expect(e.aliases).toEqual([]);
  });

  it('sources the API prices to the dataset at its version, and a snapshot to its own source', () => {
    const sources = Object.fromEntries(presetEntries('model').map((e) => [e.id, e.source]));
    expect(sources['gpt-5-mini']).toEqual({
      source: 'genai-prices',
      asOf: PRICE_DATA.asOf,
      version: PRICE_DATA.version,
    });
    for (const s of SNAPSHOT_MODELS) expect(sources[s.id]).toEqual({ source: s.source, asOf: s.asOf });
    expect(presetText('model').dataset).toMatchObject({ source: 'genai-prices', ...PRICE_DATA });
    for (const key of PRESET_KEYS.filter((k) => k !== 'model')) expect(presetText(key).dataset).toBeUndefined();
  });

  it('sources every other preset to its own source and date', () => {
    const sourceOf = (key: 'gpu' | 'tput' | 'tune', id: string) => presetEntries(key).find((e) => e.id === id)?.source;
    for (const d of SETUP_DEFS) expect(sourceOf('tput', d.id)).toEqual(setupSource(d));
    // Hand-kept GPU and fine-tune prices keep their source beside their name, out of the browser's bundle.
    for (const p of PRESETS.gpu.presets) {
      const { source, asOf } = GPU_PRESET_NOTES[p.id];
      expect(sourceOf('gpu', p.id)).toEqual({ source, asOf });
      expect(SOURCES[source]).toBeDefined();
    }
    for (const p of PRESETS.tune.presets) {
      const { source, asOf } = TUNE_PRESET_NOTES[p.id];
      expect(sourceOf('tune', p.id)).toEqual({ source, asOf });
      expect(SOURCES[source]).toBeDefined();
    }
  });

  it('links a dataset model to its provider’s pricing page, and nothing else', () => {
    expect(presetEntries('model').find((e) => e.id === 'gpt-5-mini')?.also?.text).toMatch(/pricing page$/);
    for (const s of SNAPSHOT_MODELS) expect(presetEntries('model').find((e) => e.id === s.id)?.also).toBeUndefined();
    for (const key of PRESET_KEYS.filter((k) => k !== 'model'))
      for (const e of presetEntries(key)) expect(e.also).toBeUndefined();
  });
});

describe('key names', () => {
  it.each([
    ['requests', true, false],
    ['model', false, true],
    ['tput', false, true],
    ['throughput', false, false],
    ['', false, false],
    ['constructor', false, false],
  ])('“%s” is a number field: %s; a preset kind: %s', (name, number, preset) => {
    expect(isNumberKey(name)).toBe(number);
    expect(isPresetKey(name)).toBe(preset);
  });

  it('every field of the table and every preset kind is known by name', () => {
    for (const f of NUMBER_FIELDS) expect(isNumberKey(f.key)).toBe(true);
    for (const k of PRESET_KEYS) expect(isPresetKey(k)).toBe(true);
  });
});

describe('GPU offers read from silybench’s gpu_prices.csv', () => {
  /** The dataset's name for each GPU type the offers use. */
  const DATASET_TYPE: Readonly<Partial<Record<string, string>>> = {
    H100: 'H100-80GB',
    H200: 'H200-141GB',
    B200: 'B200-180GB',
    A100: 'A100-80GB',
    L40S: 'L40S-48GB',
    A10: 'A10-24GB',
  };

  it.each(
    PRESETS.gpu.presets.filter((p) => GPU_PRESET_NOTES[p.id].source === 'silybench').map((p) => [p.id, p] as const),
  )('%s is a row of the dataset: its type, its price to the cent and the machine it is sold in', (_, p) => {
    const rows = GPU_OFFERS.filter(
      (o) =>
        o.gpuType === DATASET_TYPE[p.type] &&
        o.provisioning === 'on-demand' &&
        o.minGpus === ('machine' in p ? p.machine : 1),
    );
    expect(rows.some((o) => Math.abs(o.usdPerGpuHour - p.hourly) < 0.005)).toBe(true);
  });
});
