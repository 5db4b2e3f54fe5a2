// How an island asks the page's shared script (site.ts, see standalone.ts) for a standalone
// module. A file of its own, importing nothing, so an island bundles these few lines instead of
// sharing a chunk with the shared script.

/** What an island sends to ask the page's shared script for a standalone module. */
export interface StandaloneRequest {
  readonly name: string;
  readonly resolve: (exports: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** From an island: asks the shared script for a standalone module (see `serveStandaloneRequests`). */
export function requestStandalone<T>(name: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const detail: StandaloneRequest = { name, resolve: resolve as (exports: unknown) => void, reject };
    dispatchEvent(new CustomEvent('standalone-request', { detail }));
  });
}
