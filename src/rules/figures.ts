import { ARTICLE_FIGURES } from './article-figures.ts';
import type { SourceKey } from './sources.ts';

/** Units a figure can be stated in; `format.ts` knows how to print each. */
export type Unit =
  | 'usd'
  | 'usd-per-month'
  | 'usd-per-year'
  | 'usd-per-1m-tokens'
  | 'usd-per-gb-month'
  | 'ms'
  | 'percent'
  | 'weeks'
  | 'months'
  | 'requests-per-day'
  | 'requests-per-month'
  | 'frames-per-second'
  | 'tokens-per-second'
  | 'gpu-hours'
  | 'times-per-year';

export interface Range {
  readonly low: number;
  readonly high: number;
}

export interface Figure {
  /** Stable id: prose cites it and `/sources/#fig-<id>` links to it. */
  readonly id: string;
  /** What the number is, in a few words. */
  readonly label: string;
  /** A single value, or a range when the source gives one. */
  readonly value: number | Range;
  readonly unit: Unit;
  /** Key into `SOURCES`. */
  readonly source: SourceKey;
  /** When the source published or last showed the figure: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The source's own words where they are looser than the number (the prose may quote them). */
  readonly words?: string;
  /** Caveats a reader should know before relying on the figure. */
  readonly note?: string;
}

/**
 * Every figure the guide states, in groups as on `/sources/`; order within a group is reading order.
 * Ids are public (`/sources/#fig-<id>`): rename one only with a redirect anchor.
 */
