import type { SourceKey } from './sources.ts';

/**
 * Units a figure or a calculator field is stated in; `figures/format.ts` prints a value in each,
 * and `costs/text.ts` names the ones a calculator field shows beside it.
 */
export type Unit =
  | 'usd'
  | 'usd-per-month'
  | 'usd-per-year'
  | 'usd-per-1m-tokens'
  | 'usd-per-gb-month'
  | 'ms'
  | 'percent'
  | 'weeks'
  | 'months'
  | 'requests-per-day'
  | 'requests-per-month'
  | 'frames-per-second'
  | 'output-tokens-per-second'
  | 'gpu-hours'
  | 'times-per-year'
  | 'times-per-month'
  | 'tokens'
  | 'requests-per-second'
  | 'percent-per-month'
  | 'percent-of-input'
  | 'percent-of-requests'
  | 'usd-one-off'
  | 'usd-up-front'
  | 'usd-per-gpu-hour'
  | 'usd-per-gpu'
  | 'usd-per-gpu-month'
  | 'usd-per-hour-worked'
  | 'usd-per-1m-training-tokens'
  | 'times-daily-average'
  | 'times-pay'
  | 'gpus'
  | 'requests-in-flight'
  | 'fte';

export interface Range {
  readonly low: number;
  readonly high: number;
}

/** A figure's number: what code (and the browser) needs. */
export interface FigureValue {
  /** Stable id: prose cites it and `/sources/#fig-<id>` links to it. */
  readonly id: string;
  /** A single value, or a range when the source gives one, in `unit`. */
  readonly value: number | Range;
  /** The unit the source states the value in. */
  readonly unit: Unit;
}

/** A figure's provenance and words: what readers see on `/sources/` and in prose. */
export interface FigureNotes {
  /** Key into `SOURCES`. */
  readonly source: SourceKey;
  /** When the source published or last showed the figure: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly asOf: string;
  /** What the number is, in a few words. */
  readonly label: string;
  /** The source's own words where they are looser than the number (the prose may quote them). */
  readonly words?: string;
  /** Caveats a reader should know before relying on the figure. */
  readonly note?: string;
}

/** A figure with its unit, source and words, as `/sources/` and prose use it. */
export type Figure = FigureValue & FigureNotes;
