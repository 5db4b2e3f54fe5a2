import { mlTeamCapacity, scaleHorizon, scaleThreshold } from '../figures/data.ts';
import { formatFigure } from '../figures/format.ts';
import { GPT_5_6_LUNA_LABEL, GPT_5_6_SOL_LABEL } from '../presets/labels.ts';
import { ANSWERS, type Answer, type Answers, type QuestionId } from './url-state.ts';

const TEAM_MONTHS = formatFigure(mlTeamCapacity);
const SCALE = formatFigure(scaleThreshold);
const HORIZON = formatFigure(scaleHorizon);

/**
 * The afternoon decision as data: nodes ask questions, answers lead to a node or an outcome.
 * The island walks this table and the flowchart draws it; nothing else encodes the tree.
 */

// The answers and question ids are the URL's vocabulary; they live with its codec, so that a module
// that only reads or writes a tree link never loads the tree's words.
export { ANSWERS, type Answer, type Answers, QUESTION_IDS, type QuestionId } from './url-state.ts';

export type OutcomeId =
  | 'api'
  | 'api-plan-custom'
  | 'build-or-fine-tune'
  | 'rag-on-api'
  | 'rag-on-api-plan-custom'
  | 'hire-or-pivot';
export type NodeId = 'privacy' | 'team' | 'rag' | 'scale-api' | 'scale-rag';

/** A place in the guide: a route and an optional heading id. */
export interface GuideLink {
  readonly label: string;
  readonly href: string;
}

export interface Question {
  readonly id: QuestionId;
  /** The question as the reader is asked it. */
  readonly text: string;
  /** A few words that name the question where space is short: table headers, preview images. */
  readonly short: string;
  /** A short note on how to answer it honestly. */
  readonly explanation: string;
  /** Where the guide discusses it. */
  readonly section: GuideLink;
}

export type Target = { readonly node: NodeId } | { readonly outcome: OutcomeId };

export interface DecisionNode {
  readonly id: NodeId;
  readonly question: QuestionId;
  readonly yes: Target;
  readonly no: Target;
  /** Why each answer leads where it does; shown with the outcome. */
  readonly because: Readonly<Record<Answer, string>>;
}

export interface Outcome {
  readonly id: OutcomeId;
  readonly title: string;
  /** The outcome's section on `/decide/`, where its reasoning is explained. */
  readonly section: string;
  /** One or two sentences: what to do. */
  readonly summary: string;
  /** Three to five concrete next steps. */
  readonly steps: readonly string[];
  /** Guide sections to read next. */
  readonly links: readonly GuideLink[];
  /** Cost calculator inputs that fit this outcome, as query parameters for `/costs/`. */
  readonly costScenario: Readonly<Record<string, string>>;
}

export const QUESTIONS: Readonly<Record<QuestionId, Question>> = {
  api: {
    id: 'api',
    text: 'Can you use a public API without violating data privacy?',
    short: 'Data may go to a public API',
    explanation:
      'Check what your contracts, regulators and customers allow, not what feels safe. Zero-retention terms, regional endpoints and redaction often turn a “no” into a “yes”.',
    section: { label: 'Question 1: privacy', href: '/decide/#question-one-data-privacy' },
  },
  team: {
    id: 'team',
    text: `Do you have an ML team with ${TEAM_MONTHS} or more of capacity?`,
    short: 'ML team with time',
    explanation:
      'Count people who have trained, evaluated and served models before, and who can give this their full attention for months. A data scientist borrowed for a sprint does not count.',
    section: { label: 'Question 2: the team', href: '/decide/#question-two-ml-team-capacity' },
  },
  rag: {
    id: 'rag',
    text: 'Can retrieval-augmented generation (RAG) solve your problem?',
    short: 'RAG can solve it',
    explanation:
      'Yes when the model mostly lacks knowledge (your documents, your product, recent facts) rather than a new skill, format or modality.',
    section: { label: 'Question 3: retrieval', href: '/decide/#question-three-whether-rag-is-enough' },
  },
  scale: {
    id: 'scale',
    text: `Will you process more than ${SCALE} within ${HORIZON}?`,
    short: 'Past the scale threshold',
    explanation:
      'Use a forecast you would defend to a finance team, not the launch-day hope. Around this volume, or well before it against a frontier model, the API bill can overtake the cost of running your own model.',
    section: { label: 'Question 4: scale', href: '/decide/#question-four-traffic-at-scale' },
  },
};

