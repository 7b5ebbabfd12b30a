import { html, nothing, type TemplateResult } from 'lit-html';
import { adoptStyles } from '../core/css.js';
import { formatNumber, formatYuan, parseIsoDate } from '../core/format.js';
import { litRenderer } from '../core/lit-renderer.js';
import { interpolate, type Messages } from '../core/locale.js';
import { LaPlainDataElement } from '../core/plain-data-element.js';
import { attribute, state } from '../core/reactive.js';
import { statusStyles } from '../core/status.styles.js';
import { tokens } from '../core/tokens.styles.js';
import { clearAnswers, loadAnswers, saveAnswers } from './answer-storage.js';
import { EligibilityInputError } from './engine/answers.js';
import { assess, type AssessOptions } from './engine/assess.js';
import { BASELINE_PACK } from './engine/baseline.js';
import { parseRuleSet, type RulePack } from './engine/packs.js';
import type { AnswerField, Answers } from './engine/types.js';
import { LaEligibilityResultEvent } from './eligibility-events.js';
import { checkerStyles } from './eligibility-checker.styles.js';
import { loadMessages, type CheckerKey, type MessagePart, type PartMessages } from './eligibility-checker.strings.js';
import { fromChoice, questionFor, toChoice, walk, type PartialAnswers, type Question } from './question-flow.js';

type Key = CheckerKey;
type ResultView = typeof import('./result-view.js');
const HINTS = new Set(['ruralWorker', 'proofOfStatus', 'householdIncomePerCapita', 'lastInterruption', 'injuryDate', 'needsPreservation']);
const localToday = (d = new Date()) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * "Can I get free legal aid?" A guided check, one plain question per screen, that ends in a one-sentence
 * answer, the reasons with their legal basis, the deadline clock, what to bring and where to go.
 * Answers stay in memory unless the worker ticks "keep on this phone". Lit's templates without its
 * reactive runtime (LaPlainDataElement + litRenderer), so the engine and the questions fit the budget.
 * @summary Legal-aid eligibility check with legal citations.
 * @attr region - GB/T 2260 code of the accepting agency's region, e.g. 442000; unknown codes use the national rules.
 * @attr today - The day to assess on (YYYY-MM-DD); defaults to the device's date.
 * @attr map-href - The workstation map page; the result links to it with ?issue=<matter>.
 * @attr src - URL of the rule packs (JSON); without it the built-in national rules apply.
 * @attr timeout - How long to wait for `src`, in milliseconds (default 10,000).
 * @attr large-text - Large-text mode (适老化): bigger type and touch targets.
 * @slot - Server-rendered help shown until the widget runs (who can get aid, hotlines, what to bring).
 * @event la-eligibility-result - The worker reached the result; detail: { assessment }.
 * @event la-data-ready - The rule packs loaded and validated.
 * @event la-data-error - The rule packs could not be used; the error view with 12348 shows.
 * @csspart question - The form of the current question.
 * @csspart result - The result screen.
 * @csspart urgent - The banner shown when fewer than 7 days are left.
 * @csspart checklist - The printable list of what to bring.
 * @csspart status - The loading message.
 * @csspart error - The error view.
 * @csspart hotline - The 12348 hotline in the error view.
 * @cssproperty [--la-eligibility-checker-accent=var(--la-color-primary)] - Colour of the progress line and the deadline clock.
 */
export class LaEligibilityChecker extends LaPlainDataElement<RulePack[], Messages, { packs: RulePack[] }> {
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
  /** A part (words, the result view) failed to load: not asked for again until the worker retries. */
  private partFailed = false;
  private loading = new Set<string>();
  private moveFocus = false;

  protected override t(key: string, values?: Record<string, string | number>): string {
    const own = this.messages[`${this.locale}:questions`]?.[key as Key] ?? this.messages[`${this.locale}:result`]?.[key as Key];
    return own === undefined ? super.t(key, values) : interpolate(own, values);
  }

  /** Starts loading a message part (and the result view with the result messages); true once ready. */
  private need(part: MessagePart): boolean {
    const id = `${this.locale}:${part}`;
    const ready = Boolean(this.messages[id]) && (part === 'questions' || Boolean(this.resultView));
    if (!ready && !this.loading.has(id)) {
      this.loading.add(id);
      const view = part === 'result' && !this.resultView ? import('./result-view.js') : Promise.resolve(this.resultView);
      Promise.all([loadMessages(this.locale, part), view])
        .then(([messages, resultView]) => {
          this.messages = { ...this.messages, [id]: messages };
          // Constructed style sheets pass a strict CSP, like the static ones.
          if (resultView && !this.resultView) adoptStyles(this.shadowRoot!, resultView.resultStyles);
          this.resultView = resultView;
        })
        .catch((error: unknown) => {
          // The error view with the hotline and a retry (which reloads the rules, then the words), never an
          // endless "loading".
          this.partFailed = true;
          this.dataState = 'error';
          this.dataError = { kind: 'network', message: `could not load ${id}: ${String(error)}` };
          console.warn(`legal-aid-kit: <${this.localName}> ${this.dataError.message}`);
          this.requestRender();
        })
        .finally(() => this.loading.delete(id));
    }
    return ready;
  }

