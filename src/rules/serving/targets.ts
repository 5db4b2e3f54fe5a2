import { latencyThreshold } from '../figures/data.ts';

/**
 * The latency targets a self-hosted model's capacity is read at (the `slo` parameter; ids are public).
 * `interactive`: silybench's target, time to first token within 2 s for 99% of requests and a median of
 * 50 ms between tokens. `realtime`: first token within 50 ms for 95% of requests at the reader's prompt
 * length (the article's sub-50 ms case). `batch`: no target, the GPU kept full (maximum load).
 */
export const LATENCY_TARGETS = [{ id: 'interactive' }, { id: 'realtime' }, { id: 'batch' }] as const;

/** The real-time target's first token, ms (p95): the article's line for a hosted API, `latency-threshold`. */
export const REALTIME_TTFT_MS = latencyThreshold.value;
export type LatencyTarget = (typeof LATENCY_TARGETS)[number];
export type LatencyTargetId = LatencyTarget['id'];
