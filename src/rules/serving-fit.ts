import { requestsPerSecondFromOutput, SERVING_SETUPS, type ServingSetup } from './serving.ts';
import { type BenchmarkPoint, SERVING_POINTS } from './serving-data.ts';

// Derives each setup's coefficients and time-to-first-token knots from its benchmark points. The browser
// module `serving.ts` carries the results as constants; the unit tests hold them equal to what this gives.

type Vector = [number, number, number, number];

/** The four terms of GPU time per request that `Coefficients` weigh. */
const terms = (input: number, output: number): Vector => [1, input, output, output * (input + output / 2)];

const dot = (x: readonly number[], y: readonly number[]): number => x.reduce((s, v, i) => s + v * (y[i] ?? 0), 0);

/** Measured GPU-seconds per request at a point: GPUs in the replica over the replica's requests a second. */
export const measuredGpuSeconds = (setup: ServingSetup, p: BenchmarkPoint): number =>
  setup.gpusPerReplica / (p.requestsPerSecond ?? requestsPerSecondFromOutput(p.outputTokensPerSecond, p.output));

/** Solves the square system `m·x = v` by Gaussian elimination with partial pivoting; `m` is consumed. */
function solve(m: number[][], v: number[]): number[] {
  const n = v.length;
  const rows = m.map((r, i) => [...r, v[i] ?? 0]);
  for (let i = 0; i < n; i++) {
    let best = i;
    for (let r = i + 1; r < n; r++) if (Math.abs(rows[r]?.[i] ?? 0) > Math.abs(rows[best]?.[i] ?? 0)) best = r;
    const pivot = rows[best] ?? [];
    rows[best] = rows[i] ?? [];
    rows[i] = pivot;
    for (let r = 0; r < n; r++) {
      const row = rows[r] ?? [];
      if (r === i) continue;
      const f = (row[i] ?? 0) / (pivot[i] ?? 1);
      for (let c = i; c <= n; c++) row[c] = (row[c] ?? 0) - f * (pivot[c] ?? 0);
    }
  }
  return rows.map((r, i) => (r[n] ?? 0) / (r[i] ?? 1));
}

/**
 * Weighted least squares on relative error, minimising Σ (T(point) / measured − 1)² over the active terms;
 * inactive terms are 0. Columns are scaled to unit maximum before forming the normal equations.
 */
function fitActive(points: readonly (readonly [Vector, number])[], active: readonly boolean[]): Vector {
  const cols = [0, 1, 2, 3].filter((k) => active[k]);
  const z = points.map(([x, t]) => cols.map((k) => (x[k] ?? 0) / t));
  const scale = cols.map((_, j) => Math.max(...z.map((r) => r[j] ?? 0)) || 1);
  const zs = z.map((r) => r.map((v, j) => v / (scale[j] ?? 1)));
  const col = (j: number) => zs.map((r) => r[j] ?? 0);
  const beta = solve(
    cols.map((_, p) => cols.map((__, q) => dot(col(p), col(q)))),
    cols.map((_, p) =>
      dot(
        col(p),
        zs.map(() => 1),
      ),
    ),
  );
  const out: Vector = [0, 0, 0, 0];
  cols.forEach((k, j) => {
    out[k] = (beta[j] ?? 0) / (scale[j] ?? 1);
  });
  return out;
}

/**
 * The coefficients a setup's points give. A setup with its own curve is fitted to its points; a term whose
 * coefficient comes out negative is dropped and the rest refitted until none is. A setup that borrows
 * `curveFrom` takes that setup's fitted curve times the geometric mean, over its own points, of measured
 * over borrowed GPU-seconds per request.
 */
export function fitCoefficients(setup: ServingSetup): Vector {
  const ref = SERVING_SETUPS.find((s) => s.id === setup.curveFrom);
  const own = pointsOf(setup);
  if (ref) {
    const base = fitCoefficients(ref);
    const logs = own.map((p) => Math.log(measuredGpuSeconds(setup, p) / dot(base, terms(p.input, p.output))));
    const factor = Math.exp(logs.reduce((s, v) => s + v, 0) / logs.length);
    return base.map((b) => b * factor) as Vector;
  }
  const points = own.map((p) => [terms(p.input, p.output), measuredGpuSeconds(setup, p)] as const);
  const active = [true, true, true, true];
  let beta = fitActive(points, active);
  for (let k = beta.findIndex((b) => b < 0); k >= 0; k = beta.findIndex((b) => b < 0)) {
    active[k] = false;
    beta = fitActive(points, active);
  }
  return beta;
}

/** The benchmark points of a preset setup; none for a setup that is not a preset. */
export const pointsOf = (setup: ServingSetup): readonly BenchmarkPoint[] => pointsById[setup.id] ?? [];

const pointsById: Readonly<Partial<Record<string, readonly BenchmarkPoint[]>>> = SERVING_POINTS;

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
