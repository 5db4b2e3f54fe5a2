import type { SourceKey } from '../figures/sources.ts';
import { formatAsOf, formatCents, formatCount, formatUnitPrice, formatUsd } from '../format/format.ts';
import { SERVING_LABELS, TARGET_WORDS } from '../serving/notes.ts';
import type { LatencyTargetId } from '../serving/serving.ts';
import { CURATED_MODELS, type CuratedModel } from './api-models.ts';
import { DGX_H100_FIGURES } from './gpu-presets.ts';
import { GPT_5_6_LUNA_LABEL, GPT_5_6_SOL_LABEL } from './labels.ts';
import type { ApiPresetId, GpuPresetId, ThroughputPresetId, TunePresetId } from './presets.ts';
import { FIREWORKS_H100_HOURLY, TUNE_PRESETS, type TunePreset } from './tune-presets.ts';

/** A preset model's retirement day, in words, as `api-models.ts` carries it. */
const retires = (id: ApiPresetId) =>
  formatAsOf((CURATED_MODELS as readonly CuratedModel[]).find((m) => m.id === id)?.retires ?? '');

/** The notices that announced retirements; each note adds the day from the model's `retires`. */
const OPENAI_GPT4_NOTICE =
  'OpenAI’s deprecations page (notice of 14 October 2026, read from a copy of the page) retires it on';
const GEMINI_25_NOTICE =
  'Google’s Gemini API deprecations page, as read on 10 November 2026 and reported by aideprecations.com, shut it down on';
const GEMINI_25_AFTER = '; requests to it are routed to a newer model and billed at that model’s rates.';

/** A fine-tune preset's numbers, as `tune-presets.ts` carries them. */
const tune = (id: TunePresetId): TunePreset => {
  const t = (TUNE_PRESETS as readonly TunePreset[]).find((p) => p.id === id);
  if (!t) throw new Error(`No fine-tune preset ${id}`);
  return t;
};

/** OpenAI's self-serve fine-tuning wind-down, with the days the preset carries. */
const openAiFineTune = (id: TunePresetId, rest: (serving: string) => string) => {
  const ends = tune(id).ends;
  return `OpenAI’s deprecations page (read from a copy of 8 September 2026): no organization may start a fine-tuning job from ${formatAsOf(ends?.training ?? '')}, and a fine-tuned model serves until its base model is retired${rest(formatAsOf(ends?.serving ?? ''))}`;
};

const dgx = DGX_H100_FIGURES;

export interface PresetNotes {
  readonly label: string;
  readonly note?: string;
}

/**
 * Notes of a preset whose numbers the site keeps by hand: where they come from and the day they were
 * read. They live here, beside the name, so the calculator's bundle carries the numbers alone. Written
 * out in each entry: a spread would keep the whole table in every bundle that imports this module.
 */
export interface SourcedNotes extends PresetNotes {
  readonly source: SourceKey;
  readonly asOf: string;
}

