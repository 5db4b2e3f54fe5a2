// What both calculators' URL codecs share: reading a query string, what a rejected parameter is,
// and the notice over an island when a link carried values it could not use.

/** A query parameter the reader's link carried that could not be used. */
export interface RejectedParam {
  readonly name: string;
  /** The value as it arrived; show it only as text, never as HTML. */
  readonly value: string;
  /** What a usable value looks like, in a few words. */
  readonly message: string;
}

/** A codec's reading of a query string: the value it could use, and what it dropped. */
export interface Decoded<T> {
  readonly value: T;
  readonly rejected: readonly RejectedParam[];
}

export function toParams(search: string | URLSearchParams): URLSearchParams {
  return typeof search === 'string' ? new URLSearchParams(search) : search;
}

/**
 * The notice over an island whose link carried values it could not use: each parameter as it
 * arrived (cut short), why, and what the island did instead (`then`, one sentence).
 */
export function rejectedNotice(rejected: readonly RejectedParam[], then: string): string {
  const list = rejected.map((r) => `${r.name}=“${r.value.slice(0, 40)}” (${r.message.replace(/\.$/, '')})`);
  return `Part of this link could not be used: ${list.join('; ')}. ${then}`;
}
