import { html, nothing, type TemplateResult } from 'lit-html';
import { formatNumber, formatYuan } from '../core/format.js';
import { parseHolidayCalendar, type HolidayCalendar } from '../core/holidays.js';
import { litRenderer } from '../core/lit-renderer.js';
import { interpolate, type Messages } from '../core/locale.js';
import { LaDataElement } from '../core/data-element.js';
import { attribute, state } from '../core/reactive.js';
import { ScreenHistory } from '../core/screen-history.js';
import { voiceFor } from '../core/speech.js';
import { statusStyles } from '../core/status.styles.js';
import { tokens } from '../core/tokens.styles.js';
import { answerText, renderReview, type ReviewHost } from './answer-review.js';
import { clearAnswers, loadAnswers, saveAnswers } from './answer-storage.js';
import type { AssessOptions } from './engine/assess.js';
import { BASELINE_PACK } from './engine/baseline.js';
import { parseRuleSet, type RulePack } from './engine/packs.js';
import type { AnswerField, Answers } from './engine/types.js';
import { LaEligibilityResultEvent } from './eligibility-events.js';
import { checkerStyles } from './eligibility-checker.styles.js';
import type { CheckerKey } from './eligibility-checker.strings.js';
import { LazyParts, renderNotReady } from './lazy-parts.js';
import type { ResultHost } from './plan-host.js';
import {
  assessOptions,
  backTarget,
  MORE_MATTERS_QUESTION,
  questionFor,
  viewOf,
  type PartialAnswers,
  type Question,
  type Walk,
} from './question-flow.js';
import { readAnswer, renderQuestion, type QuestionHost } from './question-view.js';
import { renderPrivacy, renderQuickExit } from './privacy-view.js';
export { exitHref } from './privacy-view.js';

/** The first question needs no rules: the engine loads once the worker starts answering. */
const FIRST_SCREEN: Walk = { path: [], next: 'matter', answers: {}, remaining: null };

/**
 * "Can I get free legal aid?" A guided check, one plain question per screen, that ends in a one-sentence
 * answer, the reasons with their legal basis, the deadline clock, what to bring and where to go.
 * Answers stay in memory unless the worker ticks "keep on this phone". Lit's templates without its
 * reactive runtime (LaDataElement + litRenderer), so the engine and the questions fit the budget.
 * @summary Legal-aid eligibility check with legal citations.
 * @attr region - GB/T 2260 code of the accepting agency's region, e.g. 442000; unknown codes use the national rules.
 * @attr today - The day to assess on (YYYY-MM-DD); defaults to the device's date.
 * @attr map-href - The workstation map page; the result links to it with ?issue=<matter>.
 * @attr src - URL of the rule packs (JSON); without it the built-in national rules apply.
 * @attr timeout - How long to wait for `src`, in milliseconds (default 10,000).
 * @attr large-text - Large-text mode (适老化): bigger type and touch targets.
 * @attr quick-exit-href - Where "quick exit" goes (http or https; default a neutral site). When set, the button shows on every screen; otherwise only for domestic violence.
 * @attr workstations-src - URL of the workstation data (/data/workstations.json): the plan then names the nearest workstation that handles the matter.
 * @attr papers-href - The papers page (/papers/): for wages and injuries the result offers 「准备申请材料」, handing the answers over in this tab's sessionStorage.
 * @attr share-href - The check page's short address, printed with its QR code; default this page's address without query or hash.
 * @slot - Server-rendered help shown until the widget runs (who can get aid, hotlines, what to bring).
 * @event la-eligibility-result - The worker reached the result; detail: { assessment }.
 * @event la-data-ready - The rule packs loaded and validated.
 * @event la-data-error - The rule packs could not be used; the error view with 12348 shows.
 * @csspart question - The form of the current question.
 * @csspart result - The result screen.
 * @csspart urgent - The box shown when the employer's property must be frozen at once.
 * @csspart today - The one thing to do today.
 * @csspart station - The nearest workstation that handles the matter.
 * @csspart deadline - The deadline clock (amber under 30 days, red under 7).
 * @csspart passed - What can still be done once the deadline has passed.
 * @csspart checklist - The printable list of what to bring.
 * @csspart quick-exit - The "quick exit" link (domestic violence, or `quick-exit-href`).
 * @csspart status - The loading message.
 * @csspart error - The error view.
 * @csspart hotline - The 12348 hotline in the error view.
 * @cssproperty [--la-eligibility-checker-accent=var(--la-color-primary)] - Colour of the progress line and the deadline clock.
 * @cssproperty [--la-color-warning=#6b4700] - Text of the amber deadline alert (under 30 days left).
 * @cssproperty [--la-color-warning-border=#9a6700] - Border of the amber deadline clock.
 */
