import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Answer,
  type Answers,
  allPaths,
  costScenarioPath,
  DECISION_TEXT,
  decisionMarkdown,
  decodeAnswers,
  encodeAnswers,
  keptAnswers,
  NODES,
  NOT_AN_ANSWER,
  OUTCOMES,
  type OutcomeId,
  outcomeAnswers,
  outcomePath,
  outcomeView,
  pathAnswers,
  QUESTION_IDS,
  QUESTIONS,
  type Reached,
  reachedView,
  treePath,
  walk,
  walkPath,
} from '../../../src/rules/index.ts';

/** The article's tree, written out by hand for every combination of the four answers. */
function expected(a: Record<'api' | 'team' | 'rag' | 'scale', Answer>): OutcomeId {
  if (a.api === 'yes') return a.scale === 'yes' ? 'api-plan-custom' : 'api';
  if (a.team === 'yes') return 'build-or-fine-tune';
  if (a.rag === 'no') return 'hire-or-pivot';
  return a.scale === 'yes' ? 'rag-on-api-plan-custom' : 'rag-on-api';
}

const combos = (['yes', 'no'] as const).flatMap((api) =>
  (['yes', 'no'] as const).flatMap((team) =>
    (['yes', 'no'] as const).flatMap((rag) => (['yes', 'no'] as const).map((scale) => ({ api, team, rag, scale }))),
  ),
);

describe('the decision tree', () => {
  it('has 16 combinations of answers to check', () => {
    expect(combos).toHaveLength(16);
  });

  it.each(combos)('api=$api team=$team rag=$rag scale=$scale reaches the article’s outcome', (answers) => {
    const state = walk(answers);
    expect(state.outcome?.id).toBe(expected(answers));
    expect(state.next).toBeUndefined();
  });

  it.each([
    [{}, 'api', 1, 4],
    [{ api: 'yes' }, 'scale', 2, 2],
    [{ api: 'no' }, 'team', 2, 4],
    [{ api: 'no', team: 'no' }, 'rag', 3, 4],
    [{ api: 'no', team: 'no', rag: 'yes' }, 'scale', 4, 4],
  ] as const)('with %o asks %s next, as question %i of at most %i', (answers, question, number, ofAtMost) => {
    const state = walk(answers);
    expect(state.outcome).toBeUndefined();
    expect(state.next?.question.id).toBe(question);
    expect(state.next?.number).toBe(number);
    expect(state.next?.ofAtMost).toBe(ofAtMost);
  });

  it('ignores answers off the path', () => {
    const state = walk({ api: 'yes', team: 'yes', rag: 'no', scale: 'no' });
    expect(state.steps.map((s) => s.question.id)).toEqual(['api', 'scale']);
    expect(pathAnswers(state)).toEqual({ api: 'yes', scale: 'no' });
  });

  it('gives a reason for every answer on the path', () => {
    const state = walk({ api: 'no', team: 'no', rag: 'yes', scale: 'yes' });
    expect(state.steps.map((s) => s.because)).toEqual([
      NODES.privacy.because.no,
      NODES.team.because.no,
      NODES.rag.because.yes,
      NODES['scale-rag'].because.yes,
    ]);
  });

  it('reaches all six outcomes, each by exactly one path', () => {
    const paths = allPaths();
    expect(paths.map((p) => p.outcome).sort()).toEqual(Object.keys(OUTCOMES).sort());
    for (const p of paths) expect(walk(p.answers).outcome?.id).toBe(p.outcome);
  });

  it.each(Object.values(OUTCOMES))('outcome $id has 3–5 next steps, guide links and a cost scenario', (o) => {
    expect(o.steps.length).toBeGreaterThanOrEqual(3);
    expect(o.steps.length).toBeLessThanOrEqual(5);
    expect(o.links.length).toBeGreaterThan(0);
    for (const l of o.links) expect(l.href).toMatch(/^\/[a-z-]*\/?(#[a-z0-9-]+)?$/);
    expect(Number(o.costScenario.requests)).toBeGreaterThan(0);
  });
});

describe('the decision URL codec', () => {
  it.each([
    ['api=yes&scale=no', { api: 'yes', scale: 'no' }, []],
    ['?api=no&team=no&rag=yes', { api: 'no', team: 'no', rag: 'yes' }, []],
    ['api=maybe&team=no', { team: 'no' }, [{ name: 'api', value: 'maybe', message: NOT_AN_ANSWER }]],
    ['api=YES', {}, [{ name: 'api', value: 'YES', message: NOT_AN_ANSWER }]],
    ['api=yes&api=no', {}, [{ name: 'api', value: 'yes, no', message: NOT_AN_ANSWER }]],
    [
      'api=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      {},
      [{ name: 'api', value: '<script>alert(1)</script>', message: NOT_AN_ANSWER }],
    ],
    ['utm_source=chat&api=yes', { api: 'yes' }, []],
  ] as const)('decodes %s', (search, value, rejected) => {
    expect(decodeAnswers(search)).toEqual({ value, rejected });
  });

  it('encodes in the canonical order, skipping unanswered questions', () => {
    expect(encodeAnswers({ scale: 'no', api: 'yes' })).toBe('api=yes&scale=no');
    expect(encodeAnswers({})).toBe('');
  });
});

const answer = fc.constantFrom<Answer>('yes', 'no');
const answersArb: fc.Arbitrary<Answers> = fc.record(
  { api: answer, team: answer, rag: answer, scale: answer },
  { requiredKeys: [] },
);
const junkQuery = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...QUESTION_IDS), fc.string()),
      fc.oneof(fc.constantFrom('yes', 'no'), fc.string()),
    ),
    {
      maxLength: 8,
    },
  )
  .map((pairs) => new URLSearchParams(pairs).toString());