export const FIGURE_GROUPS = [
  {
    id: 'article',
    title: 'From the article',
    figures: ARTICLE_FIGURES,
  },
  {
    id: 'latency',
    title: 'Latency',
    figures: [
      {
        id: 'api-ttft',
        label: 'Time to first token of popular hosted APIs (independent probes)',
        value: { low: 420, high: 1_420 },
        unit: 'ms',
        source: 'modelstats',
        asOf: '2026-04-03',
        note: 'From Gemini 2.5 Flash-Lite (fastest) to Claude Haiku 4.5 (slowest) in one probe; varies 2–3× by region and prompt.',
      },
    ],
  },
  {
    id: 'throughput',
    title: 'Self-hosted throughput and latency',
    figures: [
      {
        id: 'tput-8b-h100-max',
        label: 'Llama 3.1 8B (FP8) on one H100, TensorRT-LLM, max load, 1,000 in / 1,000 out',
        value: 15_220,
        unit: 'tokens-per-second',
        source: 'tensorrt-llm',
        asOf: '2025',
        note: 'Offline maximum: an upper bound that latency-bound serving does not reach.',
      },
      {
        id: 'tput-70b-h100-per-gpu',
        label: 'Llama 3.3 70B (FP8) on two H100s, TensorRT-LLM, per GPU, 1,000 in / 1,000 out',
        value: 2_100,
        unit: 'tokens-per-second',
        source: 'tensorrt-llm',
        asOf: '2025',
        note: '4,205 tokens a second across both GPUs; an upper bound.',
      },
      {
        id: 'tput-8b-h100-32-users',
        label: 'Qwen3-8B (BF16) on one H100 with vLLM, 32 concurrent users',
        value: 2_529,
        unit: 'tokens-per-second',
        source: 'silybench',
        asOf: '2026-09-24',
        note: 'Time to first token p95 1.39 s at this load.',
      },
      {
        id: 'ttft-8b-h100-1-user',
        label: 'Qwen3-8B on one H100 with vLLM, one user: time to first token (p95)',
        value: 61,
        unit: 'ms',
        source: 'silybench',
        asOf: '2026-09-24',
      },
    ],
  },
  {
    id: 'training',
    title: 'Fine-tuning and training',
    figures: [
      {
        id: 'openai-ft-gpt41',
        label: 'OpenAI supervised fine-tuning of GPT-4.1, per 1M training tokens',
        value: 25,
        unit: 'usd-per-1m-tokens',
        source: 'openai-pricing',
        asOf: '2025-08-21',
        note: 'GPT-4.1 mini: $5; GPT-4.1 nano: $1.50.',
      },
      {
        id: 'qlora-65b-gpu-hours',
        label: 'QLoRA fine-tune of a 65B model on one 48 GB GPU',
        value: 24,
        unit: 'gpu-hours',
        source: 'qlora',
        asOf: '2023-05',
      },
      {
        id: 'llama31-8b-gpu-hours',
        label: 'Llama 3.1 8B pretraining (H100-80GB)',
        value: 1_460_000,
        unit: 'gpu-hours',
        source: 'llama31-card',
        asOf: '2024-07',
      },
      {
        id: 'llama31-70b-gpu-hours',
        label: 'Llama 3.1 70B pretraining (H100-80GB)',
        value: 7_000_000,
        unit: 'gpu-hours',
        source: 'llama31-card',
        asOf: '2024-07',
      },
      {
        id: 'llama2-7b-gpu-hours',
        label: 'Llama 2 7B pretraining (A100-80GB)',
        value: 184_320,
        unit: 'gpu-hours',
        source: 'llama2-card',
        asOf: '2023-07',
      },
      {
        id: 'llama2-70b-train-cost',
        label: 'Estimated training cost of Llama 2 70B',
        value: 2_050_000,
        unit: 'usd',
        source: 'epoch-costs',
        asOf: '2025-07-03',
      },
      {
        id: 'gpt4-train-cost',
        label: 'Estimated training cost of GPT-4',
        value: 68_800_000,
        unit: 'usd',
        source: 'epoch-costs',
        asOf: '2025-07-03',
      },
      {
        id: 'frontier-cost-growth',
        label: 'Yearly growth of frontier training costs',
        value: 2.4,
        unit: 'times-per-year',
        source: 'epoch-paper',
        asOf: '2024-05',
        note: 'Hardware is 47–67% of the cost, staff 29–49%, energy 2–6%.',
      },
    ],
  },
  {
    id: 'retrieval',
    title: 'Retrieval (RAG)',
    figures: [
      {
        id: 'embed-openai-small',
        label: 'OpenAI text-embedding-3-small',
        value: 0.02,
        unit: 'usd-per-1m-tokens',
        source: 'litellm',
        asOf: '2026-07-24',
        note: 'text-embedding-3-large: $0.13.',
      },
      {
        id: 'embed-voyage',
        label: 'Voyage 3.5 embeddings',
        value: 0.06,
        unit: 'usd-per-1m-tokens',
        source: 'litellm',
        asOf: '2026-07-24',
      },
      {
        id: 'pinecone-storage',
        label: 'Pinecone Standard storage (AWS us-east-1)',
        value: 0.33,
        unit: 'usd-per-gb-month',
        source: 'pinecone',
        asOf: '2026-11-04',
        note: 'Plus $16 per 1M read units and $4 per 1M write units.',
      },
      {
        id: 'pinecone-minimum',
        label: 'Pinecone Standard minimum spend',
        value: 50,
        unit: 'usd-per-month',
        source: 'pinecone',
        asOf: '2026-11-04',
      },
    ],
  },
  {
    id: 'operations',
    title: 'Operations, people and compliance',
    figures: [
      {
        id: 'ml-engineer-pay',
        label: 'Median pay of computer and information research scientists (US)',
        value: 140_910,
        unit: 'usd-per-year',
        source: 'bls',
        asOf: '2024-05',
        note: 'Salary only; benefits and overhead typically add a third or more.',
      },
      {
        id: 'soc2-type1',
        label: 'SOC 2 Type 1 audit fees',
        value: { low: 15_000, high: 40_000 },
        unit: 'usd',
        source: 'strac-soc2',
        asOf: '2026-05-26',
      },
      {
        id: 'soc2-type2',
        label: 'SOC 2 Type 2 audit fees',
        value: { low: 25_000, high: 75_000 },
        unit: 'usd',
        source: 'strac-soc2',
        asOf: '2026-05-26',
      },
      {
        id: 'soc2-first-year',
        label: 'First-year SOC 2 programme, all in',
        value: { low: 55_000, high: 175_000 },
        unit: 'usd',
        source: 'strac-soc2',
        asOf: '2026-05-26',
      },
      {
        id: 'observability-paid',
        label: 'Hosted LLM observability (Helicone), paid plans',
        value: { low: 79, high: 799 },
        unit: 'usd-per-month',
        source: 'helicone',
        asOf: '2026-09-20',
        note: 'A free tier covers 10,000 requests.',
      },
    ],
  },
] as const satisfies readonly { id: string; title: string; figures: readonly Figure[] }[];

type ListedFigure = (typeof FIGURE_GROUPS)[number]['figures'][number];

export type FigureGroupId = (typeof FIGURE_GROUPS)[number]['id'];
export type FigureId = ListedFigure['id'];

export const FIGURES: readonly Figure[] = FIGURE_GROUPS.flatMap((g): readonly Figure[] => g.figures);

const byId = new Map<string, Figure>(FIGURES.map((f) => [f.id, f]));

export function figure(id: FigureId): Figure {
  const f = byId.get(id);
  if (!f) throw new Error(`Unknown figure id: ${id}`);
  return f;
}

export function isFigureId(id: string): id is FigureId {
  return byId.has(id);
}

/** The single number of a figure: the value, or the middle of a range. */
export function figureValue(id: FigureId, part: 'low' | 'high' | 'mid' = 'mid'): number {
  const v = figure(id).value;
  if (typeof v === 'number') return v;
  return part === 'mid' ? (v.low + v.high) / 2 : v[part];
}
