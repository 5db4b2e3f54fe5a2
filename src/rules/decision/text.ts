import type { Answer } from './url-state.ts';

/**
 * The decision tree's words: those around an outcome that the island, the outcome pages and the
 * decision record share, and the island's own. The questions' and outcomes' own words (question,
 * explanation, title, summary, steps) live with the tree in `decision/decision.ts`.
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
  /** The outcome's own page, first of the decision record's links. */
  thisOutcome: 'This outcome',
  copyLink: 'Copy link to this result',
  copyMarkdown: 'Copy as Markdown',
  /** The island's own words. */
  noScript:
    'The step-by-step walk needs JavaScript. The flowchart below shows every question, every path and every outcome.',
  answersSoFar: 'Your answers so far',
  answeredAhead: 'Answered ahead',
  moreOnQuestion: 'More on this question',
  yourOutcome: 'Your outcome',
  back: 'Back',
  /** What the walk does with a link's answers it could not use. */
  rejectedThen: 'Those questions start unanswered.',
  startOver: 'Start over',
} as const;

/** Where the walk stands, above the question. */
export const progress = (n: number, ofAtMost: number): string => `Question ${n} of at most ${ofAtMost}`;