describe('decision properties', () => {
  it('any query string, junk included, yields exactly one of next question or outcome', () => {
    fc.assert(
      fc.property(junkQuery, (q) => {
        const state = walk(decodeAnswers(q).value);
        expect(Number(state.next !== undefined) + Number(state.outcome !== undefined)).toBe(1);
      }),
    );
  });

  it('the path only holds questions the tree asks on the way, each once', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const state = walk(answers);
        let node: string | undefined = 'privacy';
        for (const step of state.steps) {
          expect(step.node).toBe(node);
          const t = NODES[step.node][step.answer];
          node = 'node' in t ? t.node : undefined;
        }
        const ids = state.steps.map((s) => s.question.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it('encode then decode is the identity', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(decodeAnswers(encodeAnswers(answers))).toEqual({ value: answers, rejected: [] });
      }),
    );
  });

  it('a value other than yes or no is always rejected and never kept', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...QUESTION_IDS),
        fc.string().filter((s) => s !== 'yes' && s !== 'no'),
        (name, value) => {
          const d = decodeAnswers(new URLSearchParams([[name, value]]));
          expect(d.value).toEqual({});
          expect(d.rejected).toEqual([{ name, value, message: NOT_AN_ANSWER }]);
        },
      ),
    );
  });
});

describe('answers given ahead of their question', () => {
  it.each([
    [{ scale: 'yes' }, { scale: 'yes' }],
    [
      { api: 'no', team: 'no', scale: 'yes' },
      { api: 'no', team: 'no', scale: 'yes' },
    ],
    [
      { api: 'no', team: 'yes', scale: 'yes' },
      { api: 'no', team: 'yes' },
    ],
    [{ api: 'yes', team: 'no', rag: 'no' }, { api: 'yes' }],
    [
      { api: 'no', team: 'no', rag: 'no', scale: 'yes' },
      { api: 'no', team: 'no', rag: 'no' },
    ],
  ] as const)('from %o keeps %o', (answers, kept) => {
    expect(keptAnswers(answers)).toEqual(kept);
  });

  it('are used when the walk reaches their question: scale answered early, then api=yes, is an outcome', () => {
    expect(walk({ ...keptAnswers({ scale: 'yes' }), api: 'yes' }).outcome?.id).toBe('api-plan-custom');
  });

  it('keeping changes nothing about the walk, and keeping twice changes nothing more', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const kept = keptAnswers(answers);
        expect(walk(kept)).toEqual(walk(answers));
        expect(keptAnswers(kept)).toEqual(kept);
      }),
    );
  });
});

const OUTCOME_IDS = Object.keys(OUTCOMES) as OutcomeId[];

