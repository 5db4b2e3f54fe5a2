import { type Answers, allPaths, type Outcome, type OutcomeId } from './decision.ts';

import { treePath } from './url-state.ts';

export { treePath };

// Paths are site-absolute and carry no deploy base; the caller adds it (`withBase` in the page build).

/** The outcome's own page: `/decide/rag-on-api/`. */
export function outcomePath(id: OutcomeId): string {
  return `/decide/${id}/`;
}

/** The step-by-step walk opened on a set of answers, scrolled to it: `/decide/?api=yes&scale=no#walk-the-tree`. */
export function walkPath(answers: Answers): string {
  return `${treePath(answers)}#walk-the-tree`;
}

/** The cost calculator opened on the outcome's scenario: `/costs/?requests=20000&…`. */
export function costScenarioPath(outcome: Outcome): string {
  return `/costs/?${new URLSearchParams(outcome.costScenario).toString()}`;
}

/**
 * The answers that lead to an outcome. The tree reaches each outcome by exactly one path, so these
 * are the whole result: an outcome page needs nothing from the query string.
 */
export function outcomeAnswers(id: OutcomeId): Answers {
  const paths = allPaths().filter((p) => p.outcome === id);
  if (paths.length !== 1 || !paths[0]) throw new Error(`Outcome ${id} is reached by ${paths.length} paths, not one`);
  return paths[0].answers;
}
