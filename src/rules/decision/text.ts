import type { Answer } from './decision.ts';

/**
 * The words around an outcome that the decision island, the outcome pages and the decision record
 * share. The outcomes' own words (title, summary, steps) live with the tree in `decision/decision.ts`.
 */
export const DECISION_TEXT = {
  answers: { yes: 'Yes', no: 'No' } satisfies Record<Answer, string>,
  /** Shown for a question that the path to an outcome never asks. */
  notAsked: 'Not asked on this path',
  yourAnswers: 'The answers that lead here',
  why: 'Why',
  nextSteps: 'Next steps',
  readNext: 'Read and run next',
  explained: 'This outcome, explained',
  costs: 'Cost this scenario in the calculator',
  inTree: 'Change an answer in the decision tree',
  copyLink: 'Copy link to this result',
  copyMarkdown: 'Copy as Markdown',
} as const;
