import { PRICE_DATA } from '../presets/api-models.ts';
import type { PathId } from './costs.ts';
import { isNumberKey, NUMBER_KEYS, type NumberKey } from './fields.ts';
import { type CostInputs, decodeCostInputs, encodeCostInputs, presetOf } from './inputs.ts';
import { isPresetKey } from './keys.ts';
import type { CostReport } from './report.ts';

// A scenario as a file: what the reader changed (as the link carries it), every value the results used,
// the results, and what they rest on. Reading one back goes through the URL's one validator.

/** What a scenario file says it is. Readers of another format or a later version refuse it, naming why. */
export const SCENARIO_FORMAT = 'model-path-cost-scenario';
export const SCENARIO_VERSION = 1;
/** A scenario is a few kilobytes; a file past this is not one. */
export const SCENARIO_MAX_BYTES = 1_000_000;

/** Why a file that size is refused. */
export const tooLarge = (bytes: number): string =>
  `This file is ${(bytes / 1e6).toFixed(1)} MB; a scenario is a few kilobytes.`;

type Cell = { readonly now: number; readonly last: number; readonly total: number; readonly per1k: number };

export interface ScenarioFile {
  readonly format: typeof SCENARIO_FORMAT;
  readonly version: typeof SCENARIO_VERSION;
  /** The calculator's address, the link that reopens the scenario, and the day the file was written. */
  readonly site: string;
  readonly link: string;
  readonly day: string;
  /** The price dataset the model prices come from. */
  readonly dataset: { readonly package: string; readonly version: string; readonly asOf: string };
  /** The inputs the reader changed, as the link's parameters: what opening the file sets. */
  readonly changed: Readonly<Record<string, string>>;
  /** Every value the results used. */
  readonly values: CostInputs;
  /** The results: each path's cost in the expected case (USD), and the break-even with its band. */
  readonly results: {
    readonly paths: Readonly<Partial<Record<PathId, Cell>>>;
    readonly breakEven: number | null;
    readonly breakEvenLow: number | null;
    readonly breakEvenHigh: number | null;
    readonly gpus: number;
  };
}

/** The scenario of a set of inputs and their report, written from `site` (the calculator's address) on `day`. */
export function scenarioOf(inputs: CostInputs, r: CostReport, site: string, day: string): ScenarioFile {
  const query = encodeCostInputs(inputs);
  const paths = Object.fromEntries(
    r.shown.map((p) => {
      const x = r.paths[p];
      const cell: Cell = {
        now: x.monthlyNow.expected,
        last: x.monthlyAtHorizon.expected,
        total: x.totalOverHorizon.expected,
        per1k: x.per1kRequests.expected,
      };
      return [p, cell];
    }),
  );
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    site,
    link: `${site}${query ? `?${query}` : ''}`,
    day,
    dataset: { package: PRICE_DATA.package, version: PRICE_DATA.version, asOf: PRICE_DATA.asOf },
    changed: Object.fromEntries(new URLSearchParams(query)),
    values: inputs,
    results: {
      paths,
      breakEven: r.breakEven,
      breakEvenLow: r.breakEvenLow,
      breakEvenHigh: r.breakEvenHigh,
      gpus: r.gpus,
    },
  };
}

/** A preset's number that differs now from the file's: the list price or rate it was written with, and today's. */
export interface PriceSince {
  readonly key: NumberKey;
  readonly was: number;
  readonly now: number;
}

/** A scenario read back: its inputs and what has changed since it was written, or why it cannot be used. */
export type ScenarioRead =
  | {
      readonly ok: true;
      readonly inputs: CostInputs;
      /** Preset numbers (prices, rates) that are not what the file was written with. */
      readonly since: readonly PriceSince[];
      /** The file's price dataset, where it is not the one in use. */
      readonly dataset?: ScenarioFile['dataset'];
    }
  | { readonly ok: false; readonly message: string; readonly field?: string };

const refuse = (message: string, field?: string): ScenarioRead => ({ ok: false, message, ...(field ? { field } : {}) });

/** The first key anywhere in a JSON value that could reach an object's prototype. */
function prototypeKey(v: unknown): string | undefined {
  if (Array.isArray(v)) return v.map(prototypeKey).find((k) => k !== undefined);
  if (typeof v !== 'object' || v === null) return undefined;
  for (const [k, x] of Object.entries(v)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') return k;
    const inner = prototypeKey(x);
    if (inner) return inner;
  }
  return undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a scenario file's text. Anything that is not a scenario of this format and version, or whose changed
 * inputs the calculator's validator refuses, is refused whole with a message naming the field; nothing is
 * half-applied.
 */
export function readScenario(text: string, dataset: ScenarioFile['dataset'] = PRICE_DATA): ScenarioRead {
  if (text.length > SCENARIO_MAX_BYTES) return refuse(tooLarge(text.length));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('This file is not JSON, so it is not a scenario this calculator wrote.');
  }
  if (!isRecord(json) || json.format !== SCENARIO_FORMAT)
    return refuse(`This file is not a cost scenario: its “format” is not “${SCENARIO_FORMAT}”.`, 'format');
  const bad = prototypeKey(json);
  if (bad) return refuse(`This file has a key named “${bad}”, which no scenario has.`, bad);
  if (json.version !== SCENARIO_VERSION)
    return refuse(
      `This file is version ${JSON.stringify(json.version)} of the scenario format; this calculator reads version ${SCENARIO_VERSION}.`,
      'version',
    );
  const changed = json.changed;
  if (!isRecord(changed)) return refuse('This file has no “changed” inputs object.', 'changed');
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(changed)) {
    if (!isNumberKey(k) && !isPresetKey(k)) return refuse(`“${k}” is not an input of this calculator.`, k);
    if (typeof v !== 'string' && typeof v !== 'number') return refuse(`“${k}” is not a value.`, k);
    params.set(k, String(v));
  }
  const decoded = decodeCostInputs(params);
  const first = decoded.rejected[0];
  if (first) return refuse(`“${first.name}” = “${first.value.slice(0, 40)}”: ${first.message}`, first.name);
  const inputs = decoded.value;
  // Numbers that follow a preset and were not changed by the reader: today's preset may differ from the file's.
  const values = isRecord(json.values) ? json.values : {};
  const since = NUMBER_KEYS.flatMap((key): PriceSince[] => {
    const was = values[key];
    return presetOf(key) && !(key in changed) && typeof was === 'number' && was !== inputs[key]
      ? [{ key, was, now: inputs[key] }]
      : [];
  });
  const theirs = isRecord(json.dataset) ? json.dataset : {};
  const sameData = theirs.version === dataset.version && theirs.asOf === dataset.asOf;
  return {
    ok: true,
    inputs,
    since,
    ...(sameData
      ? {}
      : { dataset: { package: String(theirs.package), version: String(theirs.version), asOf: String(theirs.asOf) } }),
  };
}
