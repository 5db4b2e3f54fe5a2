import type { OpenModelId } from '../serving/serving.ts';

/**
 * One quality score per model, all from a single index, a single version, a single evaluator and a
 * single day, so that the scores can be compared with each other and with nothing else.
 *
 * Index: Artificial Analysis Intelligence Index, version v4.1.1, by Artificial Analysis (independent
 * evaluator; it runs every model itself through the model's API). v4.1 (announced 2026-06-16,
 * https://artificialanalysis.ai/articles/artificial-analysis-intelligence-index-v4-1) combines nine
 * evaluations: GDPval-AA v2, τ³-Banking, Terminal-Bench 2.1, SciCode, AA-LCR, AA-Omniscience,
 * Humanity's Last Exam, GPQA Diamond and CritPt (methodology page:
 * https://artificialanalysis.ai/methodology/intelligence-benchmarking). Scale: 0–100, higher is
 * better; no model reaches 100 (the best on this day, Claude Fable 5.1 at max effort, has 65.7).
 *
 * What was read: a full copy of Artificial Analysis's free data API
 * (https://artificialanalysis.ai/api/v2/language/models/free, all 643 model configurations) fetched
 * 2026-09-04T09:34:33Z and committed to a public GitHub mirror:
 * https://github.com/antoniovho/artificial-analysis-leaderboards/blob/067b75c717f97f3afcb7848b72030e8f854d0822/data/2026-09-04/llms.json
 * Scores are the API's `artificial_analysis_intelligence_index`, one decimal, as published.
 *
 * The dump carries no version field. It is v4.1.1 because Artificial Analysis rebased the index to
 * v4.2 on 2026-09-04 and its v4.2 top score is 57, while this dump has eight models at exactly the
 * published v4.1.1 values listed at https://github.com/AZERDSQ131/aa-intelligence-index-reverse
 * (Claude Opus 5 max 63.1 vs 63.05, Grok 4.6 high 60.9, Kimi K3 max 59.7, GLM-5.3 max 59.5,
 * Qwen3.8 2.4T 57.7, GLM-5.3-Flash 57.5, Muse Spark 1.2 56.8, Gemini 3.7 Flash 56.0).
 *
 * v4.1.1 is superseded: v4.2 (2026-09-04) and v4.3 / v4.3.2 (September 2026) rebased the scale, so
 * these numbers must never be mixed with a score read from artificialanalysis.ai today.
 *
 * Variant rule (Artificial Analysis scores each reasoning setting separately):
 * - presets that spend reasoning tokens take AA's reasoning configuration at the effort AA shows on
 *   the model's main page: GPT-5.6 at `max`, GPT-5 / mini / nano at `high`, gpt-oss-120b at `high`,
 *   Claude Sonnet 5 at Adaptive Reasoning Max Effort, Gemini 3.8 Flash at `high`; where AA's main page
 *   is the non-reasoning configuration (Claude 4.5 models, Gemini 2.5 Flash / Flash-Lite, Qwen3) the
 *   "(Reasoning)" configuration is taken instead;
 * - the Qwen3 models (API and self-hosted) are all the reasoning (thinking) variant, original April
 *   2025 release, not the 2507 updates;
 * - models without reasoning (GPT-4.1, GPT-4o, Llama) have a single configuration.
 * `variant` is AA's own name for the configuration; `url` is AA's page for that configuration,
 * built from the slug in the dump (the number itself was read from the dump, not from that page).
 */
export const QUALITY_INDEX = {
  name: 'Artificial Analysis Intelligence Index',
  version: 'v4.1.1',
  evaluator: 'Artificial Analysis',
  url: 'https://github.com/antoniovho/artificial-analysis-leaderboards/blob/067b75c717f97f3afcb7848b72030e8f854d0822/data/2026-09-04/llms.json',
  upstream: 'https://artificialanalysis.ai/api/v2/language/models/free',
  asOf: '2026-09-04',
  scale: '0–100, higher is better (v4.1.1 points; not comparable with v4.0, v4.2, v4.3 or later)',
} as const;

const aa = (slug: string): string => `https://artificialanalysis.ai/models/${slug}`;

/** Scores by API model (its preset id, or the model a host serves); null: the index (this version) has not scored it. */
export const QUALITY_SCORES: Readonly<
  Record<string, { readonly score: number | null; readonly variant?: string; readonly url?: string }>
