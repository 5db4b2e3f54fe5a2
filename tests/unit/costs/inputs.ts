import {
  type CostInputs,
  defaultInputs,
  NUMBER_KEYS,
  PRESET_KEYS,
  type PresetKey,
  withPreset,
  withValue,
} from '../../../src/rules/index.ts';

/**
 * The default inputs changed as a reader would change them, through the calculator's state rules:
 * presets first, then each number; a field that still holds its default follows what it depends on
 * (prices follow their preset, a GPU's request rate the request shape) unless it is given too.
 */
export function inputs(over: Partial<CostInputs> = {}): CostInputs {
  let i = defaultInputs();
  for (const k of PRESET_KEYS) {
    const id = over[k];
    // Each kind's id goes with its own key; the loop cannot say so to the type checker.
    if (id !== undefined) i = withPreset(i, k as PresetKey, id as never);
  }
  for (const k of NUMBER_KEYS) {
    const v = over[k];
    if (v !== undefined) i = withValue(i, k, v);
  }
  return i;
}

/** A serving setup whose replica is one GPU (silybench's Qwen3-8B run), which the hand-worked cases assume. */
export const ONE_GPU = { tput: 'qwen3-8b-h100-bf16' } as const satisfies Partial<CostInputs>;

/** The loaded-cost factor the calculator starts with, read from the rules (its source is reproduced in costs.test.ts). */
export const LOADED = defaultInputs().loaded;
