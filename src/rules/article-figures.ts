import type { Figure } from './figures.ts';

const ARTICLE = { source: 'article', asOf: '2026-06' } as const;

/**
 * The source article's own figures. Kept apart from the rest of the table so that code which
 * needs only these (the decision tree in the browser) does not ship every figure.
 */
export const ARTICLE_FIGURES = [
  {
    id: 'api-share',
    label: 'Share of applications for which a hosted API is the right call',
    value: 80,
    unit: 'percent',
    ...ARTICLE,
    note: 'The article’s rule of thumb (“the 80% case”), not a survey result.',
  },
  {
    id: 'api-sweet-spot',
    label: 'Request volume where a hosted API is the comfortable choice',
    value: { low: 1_000, high: 5_000_000 },
    unit: 'requests-per-month',
    ...ARTICLE,
    words: 'thousands to low millions of requests a month',
    note: 'The article says “thousands to low millions”; the bounds are this site’s reading of those words.',
  },
  {
    id: 'train-scratch-cost',
    label: 'Compute cost of training a capable language model from scratch',
    value: { low: 2_000_000, high: 10_000_000 },
    unit: 'usd',
    ...ARTICLE,
    note: 'Compute only: people, data and failed runs come on top.',
  },
  {
    id: 'fine-tune-cost',
    label: 'Cost of fine-tuning a smaller model on a specialised dataset',
    value: { low: 500, high: 5_000 },
    unit: 'usd',
    ...ARTICLE,
    note: 'Compute for the run; the expertise to do it well is extra.',
  },
  {
    id: 'fine-tune-duration',
    label: 'Typical length of a specialised fine-tuning effort',
    value: 1,
    unit: 'weeks',
    ...ARTICLE,
    words: 'a week of specialized training',
  },
  {
    id: 'hybrid-value-share',
    label: 'Share of a custom model’s value that fine-tuning or RAG captures',
    value: 90,
    unit: 'percent',
    ...ARTICLE,
    words: 'about 90% of the value',
  },
  {
    id: 'hybrid-cost-share',
    label: 'Cost of fine-tuning or RAG as a share of a custom model’s cost',
    value: 10,
    unit: 'percent',
    ...ARTICLE,
    words: 'about 10% of the cost',
  },
  {
    id: 'latency-threshold',
    label: 'Response time below which a hosted API is hard to use',
    value: 50,
    unit: 'ms',
    ...ARTICLE,
    words: 'sub-50 ms responses',
  },
  {
    id: 'scale-threshold',
    label: 'Daily request volume that calls for planning a custom model',
    value: 1_000_000,
    unit: 'requests-per-day',
    ...ARTICLE,
    words: 'more than 1 million requests a day',
  },
  {
    id: 'scale-horizon',
    label: 'Horizon over which to project request volume',
    value: 12,
    unit: 'months',
    ...ARTICLE,
  },
  {
    id: 'ml-team-capacity',
    label: 'ML team capacity needed before building or fine-tuning',
    value: 6,
    unit: 'months',
    ...ARTICLE,
    words: '6+ months of capacity',
  },
  {
    id: 'vision-fps',
    label: 'Frames per second an on-board vision model handles per car',
    value: 1_000,
    unit: 'frames-per-second',
    ...ARTICLE,
    note: 'The article’s example of a workload no hosted API can serve: on-device, no cloud dependency.',
  },
] as const satisfies readonly Figure[];

export type ArticleFigureId = (typeof ARTICLE_FIGURES)[number]['id'];

export function articleFigure(id: ArticleFigureId): Figure {
  const f = ARTICLE_FIGURES.find((x) => x.id === id);
  if (!f) throw new Error(`Unknown article figure id: ${id}`);
  return f;
}
