import type { FigureValue } from './types.ts';

// One constant per figure, its id, number and unit only, so a browser bundle that needs a few figures
// carries those and nothing else (written out in full: a spread would keep every figure in every bundle).
// Their sources, dates and words are in `figures/notes.ts`; `figures/figures.ts` joins the two into the table
// that `/sources/` prints. Ids are public.

// From the article
export const apiShare = {
  id: 'api-share',
  value: 80,
  unit: 'percent',
} as const satisfies FigureValue;

export const apiSweetSpot = {
  id: 'api-sweet-spot',
  value: { low: 1_000, high: 5_000_000 },
  unit: 'requests-per-month',
} as const satisfies FigureValue;

export const trainScratchCost = {
  id: 'train-scratch-cost',
  value: { low: 2_000_000, high: 10_000_000 },
  unit: 'usd',
} as const satisfies FigureValue;

export const fineTuneCost = {
  id: 'fine-tune-cost',
  value: { low: 500, high: 5_000 },
  unit: 'usd',
} as const satisfies FigureValue;

export const fineTuneDuration = {
  id: 'fine-tune-duration',
  value: 1,
  unit: 'weeks',
} as const satisfies FigureValue;

export const hybridValueShare = {
  id: 'hybrid-value-share',
  value: 90,
  unit: 'percent',
} as const satisfies FigureValue;

export const hybridCostShare = {
  id: 'hybrid-cost-share',
  value: 10,
  unit: 'percent',
} as const satisfies FigureValue;

export const latencyThreshold = {
  id: 'latency-threshold',
  value: 50,
  unit: 'ms',
} as const satisfies FigureValue;

export const scaleThreshold = {
  id: 'scale-threshold',
  value: 1_000_000,
  unit: 'requests-per-day',
} as const satisfies FigureValue;

export const scaleHorizon = {
  id: 'scale-horizon',
  value: 12,
  unit: 'months',
} as const satisfies FigureValue;

export const mlTeamCapacity = {
  id: 'ml-team-capacity',
  value: 6,
  unit: 'months',
} as const satisfies FigureValue;

export const visionFps = {
  id: 'vision-fps',
  value: 1_000,
  unit: 'frames-per-second',
} as const satisfies FigureValue;

// API pricing levers
export const batchDiscount = {
  id: 'batch-discount',
  value: 50,
  unit: 'percent',
} as const satisfies FigureValue;

// Latency
export const apiTtft = {
  id: 'api-ttft',
  value: { low: 420, high: 1_420 },
  unit: 'ms',
} as const satisfies FigureValue;

// Self-hosted throughput and latency
export const tput8bH100Max = {
  id: 'tput-8b-h100-max',
  value: 15_220,
  unit: 'output-tokens-per-second',
} as const satisfies FigureValue;

export const tput70bH100PerGpu = {
  id: 'tput-70b-h100-per-gpu',
  value: 2_100,
  unit: 'output-tokens-per-second',
} as const satisfies FigureValue;

export const tput8bH10032Users = {
  id: 'tput-8b-h100-32-users',
  value: 2_529,
  unit: 'output-tokens-per-second',
} as const satisfies FigureValue;

export const ttft8bH1001User = {
  id: 'ttft-8b-h100-1-user',
  value: 61,
  unit: 'ms',
} as const satisfies FigureValue;

export const ttft8bH1001UserShort = {
  id: 'ttft-8b-h100-1-user-short',
  value: 14,
  unit: 'ms',
} as const satisfies FigureValue;

// People
export const wagesShare = {
  id: 'wages-share',
  value: 70.2,
  unit: 'percent',
} as const satisfies FigureValue;

export const compensationPerHour = {
  id: 'compensation-per-hour',
  value: 45.65,
  unit: 'usd-per-hour-worked',
} as const satisfies FigureValue;

export const paidLeavePerHour = {
  id: 'paid-leave-per-hour',
  value: 3.44,
  unit: 'usd-per-hour-worked',
} as const satisfies FigureValue;

// Derived from the three above, to two places (a unit test holds it to them): 45.65 / (32.07 + 3.44).
export const loadedCostFactor = {
  id: 'loaded-cost-factor',
  value: 1.29,
  unit: 'times-pay',
} as const satisfies FigureValue;

// Fine-tuning and training
export const openaiFtGpt41 = {
  id: 'openai-ft-gpt41',
  value: 25,
  unit: 'usd-per-1m-tokens',
} as const satisfies FigureValue;

export const qlora65bGpuHours = {
  id: 'qlora-65b-gpu-hours',
  value: 24,
  unit: 'gpu-hours',
} as const satisfies FigureValue;

export const llama318bGpuHours = {
  id: 'llama31-8b-gpu-hours',
  value: 1_460_000,
  unit: 'gpu-hours',
} as const satisfies FigureValue;

export const llama3170bGpuHours = {
  id: 'llama31-70b-gpu-hours',
  value: 7_000_000,
  unit: 'gpu-hours',
} as const satisfies FigureValue;

export const llama27bGpuHours = {
  id: 'llama2-7b-gpu-hours',
  value: 184_320,
  unit: 'gpu-hours',
} as const satisfies FigureValue;

export const llama270bTrainCost = {
  id: 'llama2-70b-train-cost',
  value: 2_050_000,
  unit: 'usd',
} as const satisfies FigureValue;

export const gpt4TrainCost = {
  id: 'gpt4-train-cost',
  value: 68_800_000,
  unit: 'usd',
} as const satisfies FigureValue;

export const frontierCostGrowth = {
  id: 'frontier-cost-growth',
  value: 2.4,
  unit: 'times-per-year',
} as const satisfies FigureValue;

// Retrieval (RAG)
export const embedOpenaiSmall = {
  id: 'embed-openai-small',
  value: 0.02,
  unit: 'usd-per-1m-tokens',
} as const satisfies FigureValue;

export const embedVoyage = {
  id: 'embed-voyage',
  value: 0.06,
  unit: 'usd-per-1m-tokens',
} as const satisfies FigureValue;

export const pineconeStorage = {
  id: 'pinecone-storage',
  value: 0.33,
  unit: 'usd-per-gb-month',
} as const satisfies FigureValue;

export const pineconeMinimum = {
  id: 'pinecone-minimum',
  value: 50,
  unit: 'usd-per-month',
} as const satisfies FigureValue;

// Operations, people and compliance
export const mlEngineerPay = {
  id: 'ml-engineer-pay',
  value: 140_910,
  unit: 'usd-per-year',
} as const satisfies FigureValue;

export const soc2Type1 = {
  id: 'soc2-type1',
  value: { low: 15_000, high: 40_000 },
  unit: 'usd',
} as const satisfies FigureValue;

export const soc2Type2 = {
  id: 'soc2-type2',
  value: { low: 25_000, high: 75_000 },
  unit: 'usd',
} as const satisfies FigureValue;

export const soc2FirstYear = {
  id: 'soc2-first-year',
  value: { low: 55_000, high: 175_000 },
  unit: 'usd',
} as const satisfies FigureValue;

export const observabilityPaid = {
  id: 'observability-paid',
  value: { low: 79, high: 799 },
  unit: 'usd-per-month',
} as const satisfies FigureValue;