export const START: NodeId = 'privacy';

/**
 * The API models the scale answer names, by their preset labels (`presets/notes.ts`, two constants,
 * so the decision island carries no other preset's name and no price data). A unit test checks the
 * sentence against the cost model: self-hosting breaks even above the scale threshold against the
 * first, and far below it against the second.
 */
export const SCALE_MODELS = {
  lowPriced: { id: 'gpt-5.6-luna', label: GPT_5_6_LUNA_LABEL },
  frontier: { id: 'gpt-5.6-sol', label: GPT_5_6_SOL_LABEL },
} as const;
const LOW_PRICED = SCALE_MODELS.lowPriced.label;
const FRONTIER = SCALE_MODELS.frontier.label;

const SCALE_BECAUSE = {
  yes: `You expect more than ${SCALE} within ${HORIZON}, where API bills can pass the cost of your own compute.`,
  no: `You expect fewer than ${SCALE} within ${HORIZON}. At that volume a low-priced model such as ${LOW_PRICED} costs less through its API than a fine-tuned open model on GPUs of your own; against a frontier model such as ${FRONTIER}, self-hosting can pay well below it, so price your own case.`,
} as const;

export const NODES: Readonly<Record<NodeId, DecisionNode>> = {
  privacy: {
    id: 'privacy',
    question: 'api',
    yes: { node: 'scale-api' },
    no: { node: 'team' },
    because: {
      yes: 'Your data may go to a public API, so the fastest path is open.',
      no: 'Your data cannot go to a public API, so a hosted model alone will not do.',
    },
  },
  team: {
    id: 'team',
    question: 'team',
    yes: { outcome: 'build-or-fine-tune' },
    no: { node: 'rag' },
    because: {
      yes: 'You have an ML team with months of capacity, so a model you run yourself is within reach.',
      no: 'You have no ML team with months to spare, so building or fine-tuning in-house is out of reach for now.',
    },
  },
  rag: {
    id: 'rag',
    question: 'rag',
    yes: { node: 'scale-rag' },
    no: { outcome: 'hire-or-pivot' },
    because: {
      yes: 'Retrieval can supply what the model lacks, which needs far less expertise than training.',
      no: 'Retrieval cannot close the gap, and no team is there to build a model.',
    },
  },
  'scale-api': {
    id: 'scale-api',
    question: 'scale',
    yes: { outcome: 'api-plan-custom' },
    no: { outcome: 'api' },
    because: SCALE_BECAUSE,
  },
  'scale-rag': {
    id: 'scale-rag',
    question: 'scale',
    yes: { outcome: 'rag-on-api-plan-custom' },
    no: { outcome: 'rag-on-api' },
    because: SCALE_BECAUSE,
  },
};

