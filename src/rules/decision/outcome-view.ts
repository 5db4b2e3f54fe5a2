import {
  type Answer,
  type GuideLink,
  type Outcome,
  type OutcomeId,
  pathAnswers,
  QUESTION_IDS,
  QUESTIONS,
  type Question,
  type WalkState,
  walk,
} from './decision.ts';
import { costScenarioPath, outcomeAnswers, outcomePath, walkPath } from './links.ts';
import { DECISION_TEXT as T } from './text.ts';

/**
 * One outcome, three renderings: the outcome page (`/decide/<id>/`), the island's result on
 * `/decide/` and the decision record in Markdown all draw what `outcomeView` returns, so their
 * sections, headings and links are written once, here. Paths are site-absolute without the deploy
 * base; the caller adds it.
 */

export interface OutcomeLink extends GuideLink {
  /** The test hook the link carries on the page and in the island (part of the public contract). */
  readonly testId?: 'outcome-costs-link' | 'outcome-tree-link';
}

/** A question with the answer that leads to the outcome, or none where the path never asks it. */
export interface AnswerRow {
  readonly question: Question;
  readonly answer: Answer | undefined;
  /** The answer as shown: `Yes`, `No`, or that the path does not ask it. */
  readonly label: string;
}

export interface ViewSection<T> {
  readonly heading: string;
  readonly items: readonly T[];
}

export interface OutcomeView {
  readonly id: OutcomeId;
  readonly title: string;
  readonly summary: string;
  /** All four questions, in URL order. */
  readonly answers: ViewSection<AnswerRow>;
  /** The `because` of each answer on the path. */
  readonly why: ViewSection<string>;
  readonly steps: ViewSection<string>;
  /** Read and run next: the outcome's section of `/decide/`, the guide, the costs, the tree at these answers. */
  readonly links: ViewSection<OutcomeLink>;
  /** The outcome's own page (copied by "Copy link to this result", first of the record's links). */
  readonly page: GuideLink;
}

/** A walk that has reached its outcome. */
export type Reached = Extract<WalkState, { readonly outcome: Outcome }>;

/** The view of an outcome: the walk to it by the one set of answers that leads there. */
export function outcomeView(id: OutcomeId): OutcomeView {
  return reachedView(walk(outcomeAnswers(id)) as Reached);
}

/**
 * The view of the outcome a walk has reached. Answers off the path play no part, so any walk that
 * reaches an outcome gives the same view as `outcomeView` (the island holds such a walk already).
 */
export function reachedView({ outcome: o, steps }: Reached): OutcomeView {
  const answers = pathAnswers({ steps });
  return {
    id: o.id,
    title: o.title,
    summary: o.summary,
    answers: {
      heading: T.yourAnswers,
      items: QUESTION_IDS.map((q) => {
        const answer = answers[q];
        return { question: QUESTIONS[q], answer, label: answer ? T.answers[answer] : T.notAsked };
      }),
    },
    why: { heading: T.why, items: steps.map((s) => s.because) },
    steps: { heading: T.nextSteps, items: o.steps },
    links: {
      heading: T.readNext,
      items: [
        { label: T.explained, href: o.section },
        ...o.links,
        { label: T.costs, href: costScenarioPath(o), testId: 'outcome-costs-link' },
        { label: T.inTree, href: walkPath(answers), testId: 'outcome-tree-link' },
      ],
    },
    page: { label: T.thisOutcome, href: outcomePath(o.id) },
  };
}
