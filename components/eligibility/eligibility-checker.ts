import { html, nothing, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import { adoptStyles } from '../core/css.js';
import { clampTimeout } from '../core/data-reader.js';
import { formatNumber, formatYuan, parseIsoDate } from '../core/format.js';
import { parseHolidayCalendar, type HolidayCalendar } from '../core/holidays.js';
import { litRenderer } from '../core/lit-renderer.js';
import { interpolate, type Messages } from '../core/locale.js';
import { LaDataElement } from '../core/data-element.js';
import { attribute, state } from '../core/reactive.js';
import { readAloud, voiceFor } from '../core/speech.js';
import { statusStyles } from '../core/status.styles.js';
import { tokens } from '../core/tokens.styles.js';
import { clearAnswers, loadAnswers, saveAnswers } from './answer-storage.js';
import type { AssessOptions } from './engine/assess.js';
import { BASELINE_PACK } from './engine/baseline.js';
import { parseRuleSet, type RulePack } from './engine/packs.js';
import type { AnswerField, Answers } from './engine/types.js';
import { LaEligibilityResultEvent } from './eligibility-events.js';
import { checkerStyles } from './eligibility-checker.styles.js';
import { loadMessages, type CheckerKey, type MessagePart, type PartMessages } from './eligibility-checker.strings.js';
import {
  fromChoice,
  MORE_MATTERS,
  MORE_MATTERS_QUESTION,
  questionFor,
  toChoice,
  type PartialAnswers,
  type Question,
  type Walk,
} from './question-flow.js';

type Key = CheckerKey;
type ResultView = typeof import('./result-view.js');
type Engine = typeof import('./checker-engine.js');
/** The first question needs no rules: the engine loads once the worker starts answering. */
const FIRST_SCREEN: Walk = { path: [], next: 'matter', answers: {}, remaining: null };
const HINTS = new Set([
  'ruralWorker',
  'proofOfStatus',
  'householdIncomePerCapita',
  'lastInterruption',
  'injuryDate',
  'startedWork',
  'needsPreservation',
  'confirmPurpose',
  'commuting',
  'occupationalDisease',
  'injuryDelay',
  'pension',
  'insuredByEmployer',
  'interruptionProof',
]);
/** The key of the checker's step index in `history.state` (an index only: no answer goes into the history). */
const STEP = 'la-eligibility-step';
/** Dates the deadline runs from: "not sure" there means no countdown, and the worker is told so. */
const DEADLINE_DATES: readonly string[] = ['employmentEnded', 'injuryDate', 'diagnosisDate'];
const NEUTRAL_EXIT = 'https://www.baidu.com/';
/** Where "quick exit" goes: only a full http(s) address; anything else (javascript:, a typo, none) gives a neutral site. */
export function exitHref(value: string | null): string {
  try {
    const url = new URL(value!);
    return /^https?:$/.test(url.protocol) ? url.href : NEUTRAL_EXIT;
  } catch {
    return NEUTRAL_EXIT;
  }
}
const localToday = (d = new Date()) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

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
  @state() private error: Key | null = null;
  @state() private keep = false;
  @state() private announcement = '';
  /** Message parts loaded so far, by "locale:part". */
  @state() private messages: Record<string, PartMessages> = {};
  @state() private resultView: ResultView | null = null;
  /** Parts that failed to load, or took longer than `timeout`: their screen shows the error with 12348 and "try again". */
  @state() private failed = new Map<string, 'network' | 'timeout'>();
  @state() private engine: Engine | null = null;
  @state() private engineFailed = false;
  /** "I only know the month" on the date question on screen; null: as the answer given (YYYY-MM or not). */
  @state() private monthOnly: boolean | null = null;
  /** The worker chose 「别的事」: the matter's second screen shows. */
  @state() private moreMatters = false;
  /** 「别的事」 ticked on the first screen, before a matter of the second is chosen: Back shows it ticked. */
  private otherTicked = false;
  /** The phone's voice for the page's language (none: no "read it to me"), and what it is reading. */
  @state() private voice: SpeechSynthesisVoice | undefined;
  @state() private speaking: string | null = null;
  private readonly onVoices = () => (this.voice = voiceFor(this.locale));
  private loading = new Set<string>();
  private moveFocus = false;
  /** Public holidays from the same file as the packs: the legal last day moves off them. */
  private calendar: HolidayCalendar | null = null;
  /** The screens shown, one per history entry ('review', 'result' or a question's field), and the current one. */
  private screens: string[] = [];
  private at = -1;
  private shown = '';
  /** The count of questions left shown at each question number. */
  private lefts: number[] = [];

  protected override t(key: string, values?: Record<string, string | number>): string {
    const own = this.has(key) ?? this.messages[`${this.locale}:result`]?.[key as Key];
    return own === undefined ? super.t(key, values) : interpolate(own, values);
  }

  /** The question words (the first screen's, or the later ones loaded with the engine) for a key, if any. */
  private has(key: string): string | undefined {
    return this.messages[`${this.locale}:questions`]?.[key as Key] ?? this.messages[`${this.locale}:steps`]?.[key as Key];
  }

  /** Starts loading a message part (and the result view with the result messages); true once ready. */
  private need(part: MessagePart): boolean {
    const id = `${this.locale}:${part}`;
    const ready = Boolean(this.messages[id]) && (part !== 'result' || Boolean(this.resultView));
    if (!ready && !this.loading.has(id) && !this.failed.has(id)) {
      this.loading.add(id);
      const fail = (why: string) => {
        if (!this.loading.has(id)) return;
        console.warn(`legal-aid-kit: <${this.localName}> could not load ${id}: ${why}`);
        this.loading.delete(id);
        this.failed = new Map(this.failed).set(id, why === 'timeout' ? 'timeout' : 'network');
      };
      // A chunk that never arrives (a dead connection) must not leave "loading" on screen for ever.
      const timer = setTimeout(() => fail('timeout'), clampTimeout(this.getAttribute('timeout')));
      const view = part === 'result' && !this.resultView ? import('./result-view.js') : Promise.resolve(this.resultView);
      Promise.all([loadMessages(this.locale, part), view])
        .then(
          ([messages, resultView]) => {
            this.messages = { ...this.messages, [id]: messages };
            // Constructed style sheets pass a strict CSP, like the static ones.
            if (resultView && !this.resultView) adoptStyles(this.shadowRoot!, resultView.resultStyles);
            this.resultView = resultView;
            // Arrived after all (after the timeout): show it.
            this.loading.delete(id);
            this.forget(id);
          },
          (error: unknown) => fail(String(error)),
        )
        .finally(() => clearTimeout(timer));
    }
    return ready;
  }

  private forget(id: string): void {
    if (!this.failed.has(id)) return;
    const failed = new Map(this.failed);
    failed.delete(id);
    this.failed = failed;
  }

  /** While a part loads, "loading"; once it failed, the error with the hotline and "try again". */
  private renderNotReady(part: MessagePart): TemplateResult {
    const id = `${this.locale}:${part}`;
    const kind = this.failed.get(id);
    return kind ? this.renderLoadError(kind, () => this.forget(id)) : this.renderLoading();
  }

  /**
   * Starts loading the rules engine (with the question flow) the first time the worker touches the check;
   * true once it is there. The first question shows without it, so a phone downloads it only on use.
   */
  private needEngine = (): boolean => {
    // The later questions' words come with it.
    const words = this.need('steps');
    if (this.engine) return words;
    if (!this.loading.has('engine')) {
      this.loading.add('engine');
      this.engineFailed = false;
      import('./checker-engine.js')
        .then((engine) => (this.engine = engine))
        .catch((error: unknown) => {
          console.warn(`legal-aid-kit: <${this.localName}> could not load the rules: ${String(error)}`);
          this.engineFailed = true;
        })
        .finally(() => this.loading.delete('engine'));
    }
    return false;
  };

  protected parseData(raw: unknown): RulePack[] {
    const packs = parseRuleSet(raw, 'rule packs');
    const calendar = (raw as { calendar?: unknown }).calendar;
    this.calendar = calendar === undefined ? null : parseHolidayCalendar(calendar, 'calendar');
    return packs;
  }

  protected override dataWhenMissing(): unknown {
    return { packs: [BASELINE_PACK] };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.onPopState);
    globalThis.speechSynthesis?.addEventListener('voiceschanged', this.onVoices);
    this.onVoices();
    const saved = loadAnswers();
    if (saved) {
      this.keep = true;
      this.answers = saved.answers;
      this.responded = new Set(saved.responded);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPopState);
    globalThis.speechSynthesis?.removeEventListener('voiceschanged', this.onVoices);
    this.hush();
  }

  /**
   * Each screen is a history entry, so the phone's Back and Forward move between questions (answers stay in
   * memory). The app's Back goes back in the history when the screen before is the one it wants.
   */
  private record(screen: string): void {
    if (!screen || screen === this.screens[this.at]) return;
    const state = history.state && typeof history.state === 'object' ? (history.state as object) : {};
    this.screens.length = this.at + 1;
    this.screens.push(screen);
    (this.at++ < 0 ? history.replaceState : history.pushState).call(history, { ...state, [STEP]: this.at }, '');
  }

  private onPopState = (event: PopStateEvent): void => {
    const index = (event.state as Record<string, unknown> | null)?.[STEP];
    const screen = typeof index === 'number' ? this.screens[index] : undefined;
    const flow = this.flow();
    if (!screen || index === this.at || !flow) return;
    this.at = index as number;
    const field = (screen === 'matter+' ? 'matter' : screen) as AnswerField;
    this.go(() => {
      this.showResult = screen === 'result';
      this.moreMatters = screen === 'matter+';
      // A question the answers have since made unnecessary gives way to the next one.
      this.editing = flow.path.includes(field) || field === flow.next ? field : null;
    });
  };

  private get options(): AssessOptions {
    const today = this.today && parseIsoDate(this.today) ? this.today : localToday();
    const region = this.region && /^\d{6}$/.test(this.region) ? this.region : undefined;
    return { today, region, packs: this.value ?? [BASELINE_PACK], calendar: this.calendar };
  }

  /** Where the worker is: null while the engine he needs is still on its way. */
  private flow(): Walk | null {
    if (!this.engine) return this.responded.size === 0 && !this.needEngineNow() ? FIRST_SCREEN : null;
    const { walk } = this.engine;
    try {
      return walk(this.answers, this.responded, this.options);
    } catch {
      // Saved answers that no longer pass the engine's checks: start afresh rather than fail.
      this.answers = {};
      this.responded = new Set();
      return walk({}, new Set(), this.options);
    }
  }

  /** Answers kept on this phone need the engine at once; a first visit does not. */
  private needEngineNow(): boolean {
    return this.responded.size > 0 && !this.needEngine();
  }

  protected override update(): void {
    litRenderer(this, this.render());
  }

  protected override updated(): void {
    this.record(this.shown);
    if (this.keep) saveAnswers({ answers: this.answers, responded: [...this.responded] });
    // The next screen may wait for the engine: keep the wish to move focus until its heading is there.
    const heading = this.moveFocus ? this.shadowRoot!.querySelector<HTMLElement>('h2[tabindex]') : null;
    if (heading) {
      this.moveFocus = false;
      heading.focus();
    }
  }

  /** Stops reading aloud (a new screen, or the widget leaves the page). */
  private hush(): void {
    if (this.speaking) speechSynthesis.cancel();
    this.speaking = null;
  }

  private go(change: () => void): void {
    this.hush();
    this.error = null;
    this.monthOnly = null;
    this.moreMatters = false;
    change();
    this.announcement = '';
    this.moveFocus = true;
  }

  protected render() {
    // Until the rules and the words are ready (or when they fail), the page's own help stays in view.
    // (The error words come with the questions' words: ask for them, the view follows when they arrive.)
    if (this.dataState === 'error') return (this.need('questions'), html`${this.renderStatus()}<slot></slot>`);
    if (this.dataState !== 'ready') return this.renderLoading();
    if (!this.need('questions')) return this.renderNotReady('questions');
    const flow = this.flow();
    if (!flow) {
      if (!this.engine) this.needEngine();
      return this.engineFailed ? this.renderLoadError('network', this.needEngine) : this.renderLoading();
    }
    // Past the first screen, the questions' words (loaded with the engine) are needed.
    const first = this.moreMatters || (!this.showResult && (this.editing ?? flow.next) === 'matter');
    if (!first && !this.need('steps')) return this.renderNotReady('steps');
    this.shown = this.showResult && !flow.next ? 'result' : this.moreMatters ? 'matter+' : (this.editing ?? flow.next ?? 'review');
    // The result view and its words load while the worker answers, once the matter is known.
    const quickExit = this.hasAttribute('quick-exit-href') || this.answers.matter === 'domestic-violence';
    const resultReady = (quickExit || flow.path.length > 0) && this.need('result');
    let screen: unknown;
    if (this.showResult && !flow.next) {
      screen = resultReady
        ? html`<button type="button" class="back" @click=${this.onBack}>${this.t('back')}</button>
            ${this.resultView!.renderResult(this.resultHost(), this.engine!.assess(flow.answers as Answers, this.options), flow.answers)}`
        : this.renderNotReady('result');
    } else if (this.moreMatters) screen = this.renderQuestion(MORE_MATTERS_QUESTION, flow);
    else if (this.editing || flow.next) screen = this.renderQuestion(questionFor((this.editing ?? flow.next)!), flow);
    else screen = this.renderReview(flow.path, flow.answers);
    return html`${
        quickExit && resultReady
          ? html`<a class="quick-exit" part="quick-exit" href=${exitHref(this.getAttribute('quick-exit-href'))} @click=${this.onQuickExit}
              >${this.t('exit.quick')}</a
            >`
          : nothing
      }${screen}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <div class="privacy">
        <label><input type="checkbox" .checked=${this.keep} @change=${this.onKeep} />${this.t('privacy.keep')}</label>
        <p>${this.t('privacy.note')}</p>
        <button type="button" @click=${this.onExit}>${this.t('privacy.exit')}</button>
      </div>`;
  }

  /**
   * A part of the checker (the rules, its words, the result) could not load: say so plainly, with the
   * hotline and a way to try again. (The base's error view is for the data; the map's budget leaves no
   * room to share it.)
   */
  private renderLoadError(kind: 'network' | 'timeout', retry: () => void): TemplateResult {
    return html`<div class="la-error" role="alert" part="error">
        <p class="la-error-title">${this.t('error.title')}</p>
        <p>${this.t(`error.${kind}`)}</p>
        ${this.renderHotline()}
        <button type="button" @click=${retry}>${this.t('error.retry')}</button>
      </div>
      <slot></slot>`;
  }

  private renderLoading(): TemplateResult {
    return html`<p class="la-status" role="status" part="status">${this.t('status.loading')}</p>
      <slot></slot>`;
  }

  // ---- question screens ----

  private renderQuestion(q: Question, flow: Walk): unknown {
    const index = flow.path.indexOf(q.field);
    const number = index >= 0 ? index + 1 : flow.path.length + 1;
    // Before the matter is known there is no estimate; on the last question there is nothing left to say.
    let left = flow.remaining === null ? 0 : Math.max(flow.remaining - (index >= 0 ? 0 : 1), 0);
    // Going forward, the count of questions left never goes up (an answer may open more than estimated).
    const before = this.lefts[number - 1];
    if (index < 0 && before !== undefined) left = Math.min(left, Math.max(before - 1, 0));
    if (flow.remaining !== null) this.lefts[number] = left;
    const hint = HINTS.has(q.field) && !q.more;
    const described = [hint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ') || nothing;
    const canGoBack = number > 1 || q.more;
    const title = this.t(q.more ? 'q.otherMatter' : (`q.${q.field}` as Key));
    const unsureNote = DEADLINE_DATES.includes(q.field);
    const count = (value: number) => formatNumber(value, this.locale);
    const progress = this.t(left ? 'progress' : 'progressLast', { n: count(number), left: count(left) });
    // Keyed by question: each question gets new inputs. Reused ones would keep what the worker ticked or typed
    // on the previous question (lit sets `.checked`/`.value` only when its own last value changes).
    return keyed(
      q.more ? 'matter+' : q.field,
      html`${canGoBack ? html`<button type="button" class="back" @click=${this.onBack}>${this.t('back')}</button>` : nothing}
        <p class="progress">${progress}</p>
        <form
          part="question"
          data-field=${q.field}
          novalidate
          @submit=${(e: SubmitEvent) => this.onSubmit(e, q)}
          @focusin=${this.needEngine}
          @pointerdown=${this.needEngine}
        >
          <fieldset aria-describedby=${described} aria-invalid=${this.error ? 'true' : nothing}>
            <legend><h2 tabindex="-1">${title}</h2></legend>
            ${hint ? html`<p id="hint" class="hint">${this.t(`hint.${q.field}` as Key)}</p>` : nothing}
            ${this.voice ? this.renderRead(q, title, hint) : nothing}
            ${this.error ? html`<p id="error" class="field-error" role="alert">${this.t(this.error)}</p>` : nothing}
            ${q.kind === 'choice' ? this.renderChoices(q) : q.kind === 'date' ? this.renderDate(q) : this.renderAmount(q)}
          </fieldset>
          <div class="actions">
            <button type="submit" class="primary">${this.t('continue')}</button>
            ${
              q.skip
                ? html`<button type="submit" value="skip" aria-describedby=${unsureNote ? 'unsure' : nothing}>
                    ${this.t(`opt.${q.skip}`)}
                  </button>`
                : nothing
            }
          </div>
          ${unsureNote ? html`<p id="unsure" class="hint">${this.t('hint.unsure-deadline')}</p>` : nothing}
        </form>`,
    );
  }

  /** 「读给我听」: the question, its hint and its answers, read with the phone's voice. */
  private renderRead(q: Question, title: string, hint: boolean): TemplateResult {
    const field = q.more ? 'otherMatter' : q.field;
    const words = [title, hint ? this.t(`hint.${q.field}` as Key) : '', ...(q.options ?? []).map((o) => this.optionLabel(field, o))];
    const on = this.speaking === field;
    return html`<button
      type="button"
      class="read"
      aria-pressed=${String(on)}
      @click=${() => readAloud(this as never, field, words.filter(Boolean).join('\n'))}
    >
      ${this.t(on ? 'readStop' : 'read')}
    </button>`;
  }

  private renderChoices(q: Question): TemplateResult {
    let current = toChoice(q.field, this.answers[q.field]) ?? (this.responded.has(q.field) ? 'unsure' : undefined);
    // A matter from the second screen shows as 「别的事」 on the first.
    if (q.field === 'matter' && !q.more && (this.otherTicked || MORE_MATTERS.includes(current!))) current = 'other';
    return html`<div class="choices">
      ${q.options!.map(
        (option) =>
          html`<label class="choice"
            ><input type="radio" name="answer" value=${option} .checked=${current === option} /><span
              >${this.optionLabel(q.more ? 'otherMatter' : q.field, option)}</span
            ></label
          >`,
      )}
    </div>`;
  }

  /**
   * An option's label: the question's own words where it has them (签了/没签, 能/不能, 写过/没写过; 都不是 or
   * 没有 for "none"), else the shared ones (是/不是/不清楚).
   */
  private optionLabel(field: string, option: string): string {
    if (field === 'assistance' && option === 'none') return this.t('opt.none-of-these');
    const own = `opt.${field}.${option}`;
    return this.t(this.has(own) === undefined ? `opt.${option}` : own);
  }

  private renderDate(q: Question): TemplateResult {
    const answer = (this.answers[q.field] as string | undefined) ?? '';
    const [y, m, d] = answer.split('-');
    const monthOnly = this.monthOnly ?? /^\d{4}-\d{2}$/.test(answer);
    const part = (name: string, key: Key, value: string | undefined, size: string) =>
      html`<label class="date-part ${size}"
        >${this.t(key)}<input
          name=${name}
          inputmode="numeric"
          autocomplete="off"
          maxlength=${name === 'year' ? 5 : 3}
          .value=${value ? String(Number(value)) : ''}
      /></label>`;
    return html`<div class="date">
        ${part('year', 'year', y, 'wide')}${part('month', 'month', m, '')}${monthOnly ? nothing : part('day', 'day', d, '')}
      </div>
      <label class="month-only"
        ><input
          type="checkbox"
          name="monthOnly"
          .checked=${monthOnly}
          @change=${(e: Event) => (this.monthOnly = (e.target as HTMLInputElement).checked)}
        />${this.t('monthOnly')}</label
      >
      ${monthOnly ? html`<p class="hint warning">${this.t('hint.monthOnly')}</p>` : nothing}`;
  }

  private renderAmount(q: Question): TemplateResult {
    const value = this.answers[q.field] as number | undefined;
    return html`<label class="amount"
      ><input name="amount" inputmode="decimal" autocomplete="off" .value=${value === undefined ? '' : String(value)} /><span
        >${this.t('yuan')}</span
      ></label
    >`;
  }

  /** Reads the form: the answer value, undefined for "not sure", or an error key. */
  private readAnswer(form: HTMLFormElement, q: Question, skipped: boolean): { value?: unknown; error?: Key } {
    if (skipped) return { value: undefined };
    const data = new FormData(form);
    if (q.kind === 'choice') {
      const option = data.get('answer');
      return option === null ? { error: 'error.choose' } : { value: fromChoice(q.field, String(option)) };
    }
    const { parseAmount, parseDateParts } = this.engine!;
    if (q.kind === 'amount') {
      const value = parseAmount(String(data.get('amount') ?? ''));
      return value === null ? { error: 'error.number' } : { value };
    }
    const [year, month, day] = ['year', 'month', 'day'].map((name) => String(data.get(name) ?? ''));
    const read = parseDateParts(year!, month!, day!, data.has('monthOnly'), this.options.today);
    return 'value' in read ? read : { error: `error.${read.error}` };
  }

  private onSubmit(event: SubmitEvent, q: Question): void {
    event.preventDefault();
    const skipped = (event.submitter as HTMLButtonElement | null)?.value === 'skip';
    const read = this.readAnswer(event.target as HTMLFormElement, q, skipped);
    // 「别的事」 asks what happened before anything is recorded.
    if (q.field === 'matter') this.otherTicked = !q.more && read.value === 'other';
    if (this.otherTicked)
      return this.go(() => {
        this.editing = 'matter';
        this.moreMatters = true;
      });
    const answers = { ...this.answers };
    if (read.value === undefined) delete answers[q.field];
    else (answers as Record<string, unknown>)[q.field] = read.value;
    const error = read.error ?? this.engineError(answers);
    if (error) {
      this.error = error;
      this.moveFocus = false;
      return;
    }
    this.go(() => {
      this.answers = answers;
      this.responded = new Set(this.responded).add(q.field);
      this.editing = null;
    });
  }

  /** The engine's own checks (a date after today, leaving before starting) as a message for the worker. */
  private engineError(answers: PartialAnswers): Key | null {
    // Only the first answer (the matter, always valid) can come before the engine.
    if (!this.engine) return null;
    try {
      this.engine.assess(answers as Answers, this.options);
      return null;
    } catch (error) {
      if (!(error instanceof this.engine.EligibilityInputError)) throw error;
      const message = error.problems[0]?.message ?? '';
      return message.includes('after today') ? 'error.future' : message.includes('before') ? 'error.order' : 'error.date';
    }
  }

  private onBack = (): void => {
    const flow = this.flow();
    if (!flow) return;
    const { path, next } = flow;
    const current = this.editing ?? next;
    const index = current ? path.indexOf(current) : -1;
    const target = this.moreMatters
      ? 'matter'
      : this.showResult
        ? 'review'
        : index > 0
          ? path[index - 1] === 'matter' && MORE_MATTERS.includes(this.answers.matter!)
            ? 'matter+'
            : path[index - 1]
          : index === -1
            ? path.at(-1)
            : undefined;
    if (!target) return;
    // The popstate that follows shows it, and the phone's Forward can come back.
    if (this.at > 0 && target === this.screens[this.at - 1]) return history.back();
    this.go(() => {
      this.showResult = false;
      this.moreMatters = target === 'matter+';
      if (target !== 'review') this.editing = (this.moreMatters ? 'matter' : target) as AnswerField;
    });
  };

  // ---- check your answers ----

  private answerText(field: AnswerField, answers: PartialAnswers): string {
    const q = questionFor(field);
    const value = answers[field];
    if (value === undefined) return this.t(DEADLINE_DATES.includes(field) ? 'opt.unsure-deadline' : `opt.${q.skip ?? 'unsure'}`);
    const month = /^(\d{4})-(\d{2})$/.exec(value as string);
    // A month alone reads as one: 2026年1月.
    if (month)
      return new Intl.DateTimeFormat(this.locale === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
        Date.UTC(+month[1]!, +month[2]! - 1),
      );
    if (q.kind === 'date') return this.formatDate(value as string);
    if (q.kind === 'amount') return formatYuan(value as number, this.locale);
    const option = toChoice(field, value)!;
    return this.optionLabel(field, option);
  }

  private renderReview(path: AnswerField[], answers: PartialAnswers): TemplateResult {
    return html`<button type="button" class="back" @click=${this.onBack}>${this.t('back')}</button>
      <h2 tabindex="-1">${this.t('review.title')}</h2>
      <dl class="review">
        ${path.map(
          (field) =>
            html`<div>
              <dt>${this.t(`q.${field}` as Key)}</dt>
              <dd>${this.answerText(field, answers)}</dd>
              <dd>
                <button type="button" class="link" @click=${() => this.go(() => (this.editing = field))}>
                  ${this.t('review.change')}<span class="visually-hidden">: ${this.t(`q.${field}` as Key)}</span>
                </button>
              </dd>
            </div>`,
        )}
      </dl>
      <button type="button" class="primary" @click=${this.onSeeResult}>${this.t('review.submit')}</button>`;
  }

  private onSeeResult = (): void => {
    this.go(() => (this.showResult = true));
    const flow = this.flow();
    if (flow && this.engine) this.dispatchEvent(new LaEligibilityResultEvent(this.engine.assess(flow.answers as Answers, this.options)));
  };

  // ---- the result (rendered by the lazily loaded result view) ----

  private resultHost(): import('./result-view.js').ResultHost {
    const { path, answers } = this.flow()!;
    return {
      locale: this.locale,
      mapHref: this.mapHref,
      element: this,
      today: this.options.today,
      calendar: this.calendar,
      t: (key, values) => this.t(key, values),
      date: (value) => this.formatDate(value),
      number: (value) => formatNumber(value, this.locale),
      yuan: (value) => formatYuan(value, this.locale),
      summary: () => path.map((field) => [this.t(`q.${field}` as Key), this.answerText(field, answers)]),
      review: () => this.go(() => (this.showResult = false)),
      restart: this.onExit,
    };
  }

  // ---- privacy ----

  private onKeep = (event: Event): void => {
    this.keep = (event.target as HTMLInputElement).checked;
    if (!this.keep) clearAnswers();
  };

  /** Leaves at once, without a history entry to come back to, after clearing every answer. */
  private onQuickExit = (event: Event): void => {
    event.preventDefault();
    this.onExit();
    location.replace((event.currentTarget as HTMLAnchorElement).href);
  };

  private onExit = (): void => {
    clearAnswers();
    this.go(() => {
      this.answers = {};
      this.responded = new Set();
      this.editing = null;
      this.showResult = false;
      this.keep = false;
      this.lefts = [];
      this.otherTicked = false;
    });
    this.announcement = this.t('privacy.cleared');
  };
}
