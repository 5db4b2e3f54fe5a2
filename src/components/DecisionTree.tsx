import { Component, createRef } from 'preact';
// Direct module imports, not the index: the browser bundle then carries only what the tree needs.
import {
  type Answer,
  type Answers,
  keptAnswers,
  pathAnswers,
  QUESTIONS,
  type QuestionId,
  type WalkState,
  walk,
} from '../rules/decision/decision.ts';
import { reachedView } from '../rules/decision/outcome-view.ts';
import { progress, DECISION_TEXT as T } from '../rules/decision/text.ts';
import { decodeAnswers, encodeAnswers } from '../rules/decision/url-state.ts';
import { type RejectedParam, rejectedNotice } from '../rules/url/params.ts';
import { sectionLink, withBase } from '../site/base.ts';

const LABEL: Readonly<Record<Answer, string>> = T.answers;

/** Marks the reader's path on the build-time flowchart (`Flowchart.astro`), which lives outside the island. */
function highlightFlowchart(state: WalkState): void {
  const marks = new Map<string, string>();
  for (const s of state.steps) {
    marks.set(`node:${s.node}`, 'path');
    marks.set(`edge:${s.node}:${s.answer}`, 'path');
  }
  if (state.next) marks.set(`node:${state.next.node}`, 'current');
  if (state.outcome) marks.set(`outcome:${state.outcome.id}`, 'current');
  document.querySelector('.flowchart')?.toggleAttribute('data-walking', state.steps.length > 0);
  for (const el of document.querySelectorAll<HTMLElement>('[data-flow]')) {
    const mark = marks.get(el.dataset.flow ?? '');
    if (mark) el.dataset.state = mark;
    else delete el.dataset.state;
  }
}

type State = { answers: Answers; rejected: readonly RejectedParam[]; ready: boolean };

/** A class rather than hooks: the decision page then loads no hooks module (about 1.2 KB gzip). */
export default class DecisionTree extends Component<Record<string, never>, State> {
  override state: State = { answers: {}, rejected: [], ready: false };
  /** Whether the next render moves focus to the question or outcome title. */
  private focusNext = false;
  /** The query string the walk on screen was read from or written to. */
  private shownSearch = '';
  private titleRef = createRef<HTMLHeadingElement>();

