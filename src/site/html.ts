// Markup as strings, for the cost calculator: its views run at build time (into the page) and in
// the browser (into live regions), so they cannot be Astro or Preact components.

/** Markup made by `html`: safe to put in a page as it is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may hold: markup as it is, text (escaped), lists of either, or nothing. */
export type Part = Html | string | number | boolean | null | undefined | readonly Part[];

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for an element's content or a quoted attribute. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

function part(p: Part): string {
  if (p instanceof Html) return p.value;
  if (Array.isArray(p)) return p.map(part).join('');
  // `cond && html\`…\`` leaves false; true, null and undefined print nothing too.
  if (p === null || p === undefined || typeof p === 'boolean') return '';
  return escapeHtml(String(p));
}

/** A template of markup: what it interpolates is escaped unless it is markup itself. */
export function html(strings: TemplateStringsArray, ...parts: readonly Part[]): Html {
  let s = strings[0] ?? '';
  for (let i = 0; i < parts.length; i++) s += part(parts[i]) + (strings[i + 1] ?? '');
  return new Html(s);
}
