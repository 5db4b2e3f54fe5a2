import { formatCount, formatUsd } from '../format/format.ts';
import type { ApiPresetId, TunePresetId } from '../presets/presets.ts';
import {
  gpusNeeded,
  HOURS_PER_MONTH,
  MAX_REQUESTS_PER_DAY,
  monthlyCost,
  PATHS,
  type PathId,
  peopleMonthly,
  requestsPerGpuDay,
} from './costs.ts';
import { type CostInputs, defaultInputs, FIELD_BY_KEY, type NumberKey, type PresetKey } from './inputs.ts';
import { PRESETS, presetById, presetKind } from './preset-registry.ts';
import { presetText } from './preset-text.ts';
import { costReport } from './report.ts';
import { FIELD_TEXT } from './text.ts';

/**
 * Facts about the cost model that the guide's prose states, computed from the rules at build time.
 * Nothing here is a formula of its own: every number comes from `costs/costs.ts`, `costs/report.ts` and the
 * calculator's defaults, so a sentence built from these follows the calculator.
 */

/** The calculator's default inputs with an API preset's list prices in place of the default model's. */
export function withModel(model: ApiPresetId, base: CostInputs = defaultInputs()): CostInputs {
  const p = presetById('model', model);
  if (!p) throw new Error(`No API preset "${model}"`);
  return { ...base, model: p.id, ...PRESETS.model.fills(p, base) };
}

/** Paths whose monthly cost is a straight line in volume: a cost at zero plus a cost per request. */
export type LinearPath = Extract<PathId, 'api' | 'rag' | 'hosted-tune'>;

/**
 * The smallest whole number of requests a day at which self-hosting costs less than a per-token path
 * (expected case, this month), or `null` up to `MAX_REQUESTS_PER_DAY`. Against `api` it equals
 * `breakEvenRequests`; the unit tests hold the two equal.
 */
export function breakEvenAgainst(i: CostInputs, path: LinearPath): number | null {
  const base = monthlyCost(path, i, 0);
  const slope = monthlyCost(path, i, 1) - base;
  if (!(slope > 0)) return null;
  const cheaper = (r: number) => monthlyCost('selfhost', i, r) < monthlyCost(path, i, r);
  // Floating-point ties can put the formula's answer one request off; settle on the true first volume.
  const settle = (r: number, from: number) => {
    let x = r;
    for (let t = 0; t < 64 && !cheaper(x); t++) x++;
    for (let t = 0; t < 64 && x > from && cheaper(x - 1); t++) x--;
    return cheaper(x) && x <= MAX_REQUESTS_PER_DAY ? x : null;
  };
  const k = requestsPerGpuDay(i);
  const perGpu = i.gpuHour * HOURS_PER_MONTH;
  const n0 = i.minGpus;
  // With n GPUs self-hosting is flat at s0 + (n − minGpus) × perGpu over the volumes n GPUs serve;
  // the path's line passes that flat cost at `cross`.
  const s0 = monthlyCost('selfhost', i, 0);
  const cross = (n: number) => Math.floor((s0 + (n - n0) * perGpu - base) / slope) + 1;
  const last = (n: number) => (Number.isFinite(k) ? Math.floor(n * k) : Number.POSITIVE_INFINITY);
  let n = n0;
  for (let tries = 0; tries < 1000; tries++) {
    const first = n === n0 ? 1 : Math.floor((n - 1) * k) + 1;
    if (first > MAX_REQUESTS_PER_DAY) return null;
    const r = Math.max(first, cross(n));
    if (r <= last(n)) return settle(r, first);
    // Each further GPU costs perGpu and adds k requests (slope × k of the path's bill): if that is
    // no more than the GPU's price, the line never catches up.
    if (slope * k <= perGpu) return null;
    n = Math.max(n + 1, Math.ceil(r / k));
  }
  return null;
}

/** The cheapest of the paths at a volume (expected case, this month); the first listed wins a tie. */
export function cheapestPath(i: CostInputs, paths: readonly PathId[] = PATHS, r: number = i.requests): PathId {
  return paths.reduce((a, b) => (monthlyCost(b, i, r) < monthlyCost(a, i, r) ? b : a));
}

/** The API presets against which a provider's fine-tuned model is the cheapest path at the default volume. */
export function tunedCheapestAgainst(base: CostInputs = defaultInputs()): readonly ApiPresetId[] {
  return PRESETS.model.presets.filter((p) => cheapestPath(withModel(p.id, base)) === 'hosted-tune').map((p) => p.id);
}

/** The self-hosted path's month at the inputs' volume, in its parts. */
export function selfhostParts(i: CostInputs = defaultInputs()) {
  const gpus = gpusNeeded(i, i.requests);
  return {
    gpus,
    gpuMonthly: gpus * i.gpuHour * HOURS_PER_MONTH,
    peopleMonthly: peopleMonthly(i, i.fte),
  };
}

/** A volume as prose gives it: three significant digits, `111,000` or `1.69 million`; none in range in words. */
export function proseVolume(n: number | null): string {
  return n === null ? `more than ${formatCount(MAX_REQUESTS_PER_DAY)}` : formatCount(Number(n.toPrecision(3)));
}

/** Money as prose gives it: whole dollars to three significant digits, `$35,400`. */
export function proseUsd(n: number): string {
  return formatUsd(n >= 1000 ? Number(n.toPrecision(3)) : Math.round(n));
}

/** A field's default, as a number in a sentence. */
export function proseDefault(key: NumberKey): string {
  return formatCount(defaultInputs()[key]);
}

/** A field's label, in a sentence. */
export function fieldLabel(key: NumberKey): string {
  const label = FIELD_TEXT[key].label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** A preset's name, for any of the four preset menus. */
export function presetName(of: PresetKey, id: string): string {
  const p = presetKind(of).presets.find((x) => x.id === id);
  if (!p) throw new Error(`No ${of} preset "${id}"`);
  return presetText(of).notes(p).label;
}

export const modelName = (id: ApiPresetId): string => presetName('model', id);
export const tuneName = (id: TunePresetId): string => presetName('tune', id);

export function tunePresetOf(id: TunePresetId) {
  const p = presetById('tune', id);
  if (!p) throw new Error(`No fine-tune preset "${id}"`);
  return p;
}

/** The break-even and its band for the default inputs against a model preset (the default model if none). */
export function breakEvenFacts(model?: ApiPresetId) {
  const r = costReport(model ? withModel(model) : defaultInputs());
  return { breakEven: r.breakEven, low: r.breakEvenLow, high: r.breakEvenHigh, sensitivity: r.sensitivity };
}

/** Whether a field's value is a percentage (for the words around it). */
export const isPercent = (key: NumberKey): boolean => FIELD_BY_KEY[key].max === 100 && FIELD_TEXT[key].unit === '%';
