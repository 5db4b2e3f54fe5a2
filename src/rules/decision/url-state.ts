import { type Decoded, type RejectedParam, toParams } from '../url/params.ts';

export const ANSWERS = ['yes', 'no'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Query parameters of `/decide/`, one a question, in the order they are written back to a URL. */
export const QUESTION_IDS = ['api', 'team', 'rag', 'scale'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** Why the codec drops a value, for the notice (the cost calculator's codec words its own likewise). */
export const NOT_AN_ANSWER = 'answers are yes or no';

/** The reader's answers so far, by question. */
export type Answers = Partial<Record<QuestionId, Answer>>;

/**
 * Answers are checked against the `ANSWERS` tuple: the one validator of the tree's URL state, run
 * by the island, the build and the tests alike (zod's runtime would add about 3.4 KB gzip to the
 * decision page to check two words).
 */
function isAnswer(v: string | undefined): v is Answer {
  return (ANSWERS as readonly (string | undefined)[]).includes(v);
}

/**
 * Reads decision answers from a query string. Each of `api`, `team`, `rag`, `scale` must be
 * `yes` or `no`; anything else (or a parameter given twice with different values) is dropped and
 * reported. Other parameters are not ours and are left alone.
 */
export function decodeAnswers(search: string | URLSearchParams): Decoded<Answers> {
  const params = toParams(search);
  const value: Answers = {};
  const rejected: RejectedParam[] = [];
  for (const id of QUESTION_IDS) {
    const all = params.getAll(id);
    if (all.length === 0) continue;
    const first = all[0];
    if (isAnswer(first) && all.every((v) => v === first)) value[id] = first;
    else rejected.push({ name: id, value: all.join(', '), message: NOT_AN_ANSWER });
  }
  return { value, rejected };
}

/** Writes answers as a query string in the canonical order (`api=no&team=no`), without `?`. */
export function encodeAnswers(answers: Answers): string {
  const params = new URLSearchParams();
  for (const id of QUESTION_IDS) {
    const a = answers[id];
    if (a) params.set(id, a);
  }
  return params.toString();
}

/** The decision tree opened on a set of answers: `/decide/?api=yes&scale=no`, or `/decide/` for none. */
export function treePath(answers: Answers): string {
  const query = encodeAnswers(answers);
  return query ? `/decide/?${query}` : '/decide/';
}