/** Names of the presets, kept apart from their numbers so the calculator's bundle carries no words. */
export const API_PRESET_NOTES: Readonly<Record<ApiPresetId, PresetNotes>> = {
  'gpt-5.6-sol': { label: GPT_5_6_SOL_LABEL },
  'gpt-5.6-terra': { label: 'OpenAI GPT-5.6 Terra' },
  'gpt-5.6-luna': { label: GPT_5_6_LUNA_LABEL },
  'claude-opus-5-5': { label: 'Anthropic Claude Opus 5.5' },
  'claude-sonnet-5': { label: 'Anthropic Claude Sonnet 5' },
  'claude-haiku-4-5': { label: 'Anthropic Claude Haiku 4.5' },
  'gemini-3.1-pro-preview': { label: 'Google Gemini 3.1 Pro (preview)' },
  'gemini-3.8-flash': { label: 'Google Gemini 3.8 Flash' },
  'gemini-3.5-flash-lite': { label: 'Google Gemini 3.5 Flash-Lite' },
  'gpt-5': { label: 'OpenAI GPT-5' },
  'gpt-5-mini': {
    label: 'OpenAI GPT-5 mini',
    note: `OpenAI’s deprecations page (notice of 11 June 2026, read from a copy of the page) shuts down gpt-5-mini-2025-08-07, the snapshot this id names, on ${retires('gpt-5-mini')}.`,
  },
  'gpt-5-nano': { label: 'OpenAI GPT-5 nano' },
  'gpt-4.1': {
    label: 'OpenAI GPT-4.1',
    note: `${OPENAI_GPT4_NOTICE} ${retires('gpt-4.1')}, its fine-tunes with it.`,
  },
  'gpt-4.1-mini': {
    label: 'OpenAI GPT-4.1 mini',
    note: `${OPENAI_GPT4_NOTICE} ${retires('gpt-4.1-mini')}, its fine-tunes with it.`,
  },
  'gpt-4o': {
    label: 'OpenAI GPT-4o',
    note: `${OPENAI_GPT4_NOTICE} ${retires('gpt-4o')}, its fine-tunes with it.`,
  },
  'gpt-4o-mini': {
    label: 'OpenAI GPT-4o mini',
    note: `${OPENAI_GPT4_NOTICE} ${retires('gpt-4o-mini')}, its fine-tunes with it.`,
  },
  'claude-sonnet-4-5': { label: 'Anthropic Claude Sonnet 4.5' },
  'claude-opus-4-5': { label: 'Anthropic Claude Opus 4.5' },
  'gemini-2.5-pro': {
    label: 'Google Gemini 2.5 Pro',
    note: `${GEMINI_25_NOTICE} ${retires('gemini-2.5-pro')}${GEMINI_25_AFTER}`,
  },
  'gemini-2.5-flash': {
    label: 'Google Gemini 2.5 Flash',
    note: `${GEMINI_25_NOTICE} ${retires('gemini-2.5-flash')}${GEMINI_25_AFTER}`,
  },
  'gemini-2.5-flash-lite': { label: 'Google Gemini 2.5 Flash-Lite' },
  'groq/openai/gpt-oss-120b': { label: 'gpt-oss-120b on Groq' },
  'fireworks/gpt-oss-120b': { label: 'gpt-oss-120b on Fireworks' },
  'groq/qwen/qwen3-32b': { label: 'Qwen3 32B on Groq' },
  'fireworks/qwen3-235b-a22b': { label: 'Qwen3 235B-A22B on Fireworks' },
  'groq/llama-3.1-8b-instant': { label: 'Llama 3.1 8B on Groq' },
  'together/meta-llama/Llama-3.3-70B-Instruct-Turbo': { label: 'Llama 3.3 70B on Together' },
  'novita/meta-llama/llama-3.1-8b-instruct': { label: 'Llama 3.1 8B on Novita' },
  'groq/llama-3.3-70b-versatile': { label: 'Llama 3.3 70B on Groq' },
  'novita/meta-llama/llama-3.3-70b-instruct': { label: 'Llama 3.3 70B on Novita' },
  'openrouter/qwen/qwen3-8b': {
    label: 'Qwen3-8B through OpenRouter',
    note: 'OpenRouter resells other hosts’ serving; the price dataset lists no host that serves this model itself.',
  },
  'openrouter/qwen/qwen3-30b-a3b': {
    label: 'Qwen3-30B-A3B through OpenRouter',
    note: 'OpenRouter resells other hosts’ serving; the price dataset lists no host that serves this model itself.',
  },
  'openrouter/qwen/qwen3-235b-a22b': {
    label: 'Qwen3-235B-A22B through OpenRouter',
    note: 'OpenRouter resells other hosts’ serving.',
  },
  'llama-3.1-8b-deepinfra': {
    label: 'Llama 3.1 8B on DeepInfra',
    note: 'The price dataset does not list DeepInfra: this is LiteLLM’s price of July 2026, not updated since.',
  },
};

