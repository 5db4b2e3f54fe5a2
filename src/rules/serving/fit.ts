import type { BenchmarkPoint } from './data.ts';
import { type Coefficients, requestsPerSecondFromOutput } from './rate.ts';

// Fits GPU time per request and time-to-first-token knots to benchmark points. The build applies it to
// every setup (`serving/setups.ts`, `fitSetup`); the unit tests hold each fit to its points.

type Vector = [number, number, number, number, number];

/** The four terms of GPU time per request that `Coefficients` weigh. */
const terms = (input: number, output: number): Vector => [
  1,
  input,
  output,
  output * (input + output / 2),
  input * input,
];

/** `xs[i]`, which must exist. */
function at<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new RangeError(`no element ${i}`);
  return x;
}

const dot = (x: readonly number[], y: readonly number[]): number => x.reduce((s, v, i) => s + v * at(y, i), 0);

/** Measured GPU-seconds per request at a point: GPUs in the replica over the replica's requests a second. */
export const measuredGpuSeconds = (gpusPerReplica: number, p: BenchmarkPoint): number =>
  gpusPerReplica / (p.requestsPerSecond ?? requestsPerSecondFromOutput(p.outputTokensPerSecond, p.output));

/** Solves `m·x = v` for a symmetric positive definite `m` by Gauss–Jordan elimination without pivoting. */
function solve(m: readonly (readonly number[])[], v: readonly number[]): number[] {
  const n = v.length;
  const rows = m.map((r, i) => [...r, at(v, i)]);
  rows.forEach((pivot, i) => {
    for (const [r, row] of rows.entries()) {
      const f = r === i ? 0 : at(row, i) / at(pivot, i);
      for (let c = i; c <= n; c++) row[c] = at(row, c) - f * at(pivot, c);
    }
  });
  return rows.map((r, i) => at(r, n) / at(r, i));
}

/**
 * Weighted least squares on relative error, minimising Σ (T(point) / measured − 1)² over the active terms;
 * inactive terms are 0. Columns are scaled to unit maximum before forming the normal equations. Needs at
 * least as many distinct shapes as active terms.
 */
function fitActive(points: readonly (readonly [Vector, number])[], active: readonly boolean[]): Vector {
  const cols = [0, 1, 2, 3, 4].filter((k) => active[k]);
  const z = points.map(([x, t]) => cols.map((k) => at(x, k) / t));
  const scale = cols.map((_, j) => Math.max(...z.map((r) => at(r, j))));
  const col = (j: number): number[] => z.map((r) => at(r, j) / at(scale, j));
  const beta = solve(
    cols.map((_, p) => cols.map((_, q) => dot(col(p), col(q)))),
    cols.map((_, p) => col(p).reduce((s, v) => s + v, 0)),
  );
  const out: Vector = [0, 0, 0, 0, 0];
  cols.forEach((k, j) => {
    out[k] = at(beta, j) / at(scale, j);
  });
  return out;
}

/**
 * The coefficients a replica's points give, per GPU: each point is fitted; a term whose coefficient comes
 * out negative is dropped and the rest refitted until none is.
 */
export function fitCoefficients(points: readonly BenchmarkPoint[], gpusPerReplica: number): Coefficients {
  const rows = points.map((p) => [terms(p.input, p.output), measuredGpuSeconds(gpusPerReplica, p)] as const);
  const active = [true, true, true, true, true];
  let beta = fitActive(rows, active);
  for (let k = beta.findIndex((b) => b < 0); k >= 0; k = beta.findIndex((b) => b < 0)) {
    active[k] = false;
    beta = fitActive(rows, active);
  }
  return beta;
}

/**
 * Time-to-first-token knots from benchmark points: [input, ms] by increasing input, the slower where two
 * points share an input, each at least the one before; `undefined` where no point has a TTFT.
 */
export function ttftKnots(points: readonly BenchmarkPoint[]): [number, number][] | undefined {
  const knots: [number, number][] = [];
  for (const p of [...points].sort((a, b) => a.input - b.input)) {
    if (p.ttftP95Ms === undefined) continue;
    const last = knots.at(-1);
    if (last && last[0] === p.input) last[1] = Math.max(last[1], p.ttftP95Ms);
    else knots.push([p.input, Math.max(p.ttftP95Ms, last?.[1] ?? 0)]);
  }
  return knots.length ? knots : undefined;
}
