import { OUTCOMES, type OutcomeId, QUESTION_IDS, QUESTIONS, walk } from './decision.ts';
import { costScenarioPath, outcomeAnswers, outcomePath, treePath } from './links.ts';
import { DECISION_TEXT as T } from './text.ts';

export interface RecordContext {
  /** The day the record is taken, `YYYY-MM-DD`. */
  readonly today: string;
  /** The absolute URL of a site path (`/decide/api/`), as the reader's copy of the site serves it. */
  readonly url: (path: string) => string;
  /** The guide's name, credited at the end. */
  readonly guide: string;
}

/**
 * An outcome as a decision record in Markdown, ready to paste into a design document: the answers
 * that lead there, why, the next steps and the links. Shaped like the cost report (`costMarkdown`).
 */
export function decisionMarkdown(id: OutcomeId, ctx: RecordContext): string {
  const outcome = OUTCOMES[id];
  const answers = outcomeAnswers(id);
  const { steps } = walk(answers);
  const lines: string[] = [];
  lines.push(`### Decision: ${outcome.title}, ${ctx.today}`, '', outcome.summary, '');
  lines.push('| # | Question | Answer |', '|---|---|---|');
  QUESTION_IDS.forEach((q, i) => {
    const a = answers[q];
    lines.push(`| ${i + 1} | ${QUESTIONS[q].text} | ${a ? T.answers[a] : T.notAsked} |`);
  });
  lines.push('', `#### ${T.why}`, '');
  for (const s of steps) lines.push(`- ${s.because}`);
  lines.push('', `#### ${T.nextSteps}`, '');
  outcome.steps.forEach((step, i) => {
    lines.push(`${i + 1}. ${step}`);
  });
  lines.push('', '#### Links', '');
  lines.push(`- This outcome: ${ctx.url(outcomePath(id))}`);
  lines.push(`- ${T.costs}: ${ctx.url(costScenarioPath(outcome))}`);
  lines.push(`- ${T.inTree}: ${ctx.url(treePath(answers))}`);
  lines.push(
    '',
    `Worked out with ${ctx.guide} (${ctx.url('/')}), a guide to choosing between a hosted model API, fine-tuning, retrieval and a model of your own.`,
  );
  return lines.join('\n');
}