describe('each outcome and the answers that lead to it', () => {
  it.each(OUTCOME_IDS)('%s is reached by the answers its page shows, and they are all on the path', (id) => {
    const answers = outcomeAnswers(id);
    const state = walk(answers);
    expect(state.outcome?.id).toBe(id);
    expect(pathAnswers(state)).toEqual(answers);
  });

  it('any full set of answers reaches exactly one outcome, whose answers are the ones it used', () => {
    const full = fc.record({ api: answer, team: answer, rag: answer, scale: answer });
    fc.assert(
      fc.property(full, (answers) => {
        const state = walk(answers);
        const reached = OUTCOME_IDS.filter((id) => {
          const own = outcomeAnswers(id);
          return (Object.keys(own) as (keyof Answers)[]).every((q) => own[q] === answers[q]);
        });
        expect(reached).toEqual([state.outcome?.id]);
      }),
    );
  });

  it('any answers that reach an outcome, junk off the path included, keep exactly that outcome’s answers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const state = walk(answers);
        if (state.outcome) expect(pathAnswers(state)).toEqual(outcomeAnswers(state.outcome.id));
      }),
    );
  });

  it.each([
    ['api', '/decide/api/'],
    ['rag-on-api-plan-custom', '/decide/rag-on-api-plan-custom/'],
  ] as const)('the page of %s is %s', (id, path) => {
    expect(outcomePath(id)).toBe(path);
  });

  it.each([
    [{}, '/decide/'],
    [{ scale: 'no', api: 'yes' }, '/decide/?api=yes&scale=no'],
  ] as const)('the tree opened on %o is %s', (answers, path) => {
    expect(treePath(answers)).toBe(path);
  });

  it('the cost scenario of rag-on-api opens the calculator with its context: /costs/?requests=20000&input=800&output=300&context=2000', () => {
    expect(costScenarioPath(OUTCOMES['rag-on-api'])).toBe('/costs/?requests=20000&input=800&output=300&context=2000');
  });
});

describe('the decision record in Markdown', () => {
  const ctx = { today: '2026-12-01', url: (p: string) => `https://guide.example/sub${p}`, guide: 'Model Path' };

  it('for rag-on-api: heading with the date, summary, all four answers, why, steps, links and credit', () => {
    const md = decisionMarkdown('rag-on-api', ctx);
    const o = OUTCOMES['rag-on-api'];
    const lines = md.split('\n');
    expect(lines[0]).toBe('### Decision: RAG on top of an API, 2026-12-01');
    expect(lines[2]).toBe(o.summary);
    expect(lines).toContain(`| 1 | ${QUESTIONS.api.text} | No |`);
    expect(lines).toContain(`| 2 | ${QUESTIONS.team.text} | No |`);
    expect(lines).toContain(`| 3 | ${QUESTIONS.rag.text} | Yes |`);
    expect(lines).toContain(`| 4 | ${QUESTIONS.scale.text} | No |`);
    expect(lines).toContain(`- ${NODES.rag.because.yes}`);
    for (const [i, step] of o.steps.entries()) expect(lines).toContain(`${i + 1}. ${step}`);
    expect(lines).toContain('- This outcome: https://guide.example/sub/decide/rag-on-api/');
    expect(lines).toContain(
      `- ${DECISION_TEXT.costs}: https://guide.example/sub/costs/?requests=20000&input=800&output=300&context=2000`,
    );
    expect(lines).toContain(
      `- ${DECISION_TEXT.inTree}: https://guide.example/sub/decide/?api=no&team=no&rag=yes&scale=no#walk-the-tree`,
    );
    expect(lines).toContain(`- ${DECISION_TEXT.explained}: https://guide.example/sub/decide/#rag-on-top-of-an-api`);
    expect(lines).toContain('- Fine-tuning and RAG: https://guide.example/sub/middle-ground/');
    expect(lines.at(-1)).toMatch(/^Worked out with Model Path \(https:\/\/guide\.example\/sub\/\), a guide/);
  });

  it('marks the questions a path never asks: api asks two of four', () => {
    const md = decisionMarkdown('api', ctx);
    expect(md).toContain(`| 1 | ${QUESTIONS.api.text} | Yes |`);
    expect(md).toContain(`| 2 | ${QUESTIONS.team.text} | ${DECISION_TEXT.notAsked} |`);
    expect(md).toContain(`| 3 | ${QUESTIONS.rag.text} | ${DECISION_TEXT.notAsked} |`);
    expect(md).toContain(`| 4 | ${QUESTIONS.scale.text} | No |`);
  });

  it.each(OUTCOME_IDS)('%s: one reason per answer on its path, its sections in the outcome page’s order', (id) => {
    const md = decisionMarkdown(id, ctx);
    const why = md.slice(md.indexOf(`#### ${DECISION_TEXT.why}`), md.indexOf(`#### ${DECISION_TEXT.nextSteps}`));
    expect(why.match(/^- /gm)).toHaveLength(walk(outcomeAnswers(id)).steps.length);
    const order = [
      '### Decision',
      `#### ${DECISION_TEXT.yourAnswers}`,
      '| # |',
      `#### ${DECISION_TEXT.why}`,
      `#### ${DECISION_TEXT.nextSteps}`,
      `#### ${DECISION_TEXT.readNext}`,
      'Worked out with',
    ].map((h) => md.indexOf(h));
    expect(order.every((n, i) => n >= 0 && (i === 0 || n > (order[i - 1] ?? 0)))).toBe(true);
    // Table cells must not break the table.
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) expect(line.split('|')).toHaveLength(5);
  });
});

