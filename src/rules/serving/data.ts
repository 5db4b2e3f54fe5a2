/** One published benchmark point of a whole replica, in the units its source reports. */
export interface BenchmarkPoint {
  /** Prompt length, tokens (`input_len`, ISL). */
  readonly input: number;
  /** Answer length, tokens (`output_len`, OSL). */
  readonly output: number;
  /** Completed requests a second for the whole replica; absent where the source reports only tokens a second. */
  readonly requestsPerSecond?: number;
  /** Output (generated) tokens a second for the whole replica. */
  readonly outputTokensPerSecond: number;
  /** Time to first token, 95th percentile, ms; absent where the source publishes none. */
  readonly ttftP95Ms?: number;
}
