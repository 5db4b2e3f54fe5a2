import { breakEven, gpusNeeded, PATHS, type PathId, type PathResult, pathResult } from './costs.ts';
import type { CostInputs } from './inputs.ts';
import { breakEvenBand, type SensitivityItem, sensitivity } from './sensitivity.ts';

/** Everything the calculator shows for one set of inputs. */
export interface CostReport {
  readonly inputs: CostInputs;
  readonly paths: Readonly<Record<PathId, PathResult>>;
  /** First volume at which self-hosting drops below the API. */
  readonly breakEven: number | null;
  /** Volume from which self-hosting stays below the API. */
  readonly staysCheaper: number | null;
  /** The break-even over the uncertain inputs' spreads (`costs/sensitivity.ts`). */
  readonly breakEvenLow: number | null;
  readonly breakEvenHigh: number | null;
  /** The uncertain inputs in order of effect on the break-even. */
  readonly sensitivity: readonly SensitivityItem[];
  readonly gpus: number;
}

export function costReport(i: CostInputs): CostReport {
  const paths = Object.fromEntries(PATHS.map((p) => [p, pathResult(p, i)])) as Record<PathId, PathResult>;
  const first = breakEven(i);
  const items = sensitivity(i);
  const band = breakEvenBand(i, first, items);
  return {
    inputs: i,
    paths,
    breakEven: first,
    staysCheaper: breakEven(i, 'api', 'stays'),
    breakEvenLow: band.low,
    breakEvenHigh: band.high,
    sensitivity: items,
    gpus: gpusNeeded(i, i.requests),
  };
}
