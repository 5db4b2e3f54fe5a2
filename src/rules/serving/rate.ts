/**
 * GPU-seconds one request takes, T = d + a·input + b·output + c·output·(input + output / 2) + e·input²: a
 * fixed cost, prefill per input token, decode per output token, decode's growth with the context each output
 * token attends to (input + output / 2 on average), and prefill's growth with the prompt it attends to (which
 * also stands for a long prompt holding back the requests queued behind it). All five are non-negative.
 */
export type Coefficients = readonly [d: number, a: number, b: number, c: number, e: number];

/** Requests a second from a source that reports output tokens a second: every request writes `output` tokens. */
export const requestsPerSecondFromOutput = (outputTokensPerSecond: number, output: number): number =>
  outputTokensPerSecond / output;

/** GPU-seconds one request of `input` and `output` tokens takes under these coefficients. */
export const gpuSecondsPerRequest = ([d, a, b, c, e]: Coefficients, input: number, output: number): number =>
  d + a * input + b * output + c * output * (input + output / 2) + e * input * input;

/** Requests a second one GPU serves under a fit; Infinity only for an empty request (0 / 0). */
export const rateOf = (c: Coefficients, input: number, output: number): number =>
  input + output === 0 ? Number.POSITIVE_INFINITY : 1 / gpuSecondsPerRequest(c, input, output);

/** A rate per GPU as the calculator's fields keep it: four significant digits. */
export const keptRate = (rps: number): number => Number(rps.toPrecision(4));
