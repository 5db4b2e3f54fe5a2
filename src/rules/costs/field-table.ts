// The table of the cost calculator's number fields. It reaches the browser as data in the page (the data
// module `virtual:calculator-data`, src/integrations/calculator-data.ts); `costs/fields.ts` reads it from there.
import * as fig from '../figures/data.ts';
import type { FigureValue, Unit } from '../figures/types.ts';
import type { FieldGroup, PresetKey } from './keys.ts';

/** Where a field's default comes from: a sourced figure, a preset, or the reader's own situation. */
export type Origin =
  | {
      readonly kind: 'figure';
      readonly figure: FigureValue;
      readonly part?: 'low' | 'high' | 'mid';
      /** How the field's default follows from the figure, where it is not the figure itself. */
    }
  | { readonly kind: 'preset'; readonly of: PresetKey }
  | { readonly kind: 'example'; readonly value: number }
  | {
      readonly kind: 'assumption';
      readonly value: number;
      /** The value counts replicas: the field's default is that many replicas' GPUs. */
      readonly perReplica?: true;
      /**
       * The value is a multiple of the output tokens, for a model that reasons: the default is that many
       * times the output, and none for a preset model that spends no reasoning tokens.
       */
      readonly perOutput?: true;
    }
  /** The reader's own benchmark run: none until they paste or type one (`serving.ts`, `BenchPoint`). */
  | { readonly kind: 'benchmark'; readonly value: number };

/** How far an uncertain input may be from the reader's value: a factor or a number of points either way. */
export type SpreadRule =
  | { readonly kind: 'times'; readonly low: number; readonly high: number }
  | { readonly kind: 'points'; readonly by: number };

/** A number field of the cost calculator. Its words (label, hint, why) are in `costs/text.ts`. */
export interface FieldSpec {
  /** The form group it stands in. */
  readonly group: FieldGroup;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only. */
  readonly integer?: boolean;
  /** The unit its value is stated in; `figures/format.ts` prints it. */
  readonly unit: Unit;
  readonly origin: Origin;
  /** Shown to a first-time reader above the collapsed groups of assumptions. */
  readonly primary?: boolean;
  /**
   * An uncertain input of the break-even: its spread around the reader's value (this guide's
   * assumption, dated with the others). Their order here is the order of ties in the ranking.
   */
  readonly spread?: SpreadRule;
}

/** The input and output prices of the API model: the same bounds, origin and spread. */
const TOKEN_PRICE = {
  group: 'api',
  min: 0,
  max: 1000,
  unit: 'usd-per-1m-tokens',
  origin: { kind: 'preset', of: 'model' },
  spread: { kind: 'times', low: 0.5, high: 1.5 },
} as const satisfies FieldSpec;

/** The mean input and output lengths of a reader's own run: the same bounds and origin. */
const RUN_TOKENS = {
  group: 'bench',
  min: 0,
  max: 1e6,
  integer: true,
  unit: 'tokens',
  origin: { kind: 'benchmark', value: 0 },
} as const satisfies FieldSpec;

/** A latency figure of a reader's own run, ms; 0 where the run gave none. */
const RUN_MS = {
  group: 'bench',
  min: 0,
  max: 1e7,
  unit: 'ms',
  origin: { kind: 'benchmark', value: 0 },
} as const satisfies FieldSpec;

/**
 * Every number field of the cost calculator, by its URL parameter (public: never rename one), in
 * form order within each group. Everything else about a field is derived from this table.
 */