  protected parseData(raw: unknown): RulePack[] {
    return parseRuleSet(raw, 'rule packs');
  }

  override reload(): Promise<void> {
    this.partFailed = false;
    return super.reload();
  }

  protected override dataWhenMissing(): unknown {
    return { packs: [BASELINE_PACK] };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = loadAnswers();
    if (saved) {
      this.keep = true;
      this.answers = saved.answers;
      this.responded = new Set(saved.responded);
    }
  }

  private get options(): AssessOptions {
    const today = this.today && parseIsoDate(this.today) ? this.today : localToday();
    const region = this.region && /^\d{6}$/.test(this.region) ? this.region : undefined;
    return { today, region, packs: this.value ?? [BASELINE_PACK] };
  }

  private flow() {
    try {
      return walk(this.answers, this.responded, this.options);
    } catch {
      // Saved answers that no longer pass the engine's checks: start afresh rather than fail.
      this.answers = {};
      this.responded = new Set();
      return walk({}, new Set(), this.options);
    }
  }

  protected override paint(content: unknown): void {
    litRenderer(this, content);
    if (this.keep) saveAnswers({ answers: this.answers, responded: [...this.responded] });
    if (this.moveFocus) {
      this.moveFocus = false;
      this.shadowRoot!.querySelector<HTMLElement>('h2[tabindex]')?.focus();
    }
  }

  private go(change: () => void): void {
    change();
    this.error = null;
    this.announcement = '';
    this.moveFocus = true;
  }

  protected render() {
    // Until the rules and the words are ready (or when they fail), the page's own help stays in view.
    // (The error words come with the questions' words: ask for them, the view follows when they arrive.)
    if (this.dataState === 'error') return (this.partFailed || this.need('questions'), html`${this.renderStatus()}<slot></slot>`);
    if (this.dataState !== 'ready' || !this.need('questions')) return this.renderLoading();
    const flow = this.flow();
    // The result view and its words load while the worker checks the answers.
    const resultReady = !flow.next && this.need('result');
    let screen: TemplateResult;
    if (this.showResult && !flow.next) {
      screen = resultReady
        ? html`<button type="button" class="back" @click=${this.onBack}>${this.t('back')}</button>
            ${this.resultView!.renderResult(this.resultHost(), assess(flow.answers as Answers, this.options), flow.answers)}`
        : this.renderLoading();
    } else if (this.editing || flow.next) screen = this.renderQuestion(questionFor((this.editing ?? flow.next)!), flow);
    else screen = this.renderReview(flow.path, flow.answers);
    return html`${screen}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <div class="privacy">
        <label><input type="checkbox" .checked=${this.keep} @change=${this.onKeep} />${this.t('privacy.keep')}</label>
        <p>${this.t('privacy.note')}</p>
        <button type="button" @click=${this.onExit}>${this.t('privacy.exit')}</button>
      </div>`;
  }

  private renderLoading(): TemplateResult {
    return html`<p class="la-status" role="status" part="status">${this.t('status.loading')}</p>
      <slot></slot>`;
  }

  // ---- question screens ----

