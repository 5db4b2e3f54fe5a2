// The decision record's "Copy as Markdown" writer, loaded the first time a reader asks for it, from
// the decision island and from the outcome pages.
import { decisionMarkdown } from '../../rules/decision-markdown.ts';
import { ready } from '../standalone.ts';

export type DecisionRecordModule = { decisionMarkdown: typeof decisionMarkdown };

ready<DecisionRecordModule>('decision-record', { decisionMarkdown });
