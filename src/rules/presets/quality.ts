// Build time only: each model's score on the one quality index the site uses (`presets/data-quality.ts`).
// The island gets the scores in its props, beside the names.
import { OPEN_MODELS, type OpenModelId } from '../serving/serving.ts';
import { OPEN_QUALITY_SCORES, QUALITY_INDEX, QUALITY_SCORES } from './data-quality.ts';
import { API_PRESETS } from './presets.ts';

export { QUALITY_INDEX };

/** Hosted models scored under another key: an open model's hosts take its score, two hosts share gpt-oss-120b. */
const SCORED_AS: Readonly<Record<string, string>> = {
  'groq/openai/gpt-oss-120b': 'gpt-oss-120b',
  'fireworks/gpt-oss-120b': 'gpt-oss-120b',
  'groq/qwen/qwen3-32b': 'qwen3-32b',
};

/** A snapshot that serves an open model: scored as that model, though not a host of it (the dataset has dropped it). */
const SNAPSHOT_OPEN: Readonly<Record<string, OpenModelId>> = { 'llama-3.1-8b-deepinfra': 'llama-3.1-8b' };

/** An API preset's score; null where the index has not scored it (never a guess). */
export function modelScore(id: string): number | null {
  const open = API_PRESETS.find((p) => p.id === id)?.open ?? SNAPSHOT_OPEN[id];
  if (open) return openScore(open);
  return QUALITY_SCORES[SCORED_AS[id] ?? id]?.score ?? null;
}

/** An open model's score; null where the index has not scored it. */
export const openScore = (open: OpenModelId): number | null => OPEN_QUALITY_SCORES[open].score;

/** The open model the site can size whose score comes closest to an API model's, and the gap in points. */
export function closestOpenModel(apiId: string): { readonly open: OpenModelId; readonly gap: number } | undefined {
  const target = modelScore(apiId);
  if (target === null) return undefined;
  let best: { open: OpenModelId; gap: number } | undefined;
  for (const open of OPEN_MODELS) {
    const s = openScore(open);
    if (s !== null && (!best || Math.abs(target - s) < Math.abs(best.gap))) best = { open, gap: target - s };
  }
  return best;
}