  private renderQuestion(q: Question, flow: ReturnType<typeof walk>): TemplateResult {
    const index = flow.path.indexOf(q.field);
    const number = index >= 0 ? index + 1 : flow.path.length + 1;
    // Before the matter is known there is no estimate; on the last question there is nothing left to say.
    const left = flow.remaining === null ? 0 : Math.max(flow.remaining - (index >= 0 ? 0 : 1), 0);
    const hint = HINTS.has(q.field);
    const described = [hint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ') || nothing;
    const canGoBack = number > 1;
    const count = (value: number) => formatNumber(value, this.locale);
    const progress = this.t(left ? 'progress' : 'progressLast', { n: count(number), left: count(left) });
    return html`${canGoBack ? html`<button type="button" class="back" @click=${this.onBack}>${this.t('back')}</button>` : nothing}
      <p class="progress">${progress}</p>
      <form part="question" data-field=${q.field} novalidate @submit=${(e: SubmitEvent) => this.onSubmit(e, q)}>
        <fieldset aria-describedby=${described} aria-invalid=${this.error ? 'true' : nothing}>
          <legend><h2 tabindex="-1">${this.t(`q.${q.field}` as Key)}</h2></legend>
          ${hint ? html`<p id="hint" class="hint">${this.t(`hint.${q.field}` as Key)}</p>` : nothing}
          ${this.error ? html`<p id="error" class="field-error" role="alert">${this.t(this.error)}</p>` : nothing}
          ${q.kind === 'choice' ? this.renderChoices(q) : q.kind === 'date' ? this.renderDate(q) : this.renderAmount(q)}
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary">${this.t('continue')}</button>
          ${q.skip ? html`<button type="submit" value="skip">${this.t(`opt.${q.skip}`)}</button>` : nothing}
        </div>
      </form>`;
  }

  private renderChoices(q: Question): TemplateResult {
    const current = toChoice(q.field, this.answers[q.field]) ?? (this.responded.has(q.field) ? 'unsure' : undefined);
    return html`<div class="choices">
      ${q.options!.map(
        (option) =>
          html`<label class="choice"
            ><input type="radio" name="answer" value=${option} .checked=${current === option} /><span
              >${this.optionLabel(q.field, option)}</span
            ></label
          >`,
      )}
    </div>`;
  }

  /** An option's label; "none" of the benefits reads "none of these". */
  private optionLabel(field: AnswerField, option: string): string {
    return this.t(field === 'assistance' && option === 'none' ? 'opt.none-of-these' : `opt.${option}`);
  }

  private renderDate(q: Question): TemplateResult {
    const [y, m, d] = ((this.answers[q.field] as string | undefined) ?? '').split('-');
    const part = (name: string, key: Key, value: string | undefined, size: string) =>
      html`<label class="date-part ${size}"
        >${this.t(key)}<input
          name=${name}
          inputmode="numeric"
          autocomplete="off"
          maxlength=${name === 'year' ? 4 : 2}
          .value=${value ? String(Number(value)) : ''}
      /></label>`;
    return html`<div class="date">${part('year', 'year', y, 'wide')}${part('month', 'month', m, '')}${part('day', 'day', d, '')}</div>`;
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
    if (q.kind === 'amount') {
      const text = String(data.get('amount') ?? '').replace(/[,，\s元]/g, '');
      const value = Number(text);
      return text === '' || !Number.isFinite(value) || value < 0 ? { error: 'error.number' } : { value };
    }
    const [year, month, day] = ['year', 'month', 'day'].map((name) => String(data.get(name) ?? '').trim());
    const iso = `${year!.padStart(4, '0')}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
    return /^\d{4}-\d{2}-\d{2}$/.test(iso) && parseIsoDate(iso) ? { value: iso } : { error: 'error.date' };
  }

  private onSubmit(event: SubmitEvent, q: Question): void {
    event.preventDefault();
    const skipped = (event.submitter as HTMLButtonElement | null)?.value === 'skip';
    const read = this.readAnswer(event.target as HTMLFormElement, q, skipped);
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
    try {
      assess(answers as Answers, this.options);
      return null;
    } catch (error) {
      if (!(error instanceof EligibilityInputError)) throw error;
      const message = error.problems[0]?.message ?? '';
      return message.includes('after today') ? 'error.future' : message.includes('before') ? 'error.order' : 'error.date';
    }
  }

  private onBack = (): void => {
    const { path, next } = this.flow();
    const current = this.editing ?? next;
    const index = current ? path.indexOf(current) : -1;
    this.go(() => {
      if (this.showResult) this.showResult = false;
      else this.editing = index > 0 ? path[index - 1]! : index === -1 ? (path.at(-1) ?? null) : this.editing;
    });
  };

  // ---- check your answers ----

  private answerText(field: AnswerField, answers: PartialAnswers): string {
    const q = questionFor(field);
    const value = answers[field];
    if (value === undefined) return this.t(`opt.${q.skip ?? 'unsure'}`);
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
    this.dispatchEvent(new LaEligibilityResultEvent(assess(flow.answers as Answers, this.options)));
  };

  // ---- the result (rendered by the lazily loaded result view) ----

  private resultHost(): import('./result-view.js').ResultHost {
    return {
      locale: this.locale,
      mapHref: this.mapHref,
      t: (key, values) => this.t(key, values),
      date: (value) => this.formatDate(value),
      number: (value) => formatNumber(value, this.locale),
      yuan: (value) => formatYuan(value, this.locale),
      review: () => this.go(() => (this.showResult = false)),
      restart: this.onExit,
      print: this.onPrint,
    };
  }

  private onPrint = (): void => {
    // Print the reasons too: a closed <details> would print only its summary.
    this.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    window.print();
  };

  // ---- privacy ----

  private onKeep = (event: Event): void => {
    this.keep = (event.target as HTMLInputElement).checked;
    if (!this.keep) clearAnswers();
  };

  private onExit = (): void => {
    clearAnswers();
    this.go(() => {
      this.answers = {};
      this.responded = new Set();
      this.editing = null;
      this.showResult = false;
      this.keep = false;
    });
    this.announcement = this.t('privacy.cleared');
  };
}
