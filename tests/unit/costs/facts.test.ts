import { describe, expect, it } from 'vitest';
import {
  breakEvenFact,
  breakEvenFacts,
  costReport,
  defaultInputs,
  fieldLabel,
  HOURS_PER_MONTH,
  presetName,
  proseDefault,
  proseUsd,
  proseVolume,
  scenario,
  selfhostParts,
  staysFrom,
  tunedCheapestAgainst,
} from '../../../src/rules/index.ts';
import { LOADED } from './inputs.ts';

describe('numbers as the prose states them', () => {
  it.each([
    [1_694_443, '1.69 million'],
    [110_926, '111,000'],
    [456_274, '456,000'],
    [null, 'more than 1 billion'],
  ] as const)('proseVolume(%s) reads “%s”', (n, text) => {
    expect(proseVolume(n)).toBe(text);
  });

  it.each([
    [35_406, '$35,400'],
    [4_286.01, '$4,290'],
    [79.4, '$79'],
  ] as const)('proseUsd(%d) reads “%s”', (n, text) => {
    expect(proseUsd(n)).toBe(text);
  });

  it('states defaults, labels and units as the calculator has them', () => {
    expect(proseDefault('fte')).toBe('1.5');
    expect(fieldLabel('peak')).toBe('peak to average traffic');
  });
});

describe('preset names and the facts behind the sentences', () => {
  it('names a preset of each kind, and refuses one that does not exist', () => {
    expect(presetName('model', 'gpt-5-mini')).toBe('OpenAI GPT-5 mini');
    expect(presetName('gpu', 'h100-reserved-1y')).toMatch(/one-year reservation/);
    expect(presetName('tput', '8b-interactive')).toMatch(/^Qwen3-8B on one H100/);
    expect(presetName('tune', 'gpt-4.1-mini-ft')).toBe('OpenAI GPT-4.1 mini, fine-tuned');
    expect(() => presetName('gpu', 'b900')).toThrow(/b900/);
    expect(presetName('model', 'claude-sonnet-5')).toBe('Anthropic Claude Sonnet 5');
    expect(presetName('tune', 'gpt-4.1-ft')).toBe('OpenAI GPT-4.1, fine-tuned');
  });

  it('splits the self-hosted month into GPUs (two 8-GPU replicas: 16 × $3.49 × 730 h) and people (1.5 × $140,910 × the loaded factor / 12)', () => {
    const p = selfhostParts();
    expect(p.gpus).toBe(16);
    expect(p.gpuMonthly).toBeCloseTo(16 * 3.49 * HOURS_PER_MONTH, 9);
    expect(p.peopleMonthly).toBeCloseTo((1.5 * 140_910 * LOADED) / 12, 9);
  });

  it('gives the break-even and its band as the calculator reports them, for the default or a named model', () => {
    const r = costReport(defaultInputs());
    expect(breakEvenFacts()).toMatchObject({ breakEven: r.breakEven, low: r.breakEvenLow, high: r.breakEvenHigh });
    const sol = costReport(scenario('gpt-5.6-sol'));
    expect(breakEvenFacts('gpt-5.6-sol').breakEven).toBe(sol.breakEven);
    expect(sol.breakEven ?? 0).toBeLessThan(r.breakEven ?? 0);
  });

  it('says where self-hosting stays below the API: from its first crossing, or from a later volume', () => {
    // GPT-5.6 Luna at the defaults: the first crossing is for good.
    expect(breakEvenFact(undefined, 'api', 'stays')).toBe(breakEvenFact());
    expect(staysFrom()).toBe('from there on');
    // GPT-4.1 mini, which spends no reasoning tokens: whole-GPU steps put the API back below for a while.
    expect(breakEvenFact('gpt-4.1-mini', 'api', 'stays')).toBeGreaterThan(breakEvenFact('gpt-4.1-mini') ?? 0);
    expect(staysFrom('gpt-4.1-mini')).toBe('from about 5.97 million');
  });

  it('finds the default hosted fine-tune cheapest against frontier models and the default one, not the cheapest hosts', () => {
    const models = tunedCheapestAgainst();
    expect(models).toContain('gpt-5.6-sol');
    expect(models).toContain('gpt-5-mini');
    expect(models).not.toContain('novita/meta-llama/llama-3.1-8b-instruct');
  });
});
