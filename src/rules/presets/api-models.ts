import type { SourceKey } from '../figures/sources.ts';
import type { OpenModelId } from '../serving/serving.ts';

/**
 * The API price dataset the calculator reads at build time. To update prices, run
 * `npm update @pydantic/genai-prices`, then set `version` to the installed version and `asOf` to
 * the day you updated: prices are those in force on `asOf`. A unit test fails until both agree.
 */
export const PRICE_DATA = { package: '@pydantic/genai-prices', version: '0.1.8', asOf: '2026-12-01' } as const;

/** A model the calculator offers, named as the dataset names it. */
export interface CuratedModel {
  /** Value of the `model` URL parameter: the dataset's model id at its maker, `provider/model` at a host. Public. */
  readonly id: string;
  /** The dataset's provider id. */
  readonly provider: string;
  /** The dataset's model id at that provider. */
  readonly model: string;
  /** Whether the model spends reasoning (thinking) tokens, billed as output. */
  readonly reasoning: boolean;
  /** The open model it is, where a host serves an open model the calculator can self-host. */
  readonly open?: OpenModelId;
  /** A router that resells other hosts' serving (OpenRouter), not a host that serves the model itself. */
  readonly router?: true;
  /** The day the provider retires the model, as its deprecation notice gives it (the notes name the notice). */
  readonly retires?: string;
}

/**
 * The API presets, in the order the model menu lists them: the current large, mid and small model
 * of each maker, then the earlier ones the site has offered, then open-weight models at hosts.
 * The build fails, naming the id, if the dataset lacks one.
 */
export const CURATED_MODELS = [
  { id: 'gpt-5.6-sol', provider: 'openai', model: 'gpt-5.6-sol', reasoning: true },
  { id: 'gpt-5.6-terra', provider: 'openai', model: 'gpt-5.6-terra', reasoning: true },
  { id: 'gpt-5.6-luna', provider: 'openai', model: 'gpt-5.6-luna', reasoning: true },
  { id: 'claude-opus-5-5', provider: 'anthropic', model: 'claude-opus-5-5', reasoning: true },
  { id: 'claude-sonnet-5', provider: 'anthropic', model: 'claude-sonnet-5', reasoning: true },
  { id: 'claude-haiku-4-5', provider: 'anthropic', model: 'claude-haiku-4-5', reasoning: true },
  { id: 'gemini-3.1-pro-preview', provider: 'google', model: 'gemini-3.1-pro-preview', reasoning: true },
  { id: 'gemini-3.8-flash', provider: 'google', model: 'gemini-3.8-flash', reasoning: true },
  { id: 'gemini-3.5-flash-lite', provider: 'google', model: 'gemini-3.5-flash-lite', reasoning: true },
  { id: 'gpt-5', provider: 'openai', model: 'gpt-5', reasoning: true },
  { id: 'gpt-5-mini', provider: 'openai', model: 'gpt-5-mini', reasoning: true, retires: '2026-12-11' },
  { id: 'gpt-5-nano', provider: 'openai', model: 'gpt-5-nano', reasoning: true },
  { id: 'gpt-4.1', provider: 'openai', model: 'gpt-4.1', reasoning: false, retires: '2027-01-14' },
  { id: 'gpt-4.1-mini', provider: 'openai', model: 'gpt-4.1-mini', reasoning: false, retires: '2027-01-14' },
  { id: 'gpt-4o', provider: 'openai', model: 'gpt-4o', reasoning: false, retires: '2027-01-14' },
  { id: 'gpt-4o-mini', provider: 'openai', model: 'gpt-4o-mini', reasoning: false, retires: '2027-01-14' },
  { id: 'claude-sonnet-4-5', provider: 'anthropic', model: 'claude-sonnet-4-5', reasoning: true },
  { id: 'claude-opus-4-5', provider: 'anthropic', model: 'claude-opus-4-5', reasoning: true },
  { id: 'gemini-2.5-pro', provider: 'google', model: 'gemini-2.5-pro', reasoning: true, retires: '2026-12-01' },
  { id: 'gemini-2.5-flash', provider: 'google', model: 'gemini-2.5-flash', reasoning: true, retires: '2026-12-01' },
  { id: 'gemini-2.5-flash-lite', provider: 'google', model: 'gemini-2.5-flash-lite', reasoning: true },
  { id: 'groq/openai/gpt-oss-120b', provider: 'groq', model: 'openai/gpt-oss-120b', reasoning: true },
  { id: 'fireworks/gpt-oss-120b', provider: 'fireworks', model: 'gpt-oss-120b', reasoning: true },
  { id: 'groq/qwen/qwen3-32b', provider: 'groq', model: 'qwen/qwen3-32b', reasoning: true },
  {
    id: 'fireworks/qwen3-235b-a22b',
    provider: 'fireworks',
    model: 'qwen3-235b-a22b',
    reasoning: true,
    open: 'qwen3-235b-a22b',
  },
  {
    id: 'groq/llama-3.1-8b-instant',
    provider: 'groq',
    model: 'llama-3.1-8b-instant',
    reasoning: false,
    open: 'llama-3.1-8b',
  },
  {
    id: 'together/meta-llama/Llama-3.3-70B-Instruct-Turbo',
    provider: 'together',
    model: 'meta-llama/Llama-3.3-70B-Instruct-Turbo',
    reasoning: false,
    open: 'llama-3.3-70b',
  },
  {
    id: 'novita/meta-llama/llama-3.1-8b-instruct',
    provider: 'novita',
    model: 'meta-llama/llama-3.1-8b-instruct',
    reasoning: false,
    open: 'llama-3.1-8b',
  },
  {
    id: 'groq/llama-3.3-70b-versatile',
    provider: 'groq',
    model: 'llama-3.3-70b-versatile',
    reasoning: false,
    open: 'llama-3.3-70b',
  },
  {
    id: 'novita/meta-llama/llama-3.3-70b-instruct',
    provider: 'novita',
    model: 'meta-llama/llama-3.3-70b-instruct',
    reasoning: false,
    open: 'llama-3.3-70b',
  },
  {
    id: 'openrouter/qwen/qwen3-8b',
    provider: 'openrouter',
    model: 'qwen/qwen3-8b',
    reasoning: true,
    open: 'qwen3-8b',
    router: true,
  },
  {
    id: 'openrouter/qwen/qwen3-30b-a3b',
    provider: 'openrouter',
    model: 'qwen/qwen3-30b-a3b',
    reasoning: true,
    open: 'qwen3-30b-a3b',
    router: true,
  },
  {
    id: 'openrouter/qwen/qwen3-235b-a22b',
    provider: 'openrouter',
    model: 'qwen/qwen3-235b-a22b',
    reasoning: true,
    open: 'qwen3-235b-a22b',
    router: true,
  },
] as const satisfies readonly CuratedModel[];

/** A model the site once offered that the dataset no longer lists: a dated snapshot of its price. */
export interface SnapshotModel {
  readonly id: string;
  readonly priceIn: number;
  readonly priceOut: number;
  readonly source: SourceKey;
  readonly asOf: string;
  readonly reasoning: boolean;
}

export const SNAPSHOT_MODELS = [
  {
    id: 'llama-3.1-8b-deepinfra',
    priceIn: 0.03,
    priceOut: 0.05,
    source: 'litellm',
    asOf: '2026-07-24',
    reasoning: false,
  },
] as const satisfies readonly SnapshotModel[];

export type ApiPresetId = (typeof CURATED_MODELS)[number]['id'] | (typeof SNAPSHOT_MODELS)[number]['id'];