> = {
  // API models
  'gpt-5.6-sol': { score: 60.9, variant: 'GPT-5.6 Sol (max)', url: aa('gpt-5-6-sol') },
  'gpt-5.6-terra': { score: 56.6, variant: 'GPT-5.6 Terra (max)', url: aa('gpt-5-6-terra') },
  'gpt-5.6-luna': { score: 52.3, variant: 'GPT-5.6 Luna (max)', url: aa('gpt-5-6-luna') },
  // Released 2026-09-22, after this dump; v4.1.1 never scored it.
  'claude-opus-5-5': { score: null },
  'claude-sonnet-5': {
    score: 55.3,
    variant: 'Claude Sonnet 5 (Adaptive Reasoning, Max Effort)',
    url: aa('claude-sonnet-5'),
  },
  'claude-haiku-4-5': { score: 29.9, variant: 'Claude 4.5 Haiku (Reasoning)', url: aa('claude-4-5-haiku-reasoning') },
  'gemini-3.1-pro-preview': { score: 47.7, variant: 'Gemini 3.1 Pro Preview', url: aa('gemini-3-1-pro-preview') },
  'gemini-3.8-flash': { score: 58.7, variant: 'Gemini 3.8 Flash (high)', url: aa('gemini-3-8-flash') },
  'gemini-3.5-flash-lite': { score: 37.4, variant: 'Gemini 3.5 Flash-Lite', url: aa('gemini-3-5-flash-lite') },
  'gpt-5': { score: 35.3, variant: 'GPT-5 (high)', url: aa('gpt-5') },
  'gpt-5-mini': { score: 25.8, variant: 'GPT-5 mini (high)', url: aa('gpt-5-mini') },
  'gpt-5-nano': { score: 20.1, variant: 'GPT-5 nano (high)', url: aa('gpt-5-nano') },
  'gpt-4.1': { score: 19.6, variant: 'GPT-4.1', url: aa('gpt-4-1') },
  'gpt-4.1-mini': { score: 14.8, variant: 'GPT-4.1 mini', url: aa('gpt-4-1-mini') },
  // The API alias `gpt-4o` serves the 2024-08-06 snapshot; AA's "GPT-4o (Nov '24)" has 11.1.
  'gpt-4o': { score: 9.4, variant: "GPT-4o (Aug '24)", url: aa('gpt-4o-2024-08-06') },
  'gpt-4o-mini': { score: 6.7, variant: 'GPT-4o mini', url: aa('gpt-4o-mini') },
  'claude-sonnet-4-5': { score: 37.4, variant: 'Claude 4.5 Sonnet (Reasoning)', url: aa('claude-4-5-sonnet-thinking') },
  'claude-opus-4-5': { score: 41.9, variant: 'Claude Opus 4.5 (Reasoning)', url: aa('claude-opus-4-5-thinking') },
  'gemini-2.5-pro': { score: 25.9, variant: 'Gemini 2.5 Pro', url: aa('gemini-2-5-pro') },
  'gemini-2.5-flash': { score: 20.3, variant: 'Gemini 2.5 Flash (Reasoning)', url: aa('gemini-2-5-flash-reasoning') },
  'gemini-2.5-flash-lite': {
    score: 11.4,
    variant: 'Gemini 2.5 Flash-Lite (Reasoning)',
    url: aa('gemini-2-5-flash-lite-reasoning'),
  },
  'gpt-oss-120b': { score: 24.1, variant: 'gpt-oss-120b (high)', url: aa('gpt-oss-120b') },
  'qwen3-32b': { score: 11.4, variant: 'Qwen3 32B (Reasoning)', url: aa('qwen3-32b-instruct-reasoning') },
};

/** Scores of the open models the calculator self-hosts, by open model; hosts that serve one take its score. */
export const OPEN_QUALITY_SCORES: Readonly<
  Record<OpenModelId, { readonly score: number | null; readonly variant?: string; readonly url?: string }>
> = {
  'qwen3-8b': { score: 8.3, variant: 'Qwen3 8B (Reasoning)', url: aa('qwen3-8b-instruct-reasoning') },
  'llama-3.1-8b': { score: 7.4, variant: 'Llama 3.1 Instruct 8B', url: aa('llama-3-1-instruct-8b') },
  'qwen3-30b-a3b': {
    score: 9.2,
    variant: 'Qwen3 30B A3B (Reasoning)',
    url: aa('qwen3-30b-a3b-instruct-reasoning'),
  },
  'llama-3.3-70b': { score: 9.3, variant: 'Llama 3.3 Instruct 70B', url: aa('llama-3-3-instruct-70b') },
  'qwen3-235b-a22b': {
    score: 13.5,
    variant: 'Qwen3 235B A22B (Reasoning)',
    url: aa('qwen3-235b-a22b-instruct-reasoning'),
  },
};
