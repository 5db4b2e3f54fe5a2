import type { MarkdownHeading } from 'astro';
import { OUTCOMES } from '../rules/index.ts';

/** The `h2` of `/decide/` under which `<OutcomeSection>` draws the outcomes, in `OUTCOMES` order. */
const OUTCOMES_HEADING = 'the-six-outcomes';

/**
 * A page's headings for its table of contents, with the outcome headings that `<OutcomeSection>`
 * draws. MDX lists only the headings written in Markdown, so these are added after their `h2`.
 */
export function withOutcomeHeadings(path: string, headings: readonly MarkdownHeading[]): MarkdownHeading[] {
  const at = headings.findIndex((h) => h.slug === OUTCOMES_HEADING);
  const outcomes = Object.values(OUTCOMES).filter((o) => o.section.startsWith(`${path}#`));
  if (at < 0 || outcomes.length === 0) return [...headings];
  const added = outcomes.map((o) => ({ depth: 3, slug: o.section.slice(path.length + 1), text: o.title }));
  return [...headings.slice(0, at + 1), ...added, ...headings.slice(at + 1)];
}