export const OUTCOMES: Readonly<Record<OutcomeId, Outcome>> = {
  api: {
    id: 'api',
    title: 'Use a hosted API',
    section: '/decide/#use-a-hosted-api',
    summary:
      'Call a hosted model and spend your effort on the product. Nothing in your answers justifies running a model yourself.',
    steps: [
      'Choose a provider and model after a short evaluation on your own examples, not from public leaderboards.',
      'Pin the model version, and set up logging and a small regression suite from the start.',
      'Put the model call behind a thin interface in your code, so a later change of provider stays a contained job.',
      'Set a budget alert at twice your forecast monthly spend.',
    ],
    links: [
      { label: 'When a hosted API is the right call', href: '/api/' },
      { label: 'The costs nobody budgets for', href: '/hidden-costs/' },
    ],
    costScenario: { requests: '20000', input: '800', output: '300' },
  },
  'api-plan-custom': {
    id: 'api-plan-custom',
    title: 'Start on an API, plan for custom',
    section: '/decide/#start-on-an-api-plan-for-custom',
    summary:
      'Ship on a hosted API now, and prepare the move to a model you run once traffic makes the API bill the larger cost.',
    steps: [
      'Track tokens and cost per request from the first day, and project the monthly bill with the cost calculator.',
      'Where your data rules allow, keep inputs and outputs, so a training and evaluation set builds up as a side effect of running the product.',
      'Agree in advance on the trigger for custom work, for example the month the API bill passes the cost of a self-hosted setup.',
      'Try an open model on a rented GPU against your evaluation set before you need it.',
    ],
    links: [
      { label: 'When building your own model pays', href: '/build/' },
      { label: 'Run the numbers', href: '/costs/' },
    ],
    costScenario: { requests: String(scaleThreshold.value * 1.5), input: '800', output: '300' },
  },
  'build-or-fine-tune': {
    id: 'build-or-fine-tune',
    title: 'Build or fine-tune',
    section: '/decide/#build-or-fine-tune',
    summary:
      'Your data has to stay in-house and you have the team to run a model. Start by fine-tuning an open model; train from scratch only if that fails.',
    steps: [
      'Pick an open model that fits your hardware, and build an evaluation set before the training set, so you can tell whether each run helped.',
      'Fine-tune inside your own infrastructure first; train from scratch only if the criteria for building apply. A hosted fine-tune is no fallback for data that must stay in-house, and fewer providers offer one: OpenAI is closing its self-serve fine-tuning.',
      'Size the GPUs for the busiest hour, from throughput measured at your latency target, with a spare for failover.',
      'Budget monitoring, compliance and on-call from the start: they outlast the training run.',
    ],
    links: [
      { label: 'Fine-tuning and RAG', href: '/middle-ground/' },
      { label: 'When building your own model pays', href: '/build/' },
    ],
    costScenario: { requests: '200000', input: '800', output: '300' },
  },
  'rag-on-api': {
    id: 'rag-on-api',
    title: 'RAG on top of an API',
    section: '/decide/#rag-on-top-of-an-api',
    summary:
      'Keep a hosted model and give it your documents at query time. Send only what your data rules allow, and keep the sensitive store in-house.',
    steps: [
      'List the documents the answers must come from, and name who keeps each source current.',
      'Start with simple chunking and an off-the-shelf embedding model, and measure retrieval on its own: does the right passage show up at all?',
      'Get written confirmation from your data owners of which model endpoint is acceptable.',
      'Apply the same access rules to retrieval as to the source documents, so no user can pull up a passage they could not open directly.',
    ],
    links: [
      { label: 'Fine-tuning and RAG', href: '/middle-ground/' },
      { label: 'The costs nobody budgets for', href: '/hidden-costs/' },
    ],
    costScenario: { requests: '20000', input: '800', output: '300', context: '2000' },
  },
  'rag-on-api-plan-custom': {
    id: 'rag-on-api-plan-custom',
    title: 'RAG on an API, plan for custom',
    section: '/decide/#rag-on-an-api-plan-for-custom',
    summary:
      'Start with retrieval on a hosted model, and plan for a model of your own as volume grows. Hiring the team takes as long as the traffic does.',
    steps: [
      'Build the retrieval pipeline first, exactly as for RAG on top of an API.',
      'Watch the retrieved context per request closely: at high volume, every extra passage is paid for on every request.',
      'Keep question, context and answer records as you go; they become fine-tuning data if you later move to a custom model.',
      'Start hiring or contracting ML skills now, and revisit the decision with real traffic in the cost calculator.',
    ],
    links: [
      { label: 'Fine-tuning and RAG', href: '/middle-ground/' },
      { label: 'When building your own model pays', href: '/build/' },
    ],
    costScenario: { requests: String(scaleThreshold.value * 1.5), input: '800', output: '300', context: '2000' },
  },
  'hire-or-pivot': {
    id: 'hire-or-pivot',
    title: 'Hire or pivot',
    section: '/decide/#hire-or-pivot',
    summary:
      'The data cannot leave, retrieval will not solve it and no team can build a model. Get the skills, or change the problem.',
    steps: [
      'Decide whether the feature is worth hiring for, and price the hire honestly, benefits and on-call included.',
      'Look for a vendor that deploys inside your environment or signs terms your data rules accept; either changes the answer to question one.',
      'Narrow the problem until it fits retrieval or a simpler model, or put the effort into a direction that does not depend on this feature.',
      'Write down what would have to change for the answer to be different.',
    ],
    links: [
      { label: 'When building your own model pays', href: '/build/' },
      { label: 'The costs nobody budgets for', href: '/hidden-costs/' },
    ],
    costScenario: { requests: '20000', input: '800', output: '300' },
  },
};