  private read() {
    const decoded = decodeAnswers(location.search);
    const onPath = keptAnswers(decoded.value);
    this.setState({ answers: onPath, rejected: decoded.rejected, ready: true });
    const canonical = encodeAnswers(onPath);
    if (canonical !== location.search.replace(/^\?/, '')) {
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${canonical ? `?${canonical}` : ''}${location.hash}`,
      );
    }
    this.shownSearch = location.search;
  }

  private onPop = () => {
    // Following a #section link fires popstate too; only a change of answers moves the walk.
    if (location.search === this.shownSearch) return;
    this.focusNext = true;
    this.read();
  };

  override componentDidMount() {
    this.read();
    addEventListener('popstate', this.onPop);
  }

  override componentWillUnmount() {
    removeEventListener('popstate', this.onPop);
  }

  override componentDidUpdate() {
    if (!this.state.ready) return;
    highlightFlowchart(walk(this.state.answers));
    if (this.focusNext) {
      this.focusNext = false;
      this.titleRef.current?.focus();
    }
  }

  private go(next: Answers, how: 'push' | 'replace') {
    const query = encodeAnswers(next);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (how === 'push') history.pushState({ decide: true }, '', url);
    else history.replaceState(history.state, '', url);
    this.shownSearch = location.search;
    this.focusNext = true;
    this.setState({ rejected: [], answers: next });
  }

  private back(state: WalkState) {
    // Step back through history when the previous entry is our own answer, so browser Back and ours agree.
    if ((history.state as { decide?: boolean } | null)?.decide) {
      history.back();
      return;
    }
    this.go(pathAnswers({ steps: state.steps.slice(0, -1) }), 'replace');
  }

  override render() {
    const { answers, rejected, ready } = this.state;
    const state = walk(answers);
    const view = state.outcome && reachedView(state);
    /** Answers given ahead of their question, by a link from the cost calculator. */
    const ahead = (Object.keys(answers) as QuestionId[]).filter((q) => !state.steps.some((s) => s.question.id === q));
    const titleRef = this.titleRef;
    const answer = (question: QuestionId, a: Answer) => this.go(keptAnswers({ ...answers, [question]: a }), 'push');
    const back = () => this.back(state);
    return (
      <div class="dt" data-ready={ready ? 'true' : 'false'}>
        <p class="dt-nojs">{T.noScript}</p>
        <div class="dt-app">
          {rejected.length > 0 && (
            <p class="notice" role="alert">
              {rejectedNotice(rejected, T.rejectedThen)}
            </p>
          )}
          {state.steps.length > 0 && (
            <ol class="dt-answers" aria-label={T.answersSoFar}>
              {state.steps.map((s) => (
                <li key={s.question.id}>
                  <span>{s.question.text}</span> <strong>{LABEL[s.answer]}</strong>
                </li>
              ))}
            </ol>
          )}
          {ahead.length > 0 && (
            <ul class="dt-answers" aria-label={T.answeredAhead}>
              {ahead.map((q) => (
                <li key={q}>
                  {T.answeredAhead}: <span>{QUESTIONS[q].text}</span> <strong>{LABEL[answers[q] ?? 'no']}</strong>
                </li>
              ))}
            </ul>
          )}
          {state.next && (
            <>
              <p class="dt-progress">{progress(state.next.number, state.next.ofAtMost)}</p>
              <fieldset class="dt-question">
                <legend>
                  <h3 id="dt-title" tabIndex={-1} ref={titleRef}>
                    {state.next.question.text}
                  </h3>
                </legend>
                <p class="dt-explain">
                  {state.next.question.explanation}{' '}
                  <a href={sectionLink(state.next.question.section.href, '/decide/')}>{T.moreOnQuestion}</a>
                </p>
                <div class="dt-choices">
                  {(['yes', 'no'] as const).map((a) => (
                    <button
                      key={a}
                      type="button"
                      class="button"
                      disabled={!ready}
                      onClick={() => state.next && answer(state.next.question.id, a)}
                    >
                      {LABEL[a]}
                    </button>
                  ))}
                </div>
              </fieldset>
            </>
          )}
          {view && (
            <section class="dt-outcome" data-outcome={view.id} aria-labelledby="dt-title">
              <p class="dt-progress">{T.yourOutcome}</p>
              <h3 id="dt-title" tabIndex={-1} ref={titleRef}>
                {view.title}
              </h3>
              <p>{view.summary}</p>
              <h4>{view.why.heading}</h4>
              <ul>
                {view.why.items.map((because) => (
                  <li key={because}>{because}</li>
                ))}
              </ul>
              <h4>{view.steps.heading}</h4>
              <ol>
                {view.steps.items.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
              <h4>{view.links.heading}</h4>
              <ul class="dt-links">
                {view.links.items.map((l) => (
                  <li key={l.href}>
                    <a href={sectionLink(l.href, '/decide/')} data-testid={l.testId}>
                      {l.label}
                    </a>
                  </li>
                ))}
              </ul>
              {/* Copied by the page's shared script (page.ts), which announces the result. */}
              <div class="dt-copy">
                <button type="button" class="button" data-copy={withBase(view.page.href)}>
                  {T.copyLink}
                </button>
                <button type="button" class="button button-quiet" data-copy-record={view.id}>
                  {T.copyMarkdown}
                </button>
              </div>
            </section>
          )}
          <div class="dt-controls">
            <button
              type="button"
              class="button button-quiet"
              onClick={back}
              disabled={!ready || state.steps.length === 0}
            >
              {T.back}
            </button>
            <button
              type="button"
              class="button button-quiet"
              onClick={() => this.go({}, 'push')}
              disabled={!ready || state.steps.length === 0}
            >
              {T.startOver}
            </button>
          </div>
        </div>
      </div>
    );
  }
}
