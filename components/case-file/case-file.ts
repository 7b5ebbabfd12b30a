import { html, nothing } from 'lit-html';
import { formatYuan, parseIsoDate } from '../core/format.js';
import { litRenderer } from '../core/lit-renderer.js';
import { LaDataElement } from '../core/data-element.js';
import { interpolate, type Messages } from '../core/locale.js';
import { setAttr } from '../core/dom.js';
import { ScreenHistory } from '../core/screen-history.js';
import { statusStyles } from '../core/status.styles.js';
import { tokens } from '../core/tokens.styles.js';
import type { RulePack } from '../eligibility/engine/packs.js';
import { DataValidationError } from '../core/validate.js';
import { checkerStyles } from '../eligibility/eligibility-checker.styles.js';
import type { CaseFacts } from './case-facts.js';
import { caseFileStyles } from './case-file.styles.js';
import { stepsFor, writePath, type CaseFile, type Step } from './case-steps.js';
import { readField } from './field-input.js';
import { caseFileWords } from './case-file.strings.js';
import { KeepController } from './keep-controller.js';
import { rawValues, renderQuestion } from './question-view.js';

type PapersView = typeof import('./papers-view.js');
const localToday = (d = new Date()) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * From the check's result to the papers: asks only what the papers need, one question a screen, shows the
 * amounts with their formula in words, and writes the legal-aid form, the arbitration application, the
 * evidence list and, for an injury, the recognition facts sheet, as A4 pages to print and as pictures.
 * Everything stays in memory on the phone; "keep on this phone" is opt-in; nothing is sent.
 * @summary The application papers, made on the phone.
 * @attr region - GB/T 2260 code of the region: its arbitration commission and local figures.
 * @attr today - The day the papers are dated (YYYY-MM-DD); defaults to the device's date.
 * @attr src - URL of the rule packs (/data/rules.json); without it the national baseline applies and addressees are left blank.
 * @attr timeout - How long to wait for `src`, in milliseconds (default 10,000).
 * @attr large-text - Large-text mode (适老化): bigger type and touch targets.
 * @event la-data-ready - The rule packs loaded and validated.
 * @event la-data-error - The rule packs could not be used; the error view with 12348 shows.
 * @csspart question - The form of the current question.
 * @csspart amounts - The amounts to check, each with its formula and legal basis.
 * @csspart papers - The papers and their print and picture buttons.
 * @csspart status - The loading message.
 * @csspart error - The error view.
 * @csspart hotline - The 12348 hotline in the error view.
 * @cssproperty [--la-eligibility-checker-accent=var(--la-color-primary)] - Colour of the progress line (the checker's question styles, shared).
 */
export class LaCaseFile extends LaDataElement<RulePack[], Messages, { packs: RulePack[] }> {
  static override styles = [tokens, statusStyles, checkerStyles, caseFileStyles];
  static override strings = caseFileWords;
  // English loads the first time it shows (its own file imports the Chinese only as a type).
  static override lazyStrings = { en: () => import('./case-file.strings.en.js').then((m) => m.en) };

  static override attributeNames = [...LaDataElement.attributeNames, 'region', 'today'];

  /** GB/T 2260 code of the region: its arbitration commission and local figures. */
  get region(): string | null {
    return this.getAttribute('region');
  }
  set region(value: string | null) {
    setAttr(this, 'region', value);
  }
  /** The day the claim is worked out on (YYYY-MM-DD); defaults to the device's date. */
  get today(): string | null {
    return this.getAttribute('today');
  }
  set today(value: string | null) {
    setAttr(this, 'today', value);
  }

  // Plain fields, each change followed by requestUpdate() (decorators cost bytes this budget lacks).
  file: CaseFile = { facts: {} };
  error: { path: string; key: string } | null = null;
  pictures: string[] = [];
  notice = '';
  #at = 0;
  #view: PapersView | null = null;
  /** Screens the check already answered (the matter, the migrant-worker status). */
  #given = new Set<string>();
  #moveFocus = false;
  /** The step on view, by id (the steps asked change with the answers; an id stays the same screen). */
  #shown = '';
  /** Each screen a history entry: the phone's Back and Forward move between questions. */
  readonly #history = new ScreenHistory(this, 'la-case-file-step', (id) => this.#showStep(id));
  readonly #keep = new KeepController(
    this,
    (handed) => {
      this.file = { ...this.file, facts: { ...handed.facts, ...this.file.facts }, economicCheck: handed.economicCheck };
      if (handed.facts.matter) this.#given.add('matter');
      if (handed.economicCheck) this.#given.add('status');
    },
    () => ({ facts: this.file.facts, economicCheck: this.file.economicCheck }),
  );

  /** Facts another widget hands over (the work log's monthly summary): merged into what the worker said. */
  get caseFacts(): CaseFacts {
    return this.file.facts;
  }
  set caseFacts(facts: CaseFacts) {
    const claim = { ...this.file.facts.claim, ...facts.claim };
    this.file = { ...this.file, facts: { ...this.file.facts, ...facts, claim } };
    this.requestUpdate();
  }

  /** The packs' shape only: the calculator checks every value when it uses them (and names a bad one). An
   * empty list is the national baseline (what a page without `src` gets). */
  protected parseData(raw: unknown): RulePack[] {
    const packs = (raw as { packs?: unknown } | null)?.packs;
    if (!Array.isArray(packs)) throw new DataValidationError([{ path: 'packs', message: 'must be a list of rule packs' }], 'rules');
    return packs as RulePack[];
  }

  /** No rules given: the national baseline (papers-view.ts), with the addressees left to fill in. */
  protected override dataWhenMissing(): unknown {
    return { packs: [] };
  }

  get #today(): string {
    return this.today && parseIsoDate(this.today) ? this.today : localToday();
  }

  get #steps(): Step[] {
    return stepsFor(this.file, this.#given);
  }

  protected override update(): void {
    litRenderer(this, this.render());
  }

  protected override updated(): void {
    this.#history.record(this.#shown);
    const heading = this.#moveFocus ? this.shadowRoot!.querySelector<HTMLElement>('h2[tabindex]') : null;
    if (heading) {
      this.#moveFocus = false;
      heading.focus();
    }
  }

  /** The amounts' and papers' words come with their view; the rest are the widget's own. */
  override t(key: string, values?: Record<string, string | number>): string {
    const own = this.#view?.papersViewWords[this.locale][key];
    return own === undefined ? super.t(key, values) : interpolate(own, values);
  }

  yuan = (value: number): string => formatYuan(value, this.locale);

  #loadView(): void {
    if (!this.#view) void import('./papers-view.js').then((view) => ((this.#view = view), this.requestUpdate()));
  }

  protected render() {
    if (this.dataState !== 'ready' || !this.wordsReady) return html`${this.renderStatus()}<slot></slot>`;
    const steps = this.#steps;
    const step = steps[Math.min(this.#at, steps.length - 1)]!;
    this.#shown = step.id;
    let screen: unknown;
    if (step.id === 'amounts' || step.id === 'papers') {
      this.#loadView();
      const host = this.#papersHost();
      screen =
        !this.#view || !host
          ? html`<p class="la-status" role="status">${this.t('papers.loading')}</p>`
          : (step.id === 'amounts' ? this.#view.renderAmounts : this.#view.renderPapers)(host, this.#view.claimFor(host));
    } else screen = renderQuestion(this, step, this.#at, steps.length);
    return html`${this.#at === 0 ? html`<p class="intro">${this.t('intro')}</p>` : nothing}${screen}
      <div class="privacy no-print">
        <p>${this.t('privacy.note')}</p>
        <label><input type="checkbox" .checked=${this.#keep.keep} @change=${this.#onKeep} />${this.t('privacy.keep')}</label>
        <button type="button" @click=${this.#onExit}>${this.t('privacy.exit')}</button>
        ${step.id === 'papers' ? nothing : html`<p role="status">${this.notice}</p>`}
      </div>`;
  }

  #papersHost() {
    return {
      locale: this.locale,
      t: (key: string, values?: Record<string, string | number>) => this.t(key, values),
      yuan: this.yuan,
      file: this.file,
      today: this.#today,
      region: this.region && /^\d{6}$/.test(this.region) ? this.region : undefined,
      packs: this.value ?? [],
      pictures: this.pictures,
      notice: this.notice,
      onBack: this.onBack,
      onContinue: () => this.#go(this.#at + 1),
      onPrint: () => print(),
      onPicture: this.#onPicture,
    };
  }

  #go(at: number): void {
    this.error = null;
    this.notice = '';
    this.#at = Math.max(0, at);
    this.requestUpdate();
    this.#moveFocus = true;
  }

  /** The app's Back is a step back in the history (the popstate shows it), so the phone's Forward returns. */
  onBack = (): void => {
    const steps = this.#steps;
    const at = steps.findIndex((step) => step.id === this.#shown);
    if (at > 0 && !this.#history.backTo(steps[at - 1]!.id)) this.#go(at - 1);
  };

  /** The browser went back or forward to a step: show it with his answers (false if it is no longer asked). */
  #showStep(id: string): boolean {
    const at = this.#steps.findIndex((step) => step.id === id);
    if (at >= 0) this.#go(at);
    return at >= 0;
  }

  onSubmit = (event: SubmitEvent, step: Step): void => {
    event.preventDefault();
    this.#loadView();
    const form = event.currentTarget as HTMLFormElement;
    let next = this.file;
    for (const field of step.fields) {
      const reading = readField(field, rawValues(form, field), this.#today);
      if ('error' in reading) {
        // What he typed stays in the boxes (nothing is re-rendered into them); the error names the fix.
        this.error = { path: field.path, key: reading.error };
        this.requestUpdate();
        this.#moveFocus = false;
        void this.updateComplete.then(() => form.querySelector<HTMLElement>(':is(input, textarea)[aria-invalid="true"]')?.focus());
        return;
      }
      next = writePath(next, field.path, reading.value);
    }
    this.file = next;
    this.#go(this.#at + 1);
  };

  #onPicture = async (papers: import('./papers/index.js').Paper[]): Promise<void> => {
    try {
      const { paperPictures } = await import('./papers-picture.js');
      const link = location.href.split(/[?#]/)[0]!;
      this.pictures = await paperPictures(papers, link, getComputedStyle(this.renderRoot).fontFamily);
      this.notice = '';
    } catch (error) {
      console.warn(`legal-aid-kit: the papers picture failed: ${String(error)}`);
      this.notice = this.t('papers.pictureFailed');
    }
    this.requestUpdate();
  };

  #onKeep = (event: Event): void => this.#keep.set((event.target as HTMLInputElement).checked);

  /** "Exit and clear": nothing of his stays, in memory or on the phone. */
  #onExit = (): void => {
    this.#keep.clear();
    this.pictures.forEach((url) => URL.revokeObjectURL(url));
    this.#given.clear();
    this.pictures = [];
    this.file = { facts: {} };
    this.#go(0);
    this.notice = this.t('privacy.cleared');
  };
}