export interface Step {
  readonly node: NodeId;
  readonly question: Question;
  readonly answer: Answer;
  readonly because: string;
}

export type WalkState =
  | {
      readonly steps: readonly Step[];
      readonly next: {
        readonly node: NodeId;
        readonly question: Question;
        readonly number: number;
        readonly ofAtMost: number;
      };
      readonly outcome?: never;
    }
  | { readonly steps: readonly Step[]; readonly outcome: Outcome; readonly next?: never };

/** Questions still to ask, at most, from a node to an outcome. */
function longestPath(node: NodeId): number {
  const n = NODES[node];
  const depth = (t: Target): number => ('node' in t ? longestPath(t.node) : 0);
  return 1 + Math.max(depth(n.yes), depth(n.no));
}

/** Walks the tree from the start with the given answers. Answers off the path are ignored. */
export function walk(answers: Answers): WalkState {
  const steps: Step[] = [];
  let node: NodeId = START;
  for (;;) {
    const n = NODES[node];
    const answer = answers[n.question];
    if (answer === undefined) {
      return {
        steps,
        next: {
          node,
          question: QUESTIONS[n.question],
          number: steps.length + 1,
          ofAtMost: steps.length + longestPath(node),
        },
      };
    }
    steps.push({ node, question: QUESTIONS[n.question], answer, because: n.because[answer] });
    const target = n[answer];
    if ('outcome' in target) return { steps, outcome: OUTCOMES[target.outcome] };
    node = target.node;
  }
}

/** The questions that can still be asked from a node: its own and every one below it. */
function questionsFrom(node: NodeId): Set<QuestionId> {
  const n = NODES[node];
  const below = (t: Target) => ('node' in t ? [...questionsFrom(t.node)] : []);
  return new Set([n.question, ...below(n.yes), ...below(n.no)]);
}

/**
 * The answers worth keeping: those on the path, and those given early to questions still ahead
 * (a link from the cost calculator answers question 4 before question 1). Answers to questions
 * the path has passed by are dropped.
 */
export function keptAnswers(answers: Answers): Answers {
  const state = walk(answers);
  const kept = pathAnswers(state);
  if (state.next) {
    for (const q of questionsFrom(state.next.node)) {
      const a = answers[q];
      if (a) kept[q] = a;
    }
  }
  return kept;
}

/** The answers that lie on the path, and only those. */
export function pathAnswers(state: Pick<WalkState, 'steps'>): Answers {
  return Object.fromEntries(state.steps.map((s) => [s.question.id, s.answer])) as Answers;
}

/** Every answer sequence that reaches an outcome, for tables, flowcharts and tests. */
export function allPaths(): { answers: Answers; outcome: OutcomeId }[] {
  const out: { answers: Answers; outcome: OutcomeId }[] = [];
  const visit = (node: NodeId, answers: Answers) => {
    const n = NODES[node];
    for (const a of ANSWERS) {
      const next = { ...answers, [n.question]: a };
      const t = n[a];
      if ('outcome' in t) out.push({ answers: next, outcome: t.outcome });
      else visit(t.node, next);
    }
  };
  visit(START, {});
  return out;
}