export const GPU_PRESET_NOTES: Readonly<Record<GpuPresetId, SourcedNotes>> = {
  'h100-runpod-community': { label: 'H100 SXM, RunPod community cloud', source: 'silybench', asOf: '2026-09-25' },
  'h100-owned-dgx': {
    label: 'H100 SXM, bought as 8-GPU DGX servers',
    note: `Owned, not rented: SemiAnalysis estimated a DGX H100’s sale price at about ${formatUsd(dgx.serverUsd)} (May 2023, as Epoch AI’s training-cost-trends records it), ${formatUsd(dgx.serverUsd / dgx.gpus)} a GPU; resellers quoted $25,000 to $40,000 for an H100 alone in 2026. Power and hosting: the server draws ${dgx.serverKw} kW at most (NVIDIA’s DGX H100 datasheet), ${dgx.serverKw / dgx.gpus} kW a GPU, at CBRE’s average colocation rent of ${formatCents(dgx.colocationUsdPerKwMonth)} per kW a month (250 to 500 kW in primary North American markets, H2 2024, published 26 February 2025) plus ${dgx.hoursPerMonth} hours of that draw at ${formatCount(dgx.usdPerKwh * 100)} cents per kWh (EIA, 2025 average industrial price): ${formatCents((dgx.serverKw / dgx.gpus) * (dgx.colocationUsdPerKwMonth + dgx.hoursPerMonth * dgx.usdPerKwh))} a GPU a month. Spread over the life of a bought GPU.`,
    source: 'epoch-training-cost',
    asOf: '2023-05',
  },
  'h100-runpod-secure': { label: 'H100 SXM, RunPod secure cloud', source: 'data-receipts', asOf: '2026-11-09' },
  'h100-nebius': { label: 'H100 SXM, Nebius (HGX H100)', source: 'silybench', asOf: '2026-09-25' },
  'h100-lambda': { label: 'H100 SXM, Lambda (1 GPU)', source: 'silybench', asOf: '2026-09-25' },
  'h100-lambda-8x': {
    label: 'H100 SXM, Lambda 8-GPU machine',
    note: 'Sold as 8 GPUs at $31.92 an hour: GPUs are counted in whole machines.',
    source: 'silybench',
    asOf: '2026-09-25',
  },
  'h100-aws': {
    label: 'H100, AWS p5.48xlarge',
    note: '8 GPUs at $55.04 an hour.',
    source: 'data-receipts',
    asOf: '2026-11-09',
  },
  'h100-gcp': { label: 'H100, Google Cloud a3-highgpu-1g', source: 'silybench', asOf: '2026-09-26' },
  'h100-azure': { label: 'H100, Azure ND96isr H100 v5', source: 'data-receipts', asOf: '2026-11-09' },
  'h100-reserved-1y': {
    label: 'H100, one-year reservation at a smaller cloud',
    note: 'A market price for committed capacity, not one provider’s list price: you pay for every hour of the year.',
    source: 'semianalysis-reserved',
    asOf: '2026-03',
  },
  'h200-runpod-community': { label: 'H200, RunPod community cloud', source: 'silybench', asOf: '2026-09-25' },
  'h200-runpod-secure': { label: 'H200, RunPod secure cloud', source: 'silybench', asOf: '2026-09-25' },
  'h200-nebius': { label: 'H200, Nebius (HGX H200)', source: 'silybench', asOf: '2026-09-25' },
  'b200-runpod-community': { label: 'B200, RunPod community cloud', source: 'silybench', asOf: '2026-09-25' },
  'b200-runpod-secure': { label: 'B200, RunPod secure cloud', source: 'silybench', asOf: '2026-09-25' },
  'b200-lambda': { label: 'B200, Lambda (1 GPU)', source: 'silybench', asOf: '2026-09-25' },
  'b200-nebius': { label: 'B200, Nebius (HGX B200)', source: 'silybench', asOf: '2026-09-25' },
  'rtx-pro-6000-runpod-community': {
    label: 'RTX PRO 6000 Server Edition, RunPod community cloud',
    source: 'gpu-price-feed',
    asOf: '2026-08-23',
  },
  'rtx-pro-6000-runpod-secure': {
    label: 'RTX PRO 6000 Server Edition, RunPod secure cloud',
    source: 'gpu-price-feed',
    asOf: '2026-08-23',
  },
  'rtx-pro-6000-hyperstack': {
    label: 'RTX PRO 6000 Server Edition, Hyperstack',
    source: 'hyperstack',
    asOf: '2026-08-26',
  },
  'a100-runpod-secure': { label: 'A100 80GB, RunPod secure cloud', source: 'silybench', asOf: '2026-09-25' },
  'a100-aws': { label: 'A100 80GB, AWS p4de', source: 'data-receipts', asOf: '2026-11-09' },
  'l40s-runpod-secure': { label: 'L40S, RunPod secure cloud', source: 'silybench', asOf: '2026-09-25' },
  'a10-lambda': { label: 'A10 24GB, Lambda', source: 'silybench', asOf: '2026-09-25' },
};

