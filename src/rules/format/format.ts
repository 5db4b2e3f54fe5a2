const LOCALE = 'en-US';

// The formatters are made when this module loads; the annotations let a bundle leave out those it never uses.
/* @__NO_SIDE_EFFECTS__ */
function numbers(o: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(LOCALE, o);
}
/* @__NO_SIDE_EFFECTS__ */
function dollars(o: Intl.NumberFormatOptions): Intl.NumberFormat {
  return numbers({ style: 'currency', currency: 'USD', ...o });
}

const plain = numbers({ maximumFractionDigits: 2 });
const compact = numbers({ notation: 'compact', maximumFractionDigits: 2 });
/** `1.46 million`, `2 billion`. */
const inWords = numbers({ notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });
const usdCents = dollars({ maximumFractionDigits: 2, minimumFractionDigits: 2 });
const usdWhole = dollars({ maximumFractionDigits: 0 });
const usdCompact = dollars({ notation: 'compact', maximumFractionDigits: 2 });
const usdFine = dollars({ minimumFractionDigits: 2, maximumFractionDigits: 4 });

/** A unit price, such as USD per 1M tokens, to the precision providers quote: `$2`, `$2.50`, `$0.025`, `$0.0375`. */
export function formatUnitPrice(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '—';
  return n >= 100 || Number.isInteger(n) ? usdWhole.format(n) : usdFine.format(n);
}

/** Dollars and cents, as a price list gives them: `$8.00`, `$184.06`. */
export const formatCents = (n: number): string => usdCents.format(n);

const scientific = numbers({ notation: 'scientific', maximumFractionDigits: 2 });

/** Money for prose and results: `$0.02`, `$79`, `$140,910`, `$2M`, `$1.2B`; past trillions `$1.4E16`. */
export function formatUsd(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const a = Math.abs(n);
  if (a >= 1e15) return `$${scientific.format(n)}`;
  if (a >= 1_000_000) return usdCompact.format(n);
  if (a >= 100 || Number.isInteger(n)) return usdWhole.format(n);
  return usdCents.format(n);
}

const compactUsd = dollars({ notation: 'compact' });

/** Short axis labels: `1K`, `10M`. */
export function formatCompact(n: number): string {
  return compact.format(n);
}

/** Short money axis labels: `$100`, `$10K`, `$1M`. */
export function formatCompactUsd(n: number): string {
  return compactUsd.format(n);
}

/** A number with grouped digits and at most two decimals: `1,234.5`. */
export function formatPlain(n: number): string {
  return plain.format(n);
}

/** Counts: `1,000`, `15,220`; one million and above in words: `1 million`, `1.46 million`. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (Math.abs(n) >= 1e15) return scientific.format(n);
  return Math.abs(n) >= 1_000_000 ? inWords.format(n) : plain.format(n);
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

/** A day as YYYY-MM-DD (UTC); today where none is given. */
export const isoDay = (d: Date = new Date()): string => d.toISOString().slice(0, 10);

/** `2026-06` → `June 2026`; `2026-07-24` → `24 July 2026`; `2025` → `2025`. */
export function formatAsOf(asOf: string): string {
  const [y, m, d] = asOf.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? asOf;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
