import type { FigureNotes } from './types.ts';

/** What each figure is, in words, and its caveats, keyed by figure id; `figures/figures.ts` checks the ids match its list. */
export const FIGURE_NOTES = {
  'wages-share': {
    source: 'bls-ecec',
    asOf: '2025-09-12',
    label: 'Wages and salaries as a share of what private employers pay for a worker, June 2025',
    note: 'Benefits make up the rest. The release counts paid leave among benefits, but an annual salary already pays for it, so the loaded-cost factor divides by this share plus paid leave’s.',
  },
  'compensation-per-hour': {
    source: 'bls-ecec',
    asOf: '2025-09-12',
    label: 'What private employers pay for a worker in all, per hour worked, June 2025',
  },
  'loaded-cost-factor': {
    source: 'bls-ecec',
    asOf: '2025-09-12',
    label: 'Loaded-cost factor: what private employers pay in all over what a salary covers (wages and paid leave)',
    note: 'Computed from the release’s figures above, $45.65 ÷ ($32.07 + $3.44); not a number the release prints.',
  },
  'paid-leave-per-hour': {
    source: 'bls-ecec',
    asOf: '2025-09-12',
    label: 'Of that, paid leave (vacation, holidays, sick and personal leave), per hour worked',
    note: 'An annual salary includes it; the calculator’s loaded-cost factor adds only what the salary leaves out.',
  },
  'batch-discount': {
    source: 'openai-pricing',
    asOf: '2025-08-21',
    label: 'Discount on requests sent through a provider’s batch tier',
    note: 'OpenAI’s Batch API and Anthropic’s Message Batches both charge half price on input and output; answers arrive within 24 hours, so it suits work nobody waits for.',
  },
  'api-share': {
    source: 'article',
    asOf: '2026-06',
    label: 'Share of applications for which a hosted API is the right call',
    note: 'The article’s rule of thumb (“the 80% case”), not a survey result.',
  },
  'api-sweet-spot': {
    source: 'article',
    asOf: '2026-06',
    label: 'Request volume where a hosted API is the comfortable choice',
    words: 'thousands to low millions of requests a month',
    note: 'The article says “thousands to low millions”; the bounds are this site’s reading of those words.',
  },
  'train-scratch-cost': {
    source: 'article',
    asOf: '2026-06',
    label: 'Compute cost of training a capable language model from scratch',
    note: 'Compute only: people, data and failed runs come on top.',
  },
  'fine-tune-cost': {
    source: 'article',
    asOf: '2026-06',
    label: 'Compute bill for one fine-tuning run of a modest-sized model on a team’s own data',
    note: 'Compute for the run; the expertise to do it well is extra.',
  },
  'fine-tune-duration': {
    source: 'article',
    asOf: '2026-06',
    label: 'Typical length of a specialized fine-tuning effort',
    words: 'a week of specialized training',
    note: 'The article’s figure for the whole effort. Most of it is preparing data and evaluating the result: the training run itself can take a day of GPU time or less.',
  },
  'hybrid-value-share': {
    source: 'article',
    asOf: '2026-06',
    label: 'Share of a custom model’s value that fine-tuning or RAG captures',
    words: 'about 90% of the value',
  },
  'hybrid-cost-share': {
    source: 'article',
    asOf: '2026-06',
    label: 'Cost of fine-tuning or RAG as a share of a custom model’s cost',
    words: 'about 10% of the cost',
  },
  'latency-threshold': {
    source: 'article',
    asOf: '2026-06',
    label: 'Response time below which a hosted API is hard to use',
    words: 'sub-50 ms responses',
  },
  'scale-threshold': {
    source: 'article',
    asOf: '2026-06',
    label: 'Daily request volume that calls for planning a custom model',
    words: 'more than 1 million requests a day',
  },
  'scale-horizon': {
    source: 'article',
    asOf: '2026-06',
    label: 'Horizon over which to project request volume',
  },
  'ml-team-capacity': {
    source: 'article',
    asOf: '2026-06',
    label: 'ML team capacity needed before building or fine-tuning',
    words: '6+ months of capacity',
  },
  'vision-fps': {
    source: 'article',
    asOf: '2026-06',
    label: 'Frames per second an on-board vision model handles per car, as the article states it',
    note: 'The article’s example of a workload no hosted API can serve: on-device, no cloud dependency. The article gives no source for the number, and this site has not checked it.',
  },
  'api-ttft': {
    source: 'modelstats',
    asOf: '2026-04-03',
    label: 'Time to first token of popular hosted APIs (independent probes)',
    note: 'From Gemini 2.5 Flash-Lite (fastest) to Claude Haiku 4.5 (slowest) in one probe; varies 2–3× by region and prompt.',
  },
  'tput-8b-h100-max': {
    source: 'tensorrt-llm',
    asOf: '2025',
    label: 'Llama 3.1 8B (FP8) on one H100, TensorRT-LLM, max load, 1,000 in / 1,000 out',
    note: 'Offline maximum: an upper bound that latency-bound serving does not reach.',
  },
  'tput-70b-h100-per-gpu': {
    source: 'tensorrt-llm',
    asOf: '2025',
    label: 'Llama 3.3 70B (FP8) on two H100s, TensorRT-LLM, per GPU, 1,000 in / 1,000 out',
    note: '4,205 tokens a second across both GPUs; an upper bound.',
  },
  'tput-8b-h100-32-users': {
    source: 'silybench',
    asOf: '2026-09-24',
    label: 'Qwen3-8B (BF16) on one H100 with vLLM, 32 concurrent users, 2,048 in / 2,048 out: output tokens',
    note: '1.23 requests a second at this shape; time to first token p95 1.39 s at this load. The calculator models requests a second for your own shape from the same benchmark.',
  },
  'ttft-8b-h100-1-user': {
    source: 'silybench',
    asOf: '2026-09-24',
    label: 'Qwen3-8B on one H100 with vLLM, one user, 2,048-token prompt: time to first token (p95)',
    note: 'The prompt is most of the wait: the same run measured 34 ms at 1,024 prompt tokens and 254 ms at 8,192.',
  },
  'ttft-8b-h100-1-user-short': {
    source: 'silybench',
    asOf: '2026-09-24',
    label: 'Qwen3-8B on one H100 with vLLM, one user, 128-token prompt: time to first token (p95)',
  },
  'openai-ft-gpt41': {
    source: 'openai-pricing',
    asOf: '2025-08-21',
    label: 'OpenAI supervised fine-tuning of GPT-4.1, per 1M training tokens',
    note: 'GPT-4.1 mini: $5; GPT-4.1 nano: $1.50.',
  },
  'qlora-65b-gpu-hours': {
    source: 'qlora',
    asOf: '2023-05',
    label: 'QLoRA fine-tune of a 65B model on one 48 GB GPU',
  },
  'llama31-8b-gpu-hours': {
    source: 'llama31-card',
    asOf: '2024-07',
    label: 'Llama 3.1 8B pretraining (H100-80GB)',
  },
  'llama31-70b-gpu-hours': {
    source: 'llama31-card',
    asOf: '2024-07',
    label: 'Llama 3.1 70B pretraining (H100-80GB)',
  },
  'llama2-7b-gpu-hours': {
    source: 'llama2-card',
    asOf: '2023-07',
    label: 'Llama 2 7B pretraining (A100-80GB)',
  },
  'llama2-70b-train-cost': {
    source: 'epoch-costs',
    asOf: '2025-07-03',
    label: 'Estimated training cost of Llama 2 70B',
  },
  'gpt4-train-cost': {
    source: 'epoch-costs',
    asOf: '2025-07-03',
    label: 'Estimated training cost of GPT-4',
  },
  'frontier-cost-growth': {
    source: 'epoch-paper',
    asOf: '2024-05',
    label: 'Yearly growth of frontier training costs',
    note: 'Hardware is 47–67% of the cost, staff 29–49%, energy 2–6%.',
  },
  'embed-openai-small': {
    source: 'litellm',
    asOf: '2026-07-24',
    label: 'OpenAI text-embedding-3-small',
    note: 'text-embedding-3-large: $0.13.',
  },
  'embed-voyage': {
    source: 'litellm',
    asOf: '2026-07-24',
    label: 'Voyage 3.5 embeddings',
  },
  'pinecone-storage': {
    source: 'pinecone',
    asOf: '2026-11-04',
    label: 'Pinecone Standard storage (AWS us-east-1)',
    note: 'Plus $16 per 1M read units and $4 per 1M write units.',
  },
  'pinecone-minimum': {
    source: 'pinecone',
    asOf: '2026-11-04',
    label: 'Pinecone Standard minimum spend',
  },
  'ml-engineer-pay': {
    source: 'bls',
    asOf: '2024-05',
    label: 'Median pay of computer and information research scientists (US)',
    note: 'Salary only, before benefits and overhead.',
  },
  'soc2-type1': {
    source: 'strac-soc2',
    asOf: '2026-05-26',
    label: 'SOC 2 Type 1 audit fees',
  },
  'soc2-type2': {
    source: 'strac-soc2',
    asOf: '2026-05-26',
    label: 'SOC 2 Type 2 audit fees',
  },
  'soc2-first-year': {
    source: 'strac-soc2',
    asOf: '2026-05-26',
    label: 'First-year SOC 2 program, all in',
  },
  'observability-paid': {
    source: 'helicone',
    asOf: '2026-09-20',
    label: 'Hosted LLM observability (Helicone), paid plans',
    note: 'A free tier covers 10,000 requests.',
  },
} as const satisfies Record<string, FigureNotes>;

/** A figure's id: public, as `/sources/#fig-<id>`. */
export type FigureId = keyof typeof FIGURE_NOTES;
