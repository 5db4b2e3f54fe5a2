import * as d from './data.ts';
import { FIGURE_NOTES, type FigureId } from './notes.ts';
import { figurePoint } from './point.ts';
import type { Figure, FigureValue } from './types.ts';

export type { Figure, FigureNotes, FigureValue, Range, Unit } from './types.ts';
export type { FigureId };

/**
 * Every figure the guide states, in groups as on `/sources/`; order within a group is reading order.
 * Ids are public (`/sources/#fig-<id>`): rename one only with a redirect anchor.
 */
const GROUPS = [
  {
    id: 'article',
    title: 'From the article',
    figures: [
      d.apiShare,
      d.apiSweetSpot,
      d.trainScratchCost,
      d.fineTuneCost,
      d.fineTuneDuration,
      d.hybridValueShare,
      d.hybridCostShare,
      d.latencyThreshold,
      d.scaleThreshold,
      d.scaleHorizon,
      d.mlTeamCapacity,
      d.visionFps,
    ],
  },
  { id: 'api-pricing', title: 'API pricing', figures: [d.batchDiscount] },
  { id: 'latency', title: 'Latency', figures: [d.apiTtft] },
  {
    id: 'throughput',
    title: 'Self-hosted throughput and latency',
    figures: [d.tput8bH100Max, d.tput70bH100PerGpu, d.tput8bH10032Users, d.ttft8bH1001User, d.ttft8bH1001UserShort],
  },
  {
    id: 'training',
    title: 'Fine-tuning and training',
    figures: [
      d.openaiFtGpt41,
      d.qlora65bGpuHours,
      d.llama318bGpuHours,
      d.llama3170bGpuHours,
      d.llama27bGpuHours,
      d.llama270bTrainCost,
      d.gpt4TrainCost,
      d.frontierCostGrowth,
    ],
  },
  {
    id: 'retrieval',
    title: 'Retrieval (RAG)',
    figures: [d.embedOpenaiSmall, d.embedVoyage, d.pineconeStorage, d.pineconeMinimum],
  },
  {
    id: 'operations',
    title: 'Operations, people and compliance',
    figures: [
      d.mlEngineerPay,
      d.wagesShare,
      d.compensationPerHour,
      d.paidLeavePerHour,
      d.loadedCostFactor,
      d.soc2Type1,
      d.soc2Type2,
      d.soc2FirstYear,
      d.observabilityPaid,
    ],
  },
] as const satisfies readonly { id: string; title: string; figures: readonly FigureValue[] }[];

type ListedFigure = (typeof GROUPS)[number]['figures'][number];

export type FigureGroupId = (typeof GROUPS)[number]['id'];

// Every figure listed here has its words, and every entry of the words is a listed figure.
const everyNoteListed: [Exclude<FigureId, ListedFigure['id']>] extends [never] ? true : false = true;
void everyNoteListed;

export const FIGURE_GROUPS: readonly { id: FigureGroupId; title: string; figures: readonly Figure[] }[] =
  /* @__PURE__ */ GROUPS.map((g) => ({
    id: g.id,
    title: g.title,
    figures: g.figures.map((f): Figure => ({ ...f, ...FIGURE_NOTES[f.id] })),
  }));

export const FIGURES: readonly Figure[] = /* @__PURE__ */ FIGURE_GROUPS.flatMap((g) => g.figures);

const byId = /* @__PURE__ */ new Map<string, Figure>(FIGURES.map((f) => [f.id, f]));

export function figure(id: FigureId): Figure {
  const f = byId.get(id);
  if (!f) throw new Error(`Unknown figure id: ${id}`);
  return f;
}

/** A figure constant of `figures/data.ts` with its source, date and words. */
export function figureOf(f: FigureValue): Figure {
  const found = byId.get(f.id);
  if (!found) throw new Error(`Figure ${f.id} is in no group of /sources/`);
  return found;
}

export function isFigureId(id: string): id is FigureId {
  return byId.has(id);
}

/** `figurePoint` by id. */
export function figureValue(id: FigureId, part: 'low' | 'high' | 'mid' = 'mid'): number {
  return figurePoint(figure(id), part);
}
