import { formatFigureValue } from '../figures/format.ts';
import { formatCount } from '../format/format.ts';
import { CURATED_MODELS, SNAPSHOT_MODELS } from '../presets/api-models.ts';
import { API_PRESETS, type ApiPresetId } from '../presets/presets.ts';
import { modelScore, openScore } from '../presets/quality.ts';
import { SILYBENCH_PERF_POINTS } from '../serving/data-silybench.ts';
import { TRTLLM_POINTS } from '../serving/data-trtllm.ts';
import { OPEN_MODEL_NAMES } from '../serving/notes.ts';
import { gpuCount, type LatencyTargetId, type ServingSetupId } from '../serving/serving.ts';
import {
  breakEven,
  gpuMonthly,
  gpusNeeded,
  type LinearPath,
  MAX_REQUESTS_PER_DAY,
  monthlyCost,
  PATHS,
  type PathId,
  peopleMonthly,
  proseVolume,
  sameModelHost,
} from './costs.ts';
import { FIELDS, type NumberKey } from './fields.ts';
import { type CostInputs, DEFAULT_PRESETS, defaultInputs } from './inputs.ts';
import { PRESETS, presetById } from './preset-registry.ts';
import { presetName } from './preset-text.ts';
import { costReport } from './report.ts';
import { withPreset } from './state.ts';

/**
 * Numbers the guide's prose states about costs, computed at build time from the calculator's
 * defaults with the rules' own functions (`costs.ts`, `report.ts`, `state.ts`), so a sentence built
 * from these follows the calculator. No formula lives here.
 */

/** What a prose fact may change from the calculator's defaults, as a reader would: the API model, the setup, the target. */
export interface ProseScenario {
  readonly model?: ApiPresetId | undefined;
  readonly tput?: ServingSetupId | undefined;
  readonly slo?: LatencyTargetId | undefined;
}

/** The calculator's default inputs, or those with another API model, serving setup or target chosen as the reader would. */
export function scenario(model?: ApiPresetId, s: Omit<ProseScenario, 'model'> = {}): CostInputs {
  let i = defaultInputs();
  if (s.tput) i = withPreset(i, 'tput', s.tput);
  if (s.slo) i = withPreset(i, 'slo', s.slo);
  return model ? withPreset(i, 'model', model) : i;
}

/**
 * Where self-hosting first costs less than a per-token path (`first`), or stays below it from
 * (`stays`), with the default inputs and another model, setup or target.
 */
export const breakEvenFact = (
  model?: ApiPresetId,
  against: LinearPath = 'api',
  which: 'first' | 'stays' = 'first',
  s: Omit<ProseScenario, 'model'> = {},
): number | null => breakEven(scenario(model, s), against, which);

/**
 * From where self-hosting stays below the API, in words for after "stays cheaper": `from there on` where
 * that is its first crossing, `from about 5.97 million` where whole-GPU steps put it back above for a while.
 */
export function staysFrom(model?: ApiPresetId): string {
  const first = breakEvenFact(model);
  const stays = breakEvenFact(model, 'api', 'stays');
  if (stays === null) return `at no volume up to ${formatCount(MAX_REQUESTS_PER_DAY)} requests a day`;
  return stays === first ? 'from there on' : `from about ${proseVolume(stays)}`;
}

/**
 * The self-hosted side of a comparison, named: the open model, the GPUs of one replica, and the latency
 * target its capacity is read at (`Qwen3-235B-A22B on 8 H100s at the interactive target`).
 */
export function selfhostName(s: Omit<ProseScenario, 'model'> = {}): string {
  const i = scenario(undefined, s);
  const setup = presetById('tput', i.tput);
  if (!setup) throw new Error(`No serving setup ${i.tput}`);
  const target = presetName('slo', i.slo).split(':')[0]?.toLowerCase();
  return `${OPEN_MODEL_NAMES[setup.open]} on ${gpuCount(setup.gpusPerReplica, setup.gpu)} at the ${target} target`;
}

/** How far the open model of the default (or a given) setup scores below an API model, in points (negative: above). */
export function qualityGap(
  model: ApiPresetId = DEFAULT_PRESETS.model,
  s: Omit<ProseScenario, 'model'> = {},
): number | null {
  const i = scenario(model, s);
  const open = presetById('tput', i.tput)?.open;
  const api = modelScore(model);
  const own = open ? openScore(open) : null;
  return api === null || own === null ? null : Math.round((api - own) * 10) / 10;
}

/** The self-hosted open model's cheapest host at the default request, named (`Qwen3-235B-A22B on Fireworks`). */
export function sameModelHostName(s: Omit<ProseScenario, 'model'> = {}): string {
  const host = sameModelHost(scenario(undefined, s));
  if (!host) throw new Error('The default setup has no host in the price dataset');
  return presetName('model', host.id);
}

/** The cheapest of the paths at a volume (expected case, this month); the first listed wins a tie. */
/** The reader's own paths: the same open model at a host is a yardstick for self-hosting, not one of them. */
const CHOICES: readonly PathId[] = PATHS.filter((p) => p !== 'same-model');

export function cheapestPath(i: CostInputs, paths: readonly PathId[] = CHOICES, r: number = i.requests): PathId {
  return paths.reduce((a, b) => (monthlyCost(b, i, r) < monthlyCost(a, i, r) ? b : a));
}

/**
 * The API presets against which a provider's fine-tuned model is the cheapest path at the default
 * volume, dearest API bill first.
 */
export function tunedCheapestAgainst(): readonly ApiPresetId[] {
  const d = defaultInputs();
  return PRESETS.model.presets
    .filter((p) => cheapestPath(scenario(p.id)) === 'hosted-tune')
    .map((p) => ({ id: p.id, bill: monthlyCost('api', scenario(p.id), d.requests) }))
    .sort((a, b) => b.bill - a.bill)
    .map((p) => p.id);
}

/** The self-hosted path's month at the inputs' volume, in its parts. */
export function selfhostParts(i: CostInputs = defaultInputs()) {
  const gpus = gpusNeeded(i, i.requests);
  return { gpus, gpuMonthly: gpus * gpuMonthly(i), peopleMonthly: peopleMonthly(i, i.fte) };
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

/**
 * How many times NVIDIA's maximum-load Llama 3.1 8B on one H100 outruns silybench's Qwen3-8B with 32 users
 * at the same shape, 2,048 tokens in and out: output tokens a second over output tokens a second.
 */
export function maxLoadOverInteractive(): number {
  const trt = TRTLLM_POINTS.find(
    (p) => p.model === 'Llama 3.1 8B' && p.gpu === 'H100' && p.input === 2048 && p.output === 2048,
  );
  const sb = SILYBENCH_PERF_POINTS.find(
    (r) => r.precision === 'bf16' && r.concurrency === 32 && r.inputLen === 2048 && r.outputLen === 2048,
  );
  if (!trt || !sb) throw new Error('The 2,048 / 2,048 points are missing');
  return trt.outputTokensPerSecond / sb.outputThroughput;
}

/** Requests a second one GPU serves at the default request, for a setup at a latency target. */
export const rateFact = (s: Omit<ProseScenario, 'model'> = {}): number => scenario(undefined, s).rps;
