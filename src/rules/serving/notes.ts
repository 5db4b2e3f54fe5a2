import { latencyThreshold } from '../figures/data.ts';
import { formatFigure } from '../figures/format.ts';
import type { SourceKey } from '../figures/sources.ts';
import { SILYBENCH_SOURCE } from './data-silybench.ts';
import { type GpuType, gpuCount, type OpenModelId, type ServingSetupId } from './serving.ts';
import { SETUP_DEFS, type SetupDef } from './setups.ts';

// Build time only: the words of the serving setups and the open models. The browser gets numbers alone.

/**
 * The latency targets' numbers as words state them: the article's real-time line, and silybench's
 * interactive target (first token at p99, time between tokens at the median).
 */
export const TARGET_WORDS = {
  realtime: formatFigure(latencyThreshold),
  ttft: `${SILYBENCH_SOURCE.slo.ttftP99Ms / 1000} s`,
  itl: `${SILYBENCH_SOURCE.slo.itlMedianMs} ms`,
} as const;

/** The open models' names. */
export const OPEN_MODEL_NAMES: Readonly<Record<OpenModelId, string>> = {
  'qwen3-8b': 'Qwen3-8B',
  'llama-3.1-8b': 'Llama 3.1 8B Instruct',
  'qwen3-30b-a3b': 'Qwen3-30B-A3B',
  'llama-3.3-70b': 'Llama 3.3 70B Instruct',
  'qwen3-235b-a22b': 'Qwen3-235B-A22B',
};

/** A GPU type as a sentence names it. */
export const GPU_NAMES: Readonly<Record<GpuType, string>> = {
  H100: 'H100 SXM 80GB',
  H200: 'H200 141GB',
  B200: 'B200 180GB',
  'RTX PRO 6000': 'RTX PRO 6000 Blackwell Server Edition 96GB',
  A100: 'A100 80GB',
  L40S: 'L40S 48GB',
  A10: 'A10 24GB',
};

/** Where a setup's points come from, and the day. */
export function setupSource(d: SetupDef): { readonly source: SourceKey; readonly asOf: string } {
  return d.from.kind === 'silybench'
    ? { source: 'silybench', asOf: '2026-09-24' }
    : { source: 'tensorrt-llm', asOf: '2025-09' };
}

/** A setup's name in the menu and in sentences: model, GPUs of one replica, precision, engine. */
export function setupLabel(d: SetupDef): string {
  const layout =
    d.from.kind === 'tensorrt-llm' && d.from.pp > 1
      ? ` (${d.from.tp}-way tensor × ${d.from.pp}-way pipeline parallel)`
      : '';
  return `${OPEN_MODEL_NAMES[d.open]} on ${gpuCount(d.gpusPerReplica, d.gpu)}${layout}, ${d.precision}, ${d.engine}`;
}

/** Words for the serving presets, by id. */
export const SERVING_LABELS: Readonly<Record<ServingSetupId, string>> = Object.fromEntries(
  SETUP_DEFS.map((d) => [d.id, setupLabel(d)]),
) as Record<ServingSetupId, string>;
