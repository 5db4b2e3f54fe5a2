import { z } from 'zod';
import { ANSWERS, QUESTION_IDS } from './decision.ts';

/**
 * The decision tree's answers as a zod schema: each of `api`, `team`, `rag`, `scale` optional,
 * and `yes` or `no`. Used at build time and in tests; `decodeAnswers` applies the same rule in the
 * browser without zod's runtime, and a property test proves the two agree.
 */
export const answersSchema = z.partialRecord(z.enum(QUESTION_IDS), z.enum(ANSWERS));

export type AnswersInput = z.input<typeof answersSchema>;
