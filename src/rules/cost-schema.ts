import { z } from 'zod';
import {
  DEFAULT_PRESETS,
  FIELD_BY_KEY,
  fieldDefault,
  fieldMessages,
  NUMBER_KEYS,
  type NumberKey,
} from './cost-inputs.ts';
import { FIELD_TEXT } from './cost-text.ts';
import { API_PRESETS, GPU_PRESETS, THROUGHPUT_PRESETS, TUNE_PRESETS } from './presets.ts';

/**
 * The calculator's inputs as a zod schema, generated from the field table: each number with its
 * bounds, whole-number rule, unit (as its description) and default. Used at build time and in
 * tests; the browser checks the same table with `checkField`, which a test proves equivalent,
 * because zod's runtime would cost the calculator page about 4 KB gzip.
 */
export function fieldSchema(key: NumberKey) {
  const f = FIELD_BY_KEY[key];
  const base = z
    .number({ error: fieldMessages.empty })
    .min(f.min, { error: fieldMessages.min(f) })
    .max(f.max, { error: fieldMessages.max(f) });
  return (f.integer ? base.int({ error: fieldMessages.whole }) : base).describe(FIELD_TEXT[key].unit);
}

const ids = <T extends { id: string }>(list: readonly T[]): [string, ...string[]] => [
  'custom',
  ...list.map((p) => p.id),
];

export const costInputsSchema = z.object({
  ...(Object.fromEntries(NUMBER_KEYS.map((k) => [k, fieldSchema(k).default(fieldDefault(k))])) as Record<
    NumberKey,
    z.ZodDefault<z.ZodNumber>
  >),
  /** Hosted model whose list prices fill the API fields. */
  model: z.enum(ids(API_PRESETS)).default(DEFAULT_PRESETS.model),
  /** GPU whose hourly price fills the GPU field. */
  gpu: z.enum(ids(GPU_PRESETS)).default(DEFAULT_PRESETS.gpu),
  /** Serving setup whose modelled request rate fills the requests-a-second field. */
  tput: z.enum(ids(THROUGHPUT_PRESETS)).default(DEFAULT_PRESETS.tput),
  /** Fine-tuned model at a provider whose prices fill the hosted fine-tune fields. */
  tune: z.enum(ids(TUNE_PRESETS)).default(DEFAULT_PRESETS.tune),
});

export type CostInputsInput = z.input<typeof costInputsSchema>;
export type CostInputsParsed = z.infer<typeof costInputsSchema>;
