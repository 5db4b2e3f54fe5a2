// The cost calculator's "Copy as Markdown" writer, loaded the first time a reader asks for it.
import { costMarkdown } from '../../rules/cost-markdown.ts';
import { ready } from '../standalone.ts';

export type CostReportModule = { costMarkdown: typeof costMarkdown };

ready<CostReportModule>('cost-report', { costMarkdown });