// Built in a pure call, so a bundle that takes only the labels above drops it and the serving labels.
export const THROUGHPUT_PRESET_NOTES: Readonly<Record<ThroughputPresetId, PresetNotes>> = /* @__PURE__ */ (() =>
  Object.fromEntries(Object.entries(SERVING_LABELS).map(([id, label]) => [id, { label }])) as Record<
    ThroughputPresetId,
    PresetNotes
  >)();

export const TUNE_PRESET_NOTES: Readonly<Record<TunePresetId, SourcedNotes>> = {
  'fireworks-glm-5.3-flash-lora': {
    label: 'GLM 5.3 Flash LoRA on Fireworks, per token',
    source: 'fireworks-pricing',
    asOf: '2026-10-07',
    note: `The only base model whose LoRA adapters Fireworks serves per token, at the base model’s price (its serverless docs, read 6 December 2026; a preview); that price, ${formatUnitPrice(tune('fireworks-glm-5.3-flash-lora').priceIn)} in and ${formatUnitPrice(tune('fireworks-glm-5.3-flash-lora').priceOut)} out per 1M tokens, is from Maxim’s Bifrost model library (undated). GLM 5.3 Flash has 320B parameters, 18B active; training is priced at Fireworks’ LoRA rate for models above 300B, ${formatUnitPrice(tune('fireworks-glm-5.3-flash-lora').train)} per 1M training tokens, as the pricing page read on 7 October 2026 lists it; which bracket Fireworks applies to a mixture of experts is not stated.`,
  },
  'fireworks-8b-lora-h100': {
    label: '8B model LoRA on Fireworks, one dedicated H100',
    source: 'fireworks-pricing',
    asOf: '2026-10-07',
    note: `Fireworks trains a LoRA of a model up to 16B for ${formatUnitPrice(tune('fireworks-8b-lora-h100').train)} per 1M training tokens and serves it only on a dedicated deployment: one on-demand H100 at ${formatCents(FIREWORKS_H100_HOURLY)} an hour, 730 hours a month (pricing page read on 7 October 2026). One GPU is assumed whatever the volume; past what one H100 serves, add GPUs as on the self-hosted path.`,
  },
  'gpt-4.1-mini-ft': {
    label: 'OpenAI GPT-4.1 mini, fine-tuned',
    source: 'openai-pricing',
    asOf: '2025-08-21',
    note: openAiFineTune('gpt-4.1-mini-ft', (d) => `: GPT-4.1 mini on ${d}.`),
  },
  'gpt-4.1-nano-ft': {
    label: 'OpenAI GPT-4.1 nano, fine-tuned',
    source: 'openai-pricing',
    asOf: '2025-08-21',
    note: openAiFineTune(
      'gpt-4.1-nano-ft',
      (d) => `; fine-tuned GPT-4.1 nano models were shut down on ${d} (notice of 22 April 2026).`,
    ),
  },
  'gpt-4.1-ft': {
    label: 'OpenAI GPT-4.1, fine-tuned',
    source: 'openai-pricing',
    asOf: '2025-08-21',
    note: openAiFineTune('gpt-4.1-ft', (d) => `: GPT-4.1 on ${d}.`),
  },
};

const { realtime: REALTIME, ttft: TTFT, itl: ITL } = TARGET_WORDS;

/** The latency targets, where each is defined, and the day. */
export const LATENCY_TARGET_NOTES: Readonly<Record<LatencyTargetId, SourcedNotes>> = {
  interactive: {
    label: `Interactive: first token within ${TTFT}`,
    note: `silybench’s target: first token within ${TTFT} for 99% of requests and ${ITL} between tokens (median), as a chat or assistant that streams its answer needs.`,
    source: 'silybench',
    asOf: '2026-09-25',
  },
  realtime: {
    label: `Real-time: first token within ${REALTIME}`,
    note: `The article’s case for running a model yourself: first token within ${REALTIME} for 95% of requests at your prompt length.`,
    source: 'article',
    asOf: '2026-06',
  },
  batch: {
    label: 'Batch: no latency target',
    note: 'Maximum-load figures: what a GPU serves when nobody waits for the answer.',
    source: 'tensorrt-llm',
    asOf: '2025',
  },
};