export class LaEligibilityChecker extends LaDataElement<RulePack[], Messages, { packs: RulePack[] }> {
  static override styles = [tokens, statusStyles, checkerStyles];

  /** GB/T 2260 code of the accepting agency's region, e.g. 442000; unknown codes use the national rules. */
  @attribute('region') region!: string | null;
  /** The day to assess on (YYYY-MM-DD); defaults to the device's date. */
  @attribute('today') today!: string | null;
  /** The workstation map page; the result links to it with ?issue=<matter>. */
  @attribute('map-href') mapHref!: string | null;

  @state() private answers: PartialAnswers = {};
  @state() private responded = new Set<AnswerField>();
  @state() private editing: AnswerField | null = null;
  @state() private showResult = false;
  @state() private error: CheckerKey | null = null;
  @state() private keep = false;
  @state() private announcement = '';
  /** "I only know the month" on the date question on screen; null: as the answer given (YYYY-MM or not). */
  @state() private monthOnly: boolean | null = null;
  /** The worker chose 「别的事」: the matter's second screen shows. */
  @state() private moreMatters = false;
  /** The phone's voice for the page's language (none: no "read it to me"), and what it is reading. */
  @state() private voice: SpeechSynthesisVoice | undefined;
  @state() private speaking: string | null = null;
  /** 「别的事」 ticked on the first screen, before a matter of the second is chosen: Back shows it ticked. */
  #otherTicked = false;
  readonly #onVoices = () => (this.voice = voiceFor(this.locale));
  /** The rules engine, the words and the result view, loaded on demand (one failure path for all). */
  readonly #parts = new LazyParts(this);
  /** Each screen a history entry: the phone's Back and Forward move between questions. */
  readonly #history = new ScreenHistory(this, 'la-eligibility-step', (screen) => this.#showScreen(screen));
  #moveFocus = false;
  /** Public holidays from the same file as the packs: the legal last day moves off them. */
  #calendar: HolidayCalendar | null = null;
  /** The screen on view, as recorded in the history. */
  #shown = '';
  /** The count of questions left shown at each question number. */
  #lefts: number[] = [];

  protected override t(key: string, values?: Record<string, string | number>): string {
    const own = this.#parts.own(key) ?? this.#parts.words('result')?.[key as CheckerKey];
    return own === undefined ? super.t(key, values) : interpolate(own, values);
  }

  /** While a part loads, "loading"; once one failed, the error with the hotline and "try again". */
  #renderNotReady(): TemplateResult {
    return renderNotReady(this.#parts.failure, (key) => this.t(key), this.renderHotline(), this.#parts.retry);
  }

