import type { OutcomeId } from './decision.ts';
import { outcomeView } from './outcome-view.ts';
export interface RecordContext {
  /** The day the record is taken, `YYYY-MM-DD`. */
  readonly today: string;
  /** The absolute URL of a site path (`/decide/api/`), as the reader's copy of the site serves it. */
  readonly url: (path: string) => string;
  /** The guide's name, credited at the end. */
  readonly guide: string;
}

/**
 * An outcome as a decision record in Markdown, ready to paste into a design document: the outcome
 * view (`outcomeView`) under the same headings as the outcome page, with the outcome page's address
 * first among the links. Shaped like the cost report (`costMarkdown`).
 */
export function decisionMarkdown(id: OutcomeId, ctx: RecordContext): string {
  const v = outcomeView(id);
  const lines: string[] = [];
  lines.push(`### Decision: ${v.title}, ${ctx.today}`, '', v.summary, '');
  lines.push(`#### ${v.answers.heading}`, '', '| # | Question | Answer |', '|---|---|---|');
  v.answers.items.forEach((r, i) => {
    lines.push(`| ${i + 1} | ${r.question.text} | ${r.label} |`);
  });
  lines.push('', `#### ${v.why.heading}`, '');
  for (const because of v.why.items) lines.push(`- ${because}`);
  lines.push('', `#### ${v.steps.heading}`, '');
  v.steps.items.forEach((step, i) => {
    lines.push(`${i + 1}. ${step}`);
  });
  lines.push('', `#### ${v.links.heading}`, '');
  for (const l of [v.page, ...v.links.items]) lines.push(`- ${l.label}: ${ctx.url(l.href)}`);
  lines.push(
    '',
    `Worked out with ${ctx.guide} (${ctx.url('/')}), a guide to choosing between a hosted model API, fine-tuning, retrieval and a model of your own.`,
  );
  return lines.join('\n');
}
