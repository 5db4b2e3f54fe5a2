import { formatCount, formatPlain, formatUnitPrice, formatUsd } from '../format/format.ts';
import type { FigureValue, Range, Unit } from './types.ts';

interface UnitStyle {
  readonly num: (n: number) => string;
  /** Text after the number(s); empty for units that carry their own sign. */
  readonly suffix: string;
}

const percent = (n: number) => `${formatPlain(n)}%`;

const UNITS: Readonly<Record<Unit, UnitStyle>> = {
  usd: { num: formatUsd, suffix: '' },
  'usd-per-month': { num: formatUsd, suffix: ' a month' },
  'usd-per-year': { num: formatUsd, suffix: ' a year' },
  'usd-per-1m-tokens': { num: formatUnitPrice, suffix: ' per 1M tokens' },
  'usd-per-gb-month': { num: formatUsd, suffix: ' per GB-month' },
  ms: { num: formatCount, suffix: ' ms' },
  percent: { num: percent, suffix: '' },
  weeks: { num: formatCount, suffix: ' week' },
  months: { num: formatCount, suffix: ' months' },
  'requests-per-day': { num: formatCount, suffix: ' requests a day' },
  'requests-per-month': { num: formatCount, suffix: ' requests a month' },
  'frames-per-second': { num: formatCount, suffix: ' frames a second' },
  'output-tokens-per-second': { num: formatCount, suffix: ' output tokens a second' },
  'gpu-hours': { num: formatCount, suffix: ' GPU-hours' },
  'times-per-year': { num: (n) => `${formatPlain(n)}×`, suffix: ' a year' },
  'times-per-month': { num: formatCount, suffix: ' times a month' },
  tokens: { num: formatCount, suffix: ' tokens' },
  'requests-per-second': { num: formatCount, suffix: ' requests a second' },
  'percent-per-month': { num: percent, suffix: ' a month' },
  'percent-of-input': { num: percent, suffix: ' of input tokens' },
  'percent-of-requests': { num: percent, suffix: ' of requests' },
  'usd-one-off': { num: formatUsd, suffix: ' one-off' },
  'usd-up-front': { num: formatUsd, suffix: ' up front' },
  'usd-per-gpu-hour': { num: formatUsd, suffix: ' per GPU-hour' },
  'usd-per-gpu': { num: formatUsd, suffix: ' per GPU' },
  'usd-per-gpu-month': { num: formatUsd, suffix: ' per GPU a month' },
  'usd-per-hour-worked': { num: formatUsd, suffix: ' per hour worked' },
  'usd-per-1m-training-tokens': { num: formatUnitPrice, suffix: ' per 1M training tokens' },
  'times-daily-average': { num: formatCount, suffix: ' × the daily average' },
  'times-pay': { num: formatCount, suffix: ' × pay' },
  gpus: { num: formatCount, suffix: ' GPUs' },
  'requests-in-flight': { num: formatCount, suffix: ' requests in flight' },
  fte: { num: formatCount, suffix: ' engineers (full-time equivalent)' },
};

function pluralise(unit: Unit, value: number | Range, suffix: string): string {
  const one = typeof value === 'number' && value === 1;
  return unit === 'weeks' && !one ? `${suffix}s` : suffix;
}

/** A figure's value with its unit: `$2M–$10M`, `50 ms`, `1 million requests a day`, `90%`. */
export function formatFigureValue(value: number | Range, unit: Unit): string {
  const { num, suffix } = UNITS[unit];
  const text = typeof value === 'number' ? num(value) : `${num(value.low)}–${num(value.high)}`;
  return `${text}${pluralise(unit, value, suffix)}`;
}

/** How prose states a figure: its number by default, the source's own words with `words`. */
export function formatFigure(f: FigureValue & { readonly words?: string }, style: 'value' | 'words' = 'value'): string {
  if (style === 'words' && f.words) return f.words;
  return formatFigureValue(f.value, f.unit);
}