  /**
   * Starts loading the rules engine, with the later questions' words, the first time the worker touches the
   * check; true once both are there. The first question shows without them, so a phone downloads them only on use.
   */
  readonly #needEngine = (): boolean => {
    const words = this.#parts.need('steps');
    return this.#parts.need('engine') && words;
  };

  protected parseData(raw: unknown): RulePack[] {
    const packs = parseRuleSet(raw, 'rule packs');
    const calendar = (raw as { calendar?: unknown }).calendar;
    this.#calendar = calendar === undefined ? null : parseHolidayCalendar(calendar, 'calendar');
    return packs;
  }

  protected override dataWhenMissing(): unknown {
    return { packs: [BASELINE_PACK] };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.speechSynthesis?.addEventListener('voiceschanged', this.#onVoices);
    this.#onVoices();
    const saved = loadAnswers();
    if (saved) {
      this.keep = true;
      this.answers = saved.answers;
      this.responded = new Set(saved.responded);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.speechSynthesis?.removeEventListener('voiceschanged', this.#onVoices);
    this.#hush();
  }

  /** The browser went back or forward to a screen of the check: show it (false while the engine is away). */
  #showScreen(screen: string): boolean {
    const flow = this.#flow();
    if (flow) this.#go(() => Object.assign(this, viewOf(screen, flow)));
    return Boolean(flow);
  }

  get #options(): AssessOptions {
    return assessOptions(this.today, this.region, this.value ?? [BASELINE_PACK], this.#calendar);
  }

  /** Where the worker is: null while the engine he needs is still on its way. */
  #flow(): Walk | null {
    const { engine } = this.#parts;
    // Answers kept on this phone need the engine at once (render asks for it); a first visit does not.
    if (!engine) return this.responded.size === 0 ? FIRST_SCREEN : null;
    try {
      return engine.walk(this.answers, this.responded, this.#options);
    } catch {
      // Saved answers that no longer pass the engine's checks: start afresh rather than fail.
      this.answers = {};
      this.responded = new Set();
      return engine.walk({}, new Set(), this.#options);
    }
  }

  protected override update(): void {
    litRenderer(this, this.render());
  }

  protected override updated(): void {
    this.#history.record(this.#shown);
    if (this.keep) saveAnswers({ answers: this.answers, responded: [...this.responded] });
    // The next screen may wait for the engine: keep the wish to move focus until its heading is there.
    const heading = this.#moveFocus ? this.shadowRoot!.querySelector<HTMLElement>('h2[tabindex]') : null;
    if (heading) {
      this.#moveFocus = false;
      heading.focus();
    }
  }

  /** Stops reading aloud (a new screen, or the widget leaves the page). */
  #hush(): void {
    if (this.speaking) speechSynthesis.cancel();
    this.speaking = null;
  }

  #go(change: () => void): void {
    this.#hush();
    this.error = null;
    this.monthOnly = null;
    this.moreMatters = false;
    change();
    this.announcement = '';
    this.#moveFocus = true;
  }

  protected render() {
    const parts = this.#parts;
    // Until the rules and the words are ready (or when they fail), the page's own help stays in view.
    // (The error words come with the questions' words: ask for them, the view follows when they arrive.)
    if (this.dataState === 'error') return (parts.need('questions'), html`${this.renderStatus()}<slot></slot>`);
    if (this.dataState !== 'ready') return renderNotReady(undefined, (key) => this.t(key), nothing, parts.retry);
    if (!parts.need('questions')) return this.#renderNotReady();
    const flow = this.#flow();
    if (!flow) return (this.#needEngine(), this.#renderNotReady());
    // Past the first screen, the questions' words (loaded with the engine) are needed.
    const first = this.moreMatters || (!this.showResult && (this.editing ?? flow.next) === 'matter');
    if (!first && !parts.need('steps')) return this.#renderNotReady();
    this.#shown = this.showResult && !flow.next ? 'result' : this.moreMatters ? 'matter+' : (this.editing ?? flow.next ?? 'review');
    // The result view and its words load while the worker answers, once the matter is known.
    const quickExit = this.hasAttribute('quick-exit-href') || this.answers.matter === 'domestic-violence';
    const resultReady = (quickExit || flow.path.length > 0) && parts.need('result');
    let screen: unknown;
    if (this.showResult && !flow.next) {
      screen = resultReady
        ? html`<button type="button" class="back" @click=${this.#onBack}>${this.t('back')}</button>
            ${parts.resultView!.renderResult(this.#resultHost(), parts.engine!.assess(flow.answers as Answers, this.#options), flow.answers)}`
        : this.#renderNotReady();
    } else if (this.moreMatters) screen = renderQuestion(this.#questionHost(), MORE_MATTERS_QUESTION, flow);
    else if (this.editing || flow.next) screen = renderQuestion(this.#questionHost(), questionFor((this.editing ?? flow.next)!), flow);
    else screen = renderReview(this.#questionHost(), flow.path, flow.answers);
    return html`${quickExit && resultReady ? renderQuickExit(this.t('exit.quick'), this.getAttribute('quick-exit-href'), this.#onExit) : nothing}${screen}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${renderPrivacy((key) => this.t(key), this.keep, this.#onKeep, this.#onExit)}`;
  }

  // ---- questions and answers ----

  /** What the question screens and "check your answers" need from the checker. */
  #questionHost(): QuestionHost & ReviewHost {
    return {
      locale: this.locale,
      t: (key, values) => this.t(key, values),
      own: (key) => this.#parts.own(key),
      date: (value) => this.formatDate(value),
      answers: this.answers,
      responded: this.responded,
      error: this.error,
      otherTicked: this.#otherTicked,
      monthOnly: this.monthOnly,
      setMonthOnly: (on) => (this.monthOnly = on),
      reader: this as never,
      lefts: this.#lefts,
      back: this.#onBack,
      submit: (event, q) => this.#onSubmit(event, q),
      needEngine: this.#needEngine,
      edit: (field) => this.#go(() => (this.editing = field)),
      seeResult: this.#onSeeResult,
    };
  }

  #onSubmit(event: SubmitEvent, q: Question): void {
    event.preventDefault();
    const skipped = (event.submitter as HTMLButtonElement | null)?.value === 'skip';
    const { engine } = this.#parts;
    const read = readAnswer(event.target as HTMLFormElement, q, skipped, engine, this.#options.today);
    // 「别的事」 asks what happened before anything is recorded.
    if (q.field === 'matter') this.#otherTicked = !q.more && read.value === 'other';
    if (this.#otherTicked) return this.#go(() => Object.assign(this, { editing: 'matter', moreMatters: true }));
    const answers = { ...this.answers };
    if (read.value === undefined) delete answers[q.field];
    else (answers as Record<string, unknown>)[q.field] = read.value;
    // The engine's own checks (a date after today, leaving before starting); only the matter comes before it.
    const error = read.error ?? engine?.answerError(answers, this.#options);
    if (error) {
      this.error = error;
      this.#moveFocus = false;
      return;
    }
    this.#go(() => {
      this.answers = answers;
      this.responded = new Set(this.responded).add(q.field);
      this.editing = null;
    });
  }

  readonly #onBack = (): void => {
    const flow = this.#flow();
    const { editing, showResult, moreMatters } = this;
    const target = flow && backTarget(flow, { editing, showResult, moreMatters }, this.answers.matter);
    // The popstate that follows shows it, and the phone's Forward can come back.
    if (target && !this.#history.backTo(target)) this.#go(() => Object.assign(this, viewOf(target, flow)));
  };

  readonly #onSeeResult = (): void => {
    this.#go(() => (this.showResult = true));
    const flow = this.#flow();
    const { engine } = this.#parts;
    if (flow && engine) this.dispatchEvent(new LaEligibilityResultEvent(engine.assess(flow.answers as Answers, this.#options)));
  };

  // ---- the result (rendered by the lazily loaded result view) ----

  #resultHost(): ResultHost {
    const { path, answers } = this.#flow()!;
    const words = this.#questionHost();
    return {
      locale: this.locale,
      mapHref: this.mapHref,
      element: this,
      today: this.#options.today,
      calendar: this.#calendar,
      t: words.t,
      date: words.date,
      number: (value) => formatNumber(value, this.locale),
      yuan: (value) => formatYuan(value, this.locale),
      summary: () => path.map((field) => [this.t(`q.${field}`), answerText(words, field, answers)]),
      review: () => this.#go(() => (this.showResult = false)),
      restart: this.#onExit,
    };
  }

  // ---- privacy ----

  readonly #onKeep = (event: Event): void => {
    this.keep = (event.target as HTMLInputElement).checked;
    if (!this.keep) clearAnswers();
  };

  readonly #onExit = (): void => {
    clearAnswers();
    this.#go(() => Object.assign(this, { answers: {}, responded: new Set(), editing: null, showResult: false, keep: false }));
    this.#lefts = [];
    this.#otherTicked = false;
    this.announcement = this.t('privacy.cleared');
  };
}
