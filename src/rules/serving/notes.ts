import type { ServingSetupId } from './serving.ts';

/** Words for the serving presets, by id; numbers are in `serving/serving.ts`. */
export const SERVING_LABELS: Readonly<Record<ServingSetupId, string>> = {
  '8b-interactive': 'Qwen3-8B on one H100, bf16, 32 requests in flight (measured)',
  'qwen3-8b-h100-bf16-c1': 'Qwen3-8B on one H100, bf16, one request at a time: lowest latency (measured)',
  'qwen3-8b-h100-fp8-c32': 'Qwen3-8B on one H100, fp8, 32 requests in flight (measured)',
  'qwen3-8b-h100-fp8-c128':
    'Qwen3-8B on one H100, fp8, 128 requests in flight: more throughput, slower first token (measured)',
  '8b-max': 'Llama 3.1 8B on one H100, fp8, TensorRT-LLM at maximum load (upper bound)',
  '70b-max': 'Llama 3.3 70B on two H100s, fp8, TensorRT-LLM at maximum load, per GPU (upper bound)',
};
