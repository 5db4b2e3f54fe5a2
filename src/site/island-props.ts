/** Island props as JSON that is safe inside `<script type="application/json">`. */
export function islandProps(props: unknown): string {
  return JSON.stringify(props).replace(/</g, '\\u003c');
}
