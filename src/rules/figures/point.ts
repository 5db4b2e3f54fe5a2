import type { FigureValue } from './types.ts';

/** The single number of a figure: the value, or an end or the middle of a range. */
export function figurePoint(f: FigureValue, part: 'low' | 'high' | 'mid' = 'mid'): number {
  const v = f.value;
  if (typeof v === 'number') return v;
  return part === 'mid' ? (v.low + v.high) / 2 : v[part];
}