describe('one outcome view, drawn by the outcome page, the island and the record', () => {
  const ctx = { today: '2026-12-01', url: (p: string) => `https://guide.example/sub${p}`, guide: 'Model Path' };

  it.each(OUTCOME_IDS)(
    '%s: the view has the links the page shows: its section of /decide/, its guide pages, the costs, the tree at its answers',
    (id) => {
      const o = OUTCOMES[id];
      const answers = outcomeAnswers(id);
      const { links } = outcomeView(id);
      expect(links.heading).toBe(DECISION_TEXT.readNext);
      expect(links.items).toEqual([
        { label: DECISION_TEXT.explained, href: o.section },
        ...o.links,
        { label: DECISION_TEXT.costs, href: costScenarioPath(o), testId: 'outcome-costs-link' },
        { label: DECISION_TEXT.inTree, href: `${treePath(answers)}#walk-the-tree`, testId: 'outcome-tree-link' },
      ]);
      expect(outcomeView(id).page).toEqual({ label: DECISION_TEXT.thisOutcome, href: outcomePath(id) });
    },
  );

  it.each([
    ['api', ['yes', undefined, undefined, 'no']],
    ['api-plan-custom', ['yes', undefined, undefined, 'yes']],
    ['build-or-fine-tune', ['no', 'yes', undefined, undefined]],
    ['rag-on-api', ['no', 'no', 'yes', 'no']],
    ['rag-on-api-plan-custom', ['no', 'no', 'yes', 'yes']],
    ['hire-or-pivot', ['no', 'no', 'no', undefined]],
  ] as const)('%s: the view lists all four questions, with the answers %o and the rest not asked', (id, expected) => {
    const { answers } = outcomeView(id);
    expect(answers.heading).toBe(DECISION_TEXT.yourAnswers);
    expect(answers.items.map((r) => r.question)).toEqual(QUESTION_IDS.map((q) => QUESTIONS[q]));
    expect(answers.items.map((r) => r.answer)).toEqual(expected);
    expect(answers.items.map((r) => r.label)).toEqual(
      expected.map((a) => (a ? DECISION_TEXT.answers[a] : DECISION_TEXT.notAsked)),
    );
  });

  it.each(OUTCOME_IDS)('%s: the view gives title, summary, why in path order and the next steps', (id) => {
    const o = OUTCOMES[id];
    const v = outcomeView(id);
    expect([v.id, v.title, v.summary]).toEqual([id, o.title, o.summary]);
    expect(v.why).toEqual({ heading: DECISION_TEXT.why, items: walk(outcomeAnswers(id)).steps.map((s) => s.because) });
    expect(v.steps).toEqual({ heading: DECISION_TEXT.nextSteps, items: o.steps });
  });

  it('the tree link opens the walk itself: /decide/?api=yes&scale=no#walk-the-tree', () => {
    expect(walkPath({ scale: 'no', api: 'yes' })).toBe('/decide/?api=yes&scale=no#walk-the-tree');
  });

  it('any walk that reaches an outcome, junk off the path included, gives the island the view the page has', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const state = walk(answers);
        if (state.outcome) expect(reachedView(state as Reached)).toEqual(outcomeView(state.outcome.id));
      }),
    );
  });

  it.each(OUTCOME_IDS)('%s: the record renders the view’s sections, under its headings, with every link', (id) => {
    const v = outcomeView(id);
    const md = decisionMarkdown(id, ctx);
    const sections = md.split(/^#### /m).slice(1);
    expect(sections.map((s) => s.split('\n')[0])).toEqual([
      v.answers.heading,
      v.why.heading,
      v.steps.heading,
      v.links.heading,
    ]);
    const [answers = '', why = '', steps = '', links = ''] = sections;
    expect(answers.split('\n').filter((l) => /^\| \d/.test(l))).toEqual(
      v.answers.items.map((r, i) => `| ${i + 1} | ${r.question.text} | ${r.label} |`),
    );
    expect(why.split('\n').filter((l) => l.startsWith('- '))).toEqual(v.why.items.map((b) => `- ${b}`));
    expect(steps.split('\n').filter((l) => /^\d+\. /.test(l))).toEqual(v.steps.items.map((s, i) => `${i + 1}. ${s}`));
    expect(links.split('\n').filter((l) => l.startsWith('- '))).toEqual(
      [v.page, ...v.links.items].map((l) => `- ${l.label}: ${ctx.url(l.href)}`),
    );
  });
});
