import { describe, expect, it } from 'vitest';
import {
  FIGURE_GROUPS,
  FIGURES,
  figure,
  figureValue,
  formatAsOf,
  formatCount,
  formatFigure,
  formatUsd,
  isFigureId,
  SOURCES,
} from '../../../src/rules/index.ts';

const TODAY = new Date().toISOString().slice(0, 10);

describe('the figures table', () => {
  it('has unique ids', () => {
    const ids = FIGURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(FIGURES.map((f) => [f.id, f] as const))('figure %s', (_id, f) => {
    it('names a known source with a title and publisher', () => {
      const s = SOURCES[f.source];
      expect(s).toBeDefined();
      expect(s.title.length).toBeGreaterThan(3);
      expect(s.publisher.length).toBeGreaterThan(3);
    });

    it('has an as-of date that is a real calendar date, not in the future', () => {
      expect(f.asOf).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      const [y, m = '01', d = '01'] = f.asOf.split('-');
      const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
      expect(Number.isNaN(date.getTime())).toBe(false);
      expect(date.toISOString().slice(0, 10)).toBe(`${y}-${m}-${d}`);
      expect(`${y}-${m}-${d}` <= TODAY).toBe(true);
    });

    it('has a finite, non-negative value, and a range has low ≤ high', () => {
      const v = f.value;
      const nums = typeof v === 'number' ? [v] : [v.low, v.high];
      for (const n of nums) {
        expect(Number.isFinite(n)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(0);
      }
      if (typeof v !== 'number') expect(v.low).toBeLessThanOrEqual(v.high);
    });

    it('prints without NaN, Infinity or undefined', () => {
      expect(formatFigure(f)).not.toMatch(/NaN|Infinity|undefined/);
      expect(formatAsOf(f.asOf)).not.toMatch(/NaN|undefined/);
    });
  });

  it('groups every figure exactly once', () => {
    expect(FIGURE_GROUPS.flatMap((g) => g.figures.map((f) => f.id)).sort()).toEqual(FIGURES.map((f) => f.id).sort());
  });

  it('looks figures up by id and rejects unknown ids', () => {
    expect(isFigureId('train-scratch-cost')).toBe(true);
    expect(isFigureId('no-such-figure')).toBe(false);
    // @ts-expect-error an unknown id is a type error too
    expect(() => figure('no-such-figure')).toThrow(/Unknown figure/);
  });

  it('gives the low, high and middle of a range', () => {
    expect(figureValue('fine-tune-cost', 'low')).toBe(500);
    expect(figureValue('fine-tune-cost', 'high')).toBe(5_000);
    expect(figureValue('fine-tune-cost')).toBe(2_750);
    expect(figureValue('latency-threshold', 'high')).toBe(50);
  });
});

describe('how the prose states the article’s figures', () => {
  it.each([
    ['train-scratch-cost', '$2M–$10M'],
    ['fine-tune-cost', '$500–$5,000'],
    ['latency-threshold', '50 ms'],
    ['scale-threshold', '1 million requests a day'],
    ['ml-team-capacity', '6 months'],
    ['hybrid-value-share', '90%'],
    ['hybrid-cost-share', '10%'],
    ['api-share', '80%'],
    ['vision-fps', '1,000 frames a second'],
    ['fine-tune-duration', '1 week'],
    ['ml-engineer-pay', '$140,910 a year'],
    ['embed-openai-small', '$0.02 per 1M tokens'],
    ['llama31-8b-gpu-hours', '1.46 million GPU-hours'],
    ['gpt4-train-cost', '$68.8M'],
  ] as const)('%s reads “%s”', (id, text) => {
    expect(formatFigure(figure(id))).toBe(text);
  });

  it('uses the source’s own words when asked and when it has them', () => {
    expect(formatFigure(figure('api-sweet-spot'), 'words')).toBe('thousands to low millions of requests a month');
    expect(formatFigure(figure('train-scratch-cost'), 'words')).toBe('$2M–$10M');
  });

  it.each([
    ['2026-06', 'June 2026'],
    ['2026-07-24', '24 July 2026'],
    ['2025', '2025'],
  ])('formats the as-of date %s as “%s”', (iso, text) => {
    expect(formatAsOf(iso)).toBe(text);
  });
});

describe('money and counts at every scale', () => {
  it.each([
    [0.02, '$0.02'],
    [79, '$79'],
    [140_910, '$140,910'],
    [2_000_000, '$2M'],
    [1_234_000_000, '$1.23B'],
    [4.5e12, '$4.5T'],
    [1.4e16, '$1.4E16'],
    [Number.NaN, '—'],
  ])('formatUsd(%d) reads “%s”', (n, text) => {
    expect(formatUsd(n)).toBe(text);
  });

  it.each([
    [1_000, '1,000'],
    [2_135_303, '2.14 million'],
    [3e9, '3 billion'],
    [5.7e14, '570 trillion'],
    [5.7e17, '5.7E17'],
  ])('formatCount(%d) reads “%s”', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });
});
