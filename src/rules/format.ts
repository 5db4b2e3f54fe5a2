import type { Figure, Range, Unit } from './figures.ts';

const LOCALE = 'en-US';

const plain = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat(LOCALE, { notation: 'compact', maximumFractionDigits: 2 });
const usdCents = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 2,
  minimumFractionDigits: 2,
});
const usdWhole = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usdCompact = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 2,
});

/** Money for prose and results: `$0.02`, `$79`, `$140,910`, `$2M`, `$1.2B`. */
export function formatUsd(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const a = Math.abs(n);
  if (a >= 1_000_000) return usdCompact.format(n);
  if (a >= 100 || Number.isInteger(n)) return usdWhole.format(n);
  return usdCents.format(n);
}

/** Counts: `1,000`, `15,220`; one million and above in words: `1 million`, `1.46 million`. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (Math.abs(n) >= 1_000_000) {
    const parts = compact.formatToParts(n);
    const num = parts
      .filter((p) => p.type !== 'compact' && p.type !== 'literal')
      .map((p) => p.value)
      .join('');
    const unit = parts.find((p) => p.type === 'compact')?.value;
    const word = unit === 'B' ? 'billion' : unit === 'T' ? 'trillion' : 'million';
    return `${num} ${word}`;
  }
  return plain.format(n);
}

interface UnitStyle {
  readonly num: (n: number) => string;
  /** Text after the number(s); empty for units that carry their own sign. */
  readonly suffix: string;
}

const UNITS: Readonly<Record<Unit, UnitStyle>> = {
  usd: { num: formatUsd, suffix: '' },
  'usd-per-month': { num: formatUsd, suffix: ' a month' },
  'usd-per-year': { num: formatUsd, suffix: ' a year' },
  'usd-per-1m-tokens': { num: formatUsd, suffix: ' per 1M tokens' },
  'usd-per-gb-month': { num: formatUsd, suffix: ' per GB-month' },
  ms: { num: formatCount, suffix: ' ms' },
  percent: { num: (n) => `${plain.format(n)}%`, suffix: '' },
  weeks: { num: formatCount, suffix: ' week' },
  months: { num: formatCount, suffix: ' months' },
  'requests-per-day': { num: formatCount, suffix: ' requests a day' },
  'requests-per-month': { num: formatCount, suffix: ' requests a month' },
  'frames-per-second': { num: formatCount, suffix: ' frames a second' },
  'tokens-per-second': { num: formatCount, suffix: ' tokens a second' },
  'gpu-hours': { num: formatCount, suffix: ' GPU-hours' },
  'times-per-year': { num: (n) => `${plain.format(n)}×`, suffix: ' a year' },
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
export function formatFigure(f: Figure, style: 'value' | 'words' = 'value'): string {
  if (style === 'words' && f.words) return f.words;
  return formatFigureValue(f.value, f.unit);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2026-06` → `June 2026`; `2026-07-24` → `24 July 2026`; `2025` → `2025`. */
export function formatAsOf(asOf: string): string {
  const [y, m, d] = asOf.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? asOf;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
