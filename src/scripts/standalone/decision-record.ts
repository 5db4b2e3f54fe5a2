// The decision record's "Copy as Markdown" writer, loaded the first time a reader asks for it, from
// the decision island and from the outcome pages.
import { SITE_NAME } from '../../components/site.ts';
import { OUTCOMES, type OutcomeId } from '../../rules/decision.ts';
import { decisionMarkdown } from '../../rules/decision-markdown.ts';
import { ready } from '../standalone.ts';

/** The site's root as served, base path included: this file sits there (see `build:standalone`). */
const root = new URL('./', import.meta.url);

/**
 * The record of outcome `id` (a string from a page's markup, checked here), dated today, with
 * absolute links on the origin and base path the reader is on.
 */
function decisionRecord(id: string): string {
  if (!Object.hasOwn(OUTCOMES, id)) throw new Error(`No outcome “${id}”`);
  return decisionMarkdown(id as OutcomeId, {
    today: new Date().toISOString().slice(0, 10),
    url: (path) => new URL(path.replace(/^\//, ''), root).href,
    guide: SITE_NAME,
  });
}

export type DecisionRecordModule = { decisionRecord: typeof decisionRecord };

ready<DecisionRecordModule>('decision-record', { decisionRecord });
