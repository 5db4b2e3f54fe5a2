import type { ApiPrice } from '../presets/presets.ts';
import {
  breakEven,
  gpusNeeded,
  PATHS,
  type PathId,
  type PathResult,
  pathResult,
  sameModelHost,
  shownPaths,
} from './costs.ts';
import type { CostInputs } from './inputs.ts';
import { breakEvenBand, type SensitivityItem, sensitivity } from './sensitivity.ts';

/** Everything the calculator shows for one set of inputs. */
export interface CostReport {
  readonly inputs: CostInputs;
  readonly paths: Readonly<Record<PathId, PathResult>>;
  /** The paths to show: all, but the same model at a host where none serves it. */
  readonly shown: readonly PathId[];
  /** The self-hosted open model's cheapest host, where the price dataset has one. */
  readonly host: ApiPrice | undefined;
  /** First volume at which self-hosting drops below that host: the like-for-like break-even. */
  readonly breakEvenSameModel: number | null;
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
    shown: shownPaths(i),
    host: sameModelHost(i),
    breakEvenSameModel: sameModelHost(i) ? breakEven(i, 'same-model') : null,
    breakEven: first,
    staysCheaper: breakEven(i, 'api', 'stays'),
    breakEvenLow: band.low,
    breakEvenHigh: band.high,
    sensitivity: items,
    gpus: gpusNeeded(i, i.requests),
  };
}
