import { formatFigureValue } from '../figures/format.ts';
import { formatCount } from '../format/format.ts';
import { CURATED_MODELS, SNAPSHOT_MODELS } from '../presets/api-models.ts';
import { API_PRESETS, type ApiPresetId } from '../presets/presets.ts';
import {
  breakEven,
  gpusNeeded,
  HOURS_PER_MONTH,
  type LinearPath,
  monthlyCost,
  PATHS,
  type PathId,
  peopleMonthly,
} from './costs.ts';
import { FIELDS, type NumberKey } from './fields.ts';
import { type CostInputs, defaultInputs } from './inputs.ts';
import { PRESETS } from './preset-registry.ts';
import { costReport } from './report.ts';
import { withPreset } from './state.ts';

/**
 * Numbers the guide's prose states about costs, computed at build time from the calculator's
 * defaults with the rules' own functions (`costs.ts`, `report.ts`, `state.ts`), so a sentence built
 * from these follows the calculator. No formula lives here.
 */

/** The calculator's default inputs, or those with another API model chosen as the reader would. */
export const scenario = (model?: ApiPresetId): CostInputs =>
  model ? withPreset(defaultInputs(), 'model', model) : defaultInputs();

/** Where self-hosting first costs less than a per-token path, with the default inputs and a model. */
export const breakEvenFact = (model?: ApiPresetId, against: LinearPath = 'api'): number | null =>
  breakEven(scenario(model), against);

/** The cheapest of the paths at a volume (expected case, this month); the first listed wins a tie. */
export function cheapestPath(i: CostInputs, paths: readonly PathId[] = PATHS, r: number = i.requests): PathId {
  return paths.reduce((a, b) => (monthlyCost(b, i, r) < monthlyCost(a, i, r) ? b : a));
}

/** The API presets against which a provider's fine-tuned model is the cheapest path at the default volume. */
export function tunedCheapestAgainst(): readonly ApiPresetId[] {
  return PRESETS.model.presets.filter((p) => cheapestPath(scenario(p.id)) === 'hosted-tune').map((p) => p.id);
}

/** The self-hosted path's month at the inputs' volume, in its parts. */
export function selfhostParts(i: CostInputs = defaultInputs()) {
  const gpus = gpusNeeded(i, i.requests);
  return { gpus, gpuMonthly: gpus * i.gpuHour * HOURS_PER_MONTH, peopleMonthly: peopleMonthly(i, i.fte) };
}

/** The break-even, its band and the ranking of the uncertain inputs, with the default inputs and a model. */
export function breakEvenFacts(model?: ApiPresetId) {
  const r = costReport(scenario(model));
  return { breakEven: r.breakEven, low: r.breakEvenLow, high: r.breakEvenHigh, sensitivity: r.sensitivity };
}

/** Facts about the presets' prices that the prose states, counted from the data. */
export function priceFacts() {
  const withCache = API_PRESETS.filter((p) => p.priceCached !== undefined);
  const tenth = withCache.filter((p) => (p.priceCached ?? 0) <= p.priceIn / 10 + 1e-12);
  const tiered = API_PRESETS.filter((p) => p.tiers.length > 0);
  const noReasoning = [...CURATED_MODELS, ...SNAPSHOT_MODELS].filter((m) => !m.reasoning).map((m) => m.id);
  return { presets: API_PRESETS.length, withCache: withCache.length, cacheTenth: tenth.length, tiered, noReasoning };
}

/** A field's value as prose and the tables of /sources/ state it, through the one unit table: `50% of input tokens`. */
export const formatFieldValue = (key: NumberKey, value: number): string => formatFigureValue(value, FIELDS[key].unit);

/** A field's default, as a number in a sentence. */
export const proseDefault = (key: NumberKey): string => formatCount(defaultInputs()[key]);
