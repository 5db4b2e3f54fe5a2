// Money as the calculator's results and the prose print it (the calculator alone loads this).
import { formatUsd } from './format.ts';

/** Money in results: never negative, never NaN; tiny amounts say so instead of printing $0.00. */
export function formatMoney(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '—';
  if (n === 0) return '$0';
  if (n < 0.01) return 'under $0.01';
  return formatUsd(n);
}

/** A result with its range: `$11,087–$11,462`, or one amount when the ends agree. */
export function formatSpread(s: { readonly low: number; readonly expected: number; readonly high: number }): string {
  const lo = formatMoney(s.low);
  const hi = formatMoney(s.high);
  return lo === hi ? formatMoney(s.expected) : `${lo}–${hi}`;
}

/** Money as prose gives it: whole dollars to three significant digits, `$35,400`. */
export function proseUsd(n: number): string {
  return formatUsd(n >= 1000 ? Number(n.toPrecision(3)) : Math.round(n));
}