export const FIELD_TABLE = {
  requests: {
    group: 'volume',
    min: 1,
    max: 1e9,
    integer: true,
    unit: 'requests-per-day',
    origin: { kind: 'example', value: 20_000 },
    primary: true,
  },
  input: {
    group: 'volume',
    min: 0,
    max: 1e6,
    integer: true,
    unit: 'tokens',
    origin: { kind: 'example', value: 800 },
    primary: true,
  },
  output: {
    group: 'volume',
    min: 0,
    max: 1e6,
    integer: true,
    unit: 'tokens',
    origin: { kind: 'example', value: 300 },
    primary: true,
  },
  growth: { group: 'volume', min: -50, max: 100, unit: 'percent-per-month', origin: { kind: 'example', value: 0 } },
  horizon: {
    group: 'volume',
    min: 1,
    max: 60,
    integer: true,
    unit: 'months',
    origin: { kind: 'figure', figure: fig.scaleHorizon },
  },
  priceIn: TOKEN_PRICE,
  priceOut: TOKEN_PRICE,
  priceCached: { group: 'api', min: 0, max: 1000, unit: 'usd-per-1m-tokens', origin: { kind: 'preset', of: 'model' } },
  priceWrite: { group: 'api', min: 0, max: 1000, unit: 'usd-per-1m-tokens', origin: { kind: 'preset', of: 'model' } },
  cached: {
    group: 'api',
    min: 0,
    max: 100,
    unit: 'percent-of-input',
    origin: { kind: 'example', value: 0 },
    spread: { kind: 'points', by: 25 },
  },
  cacheWrite: {
    group: 'api',
    min: 0,
    max: 100,
    unit: 'percent-of-input',
    origin: { kind: 'example', value: 0 },
  },
  reasoning: {
    group: 'api',
    min: 0,
    max: 1e6,
    integer: true,
    unit: 'tokens',
    origin: { kind: 'assumption', value: 2, perOutput: true },
    spread: { kind: 'times', low: 0.25, high: 3 },
  },
  batch: { group: 'api', min: 0, max: 100, unit: 'percent-of-requests', origin: { kind: 'example', value: 0 } },
  gpuHour: {
    group: 'selfhost',
    min: 0,
    max: 1000,
    unit: 'usd-per-gpu-hour',
    origin: { kind: 'preset', of: 'gpu' },
    spread: { kind: 'times', low: 0.7, high: 1.3 },
  },
  gpuPrice: {
    group: 'selfhost',
    min: 0,
    max: 1e7,
    unit: 'usd-per-gpu',
    origin: { kind: 'preset', of: 'gpu' },
  },
  gpuLife: {
    group: 'selfhost',
    min: 1,
    max: 120,
    integer: true,
    unit: 'months',
    origin: { kind: 'assumption', value: 60 },
  },
  gpuUpkeep: {
    group: 'selfhost',
    min: 0,
    max: 1e6,
    unit: 'usd-per-gpu-month',
    origin: { kind: 'preset', of: 'gpu' },
  },
  machineGpus: {
    group: 'selfhost',
    min: 1,
    max: 64,
    integer: true,
    unit: 'gpus',
    origin: { kind: 'preset', of: 'gpu' },
  },
  rps: {
    group: 'selfhost',
    min: 0.001,
    max: 1e5,
    unit: 'requests-per-second',
    origin: { kind: 'preset', of: 'tput' },
    spread: { kind: 'times', low: 0.8, high: 1.2 },
  },
  gpusPerReplica: {
    group: 'selfhost',
    min: 1,
    max: 64,
    integer: true,
    unit: 'gpus',
    origin: { kind: 'preset', of: 'tput' },
  },
  util: {
    group: 'selfhost',
    min: 1,
    max: 100,
    unit: 'percent',
    origin: { kind: 'assumption', value: 60 },
    spread: { kind: 'points', by: 20 },
  },
  peak: {
    group: 'selfhost',
    min: 1,
    max: 100,
    unit: 'times-daily-average',
    origin: { kind: 'assumption', value: 2 },
    spread: { kind: 'times', low: 0.75, high: 1.5 },
  },
  minGpus: {
    group: 'selfhost',
    min: 1,
    max: 10000,
    integer: true,
    unit: 'gpus',
    origin: { kind: 'assumption', value: 2, perReplica: true },
  },
  benchGpus: {
    group: 'bench',
    min: 1,
    max: 512,
    integer: true,
    unit: 'gpus',
    origin: { kind: 'benchmark', value: 1 },
  },
  benchRps: { group: 'bench', min: 0, max: 1e6, unit: 'requests-per-second', origin: { kind: 'benchmark', value: 0 } },
  benchInput: RUN_TOKENS,
  benchOutput: RUN_TOKENS,
  benchConcurrency: {
    group: 'bench',
    min: 0,
    max: 1e6,
    integer: true,
    unit: 'requests-in-flight',
    origin: { kind: 'benchmark', value: 0 },
  },
  benchTtftP99: RUN_MS,
  benchTtftP95: RUN_MS,
  benchItlMedian: RUN_MS,
  fte: {
    group: 'selfhost',
    min: 0,
    max: 100,
    unit: 'fte',
    origin: { kind: 'assumption', value: 1.5 },
    spread: { kind: 'times', low: 0.5, high: 1.5 },
  },
  tunedIn: { group: 'tuned', min: 0, max: 1000, unit: 'usd-per-1m-tokens', origin: { kind: 'preset', of: 'tune' } },
  tunedOut: { group: 'tuned', min: 0, max: 1000, unit: 'usd-per-1m-tokens', origin: { kind: 'preset', of: 'tune' } },
  tuneTrain: {
    group: 'tuned',
    min: 0,
    max: 1000,
    unit: 'usd-per-1m-training-tokens',
    origin: { kind: 'preset', of: 'tune' },
  },
  tuneTokens: {
    group: 'tuned',
    min: 0,
    max: 1e12,
    integer: true,
    unit: 'tokens',
    origin: { kind: 'example', value: 10_000_000 },
  },
  tuneHosting: { group: 'tuned', min: 0, max: 1e8, unit: 'usd-per-month', origin: { kind: 'preset', of: 'tune' } },
  ftLow: {
    group: 'tuning',
    min: 0,
    max: 1e9,
    unit: 'usd-one-off',
    origin: { kind: 'figure', figure: fig.fineTuneCost, part: 'low' },
  },
  ftHigh: {
    group: 'tuning',
    min: 0,
    max: 1e9,
    unit: 'usd-one-off',
    origin: { kind: 'figure', figure: fig.fineTuneCost, part: 'high' },
  },
  embedPrice: {
    group: 'tuning',
    min: 0,
    max: 1000,
    unit: 'usd-per-1m-tokens',
    origin: { kind: 'figure', figure: fig.embedOpenaiSmall },
  },
  corpus: {
    group: 'tuning',
    min: 0,
    max: 1e13,
    integer: true,
    unit: 'tokens',
    origin: { kind: 'example', value: 10_000_000 },
  },
  refreshes: { group: 'tuning', min: 0, max: 1000, unit: 'times-per-month', origin: { kind: 'example', value: 1 } },
  context: {
    group: 'tuning',
    min: 0,
    max: 1e6,
    integer: true,
    unit: 'tokens',
    origin: { kind: 'example', value: 2_000 },
  },
  vectorStore: {
    group: 'tuning',
    min: 0,
    max: 1e8,
    unit: 'usd-per-month',
    origin: { kind: 'figure', figure: fig.pineconeMinimum },
  },
  monitoring: {
    group: 'hidden',
    min: 0,
    max: 1e8,
    unit: 'usd-per-month',
    origin: { kind: 'figure', figure: fig.observabilityPaid, part: 'low' },
  },
  complianceLow: { group: 'hidden', min: 0, max: 1e9, unit: 'usd-per-year', origin: { kind: 'assumption', value: 0 } },
  complianceHigh: {
    group: 'hidden',
    min: 0,
    max: 1e9,
    unit: 'usd-per-year',
    origin: { kind: 'assumption', value: 0 },
  },
  hardware: { group: 'hidden', min: 0, max: 1e10, unit: 'usd-up-front', origin: { kind: 'assumption', value: 0 } },
  hardwareLife: {
    group: 'hidden',
    min: 1,
    max: 120,
    integer: true,
    unit: 'months',
    origin: { kind: 'assumption', value: 36 },
  },
  salary: {
    group: 'hidden',
    min: 0,
    max: 1e7,
    unit: 'usd-per-year',
    origin: { kind: 'figure', figure: fig.mlEngineerPay },
  },
  loaded: {
    group: 'hidden',
    min: 1,
    max: 5,
    unit: 'times-pay',
    origin: { kind: 'figure', figure: fig.loadedCostFactor },
  },
  evalFte: { group: 'hidden', min: 0, max: 100, unit: 'fte', origin: { kind: 'assumption', value: 0.25 } },
  trainLow: {
    group: 'scratch',
    min: 0,
    max: 1e11,
    unit: 'usd-one-off',
    origin: { kind: 'figure', figure: fig.trainScratchCost, part: 'low' },
  },
  trainHigh: {
    group: 'scratch',
    min: 0,
    max: 1e11,
    unit: 'usd-one-off',
    origin: { kind: 'figure', figure: fig.trainScratchCost, part: 'high' },
  },
  trainMonths: {
    group: 'scratch',
    min: 1,
    max: 120,
    integer: true,
    unit: 'months',
    origin: { kind: 'assumption', value: 36 },
  },
  scratchFte: { group: 'scratch', min: 0, max: 1000, unit: 'fte', origin: { kind: 'assumption', value: 4 } },
} as const satisfies Readonly<Record<string, FieldSpec>>;
