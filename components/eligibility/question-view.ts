import { html, nothing, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import { formatNumber } from '../core/format.js';
import type { Locale } from '../core/locale.js';
import { readAloud, type Reader } from '../core/speech.js';
import type { AnswerField } from './engine/types.js';
import type { CheckerKey } from './eligibility-checker.strings.js';
type Engine = typeof import('./checker-engine.js');
import { DEADLINE_DATES, fromChoice, MORE_MATTERS, toChoice, type PartialAnswers, type Question, type Walk } from './question-flow.js';

/** Questions that say why they are asked, or what a word means, under the question. */
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

/** What a question screen needs from the checker. */
export interface QuestionHost {
  locale: Locale;
  t(key: string, values?: Record<string, string | number>): string;
  /** The question words' own entry for a key, if they have one. */
  own(key: string): string | undefined;
  answers: PartialAnswers;
  responded: ReadonlySet<AnswerField>;
  error: CheckerKey | null;
  /** 「别的事」 ticked on the first screen, before a matter of the second is chosen. */
  otherTicked: boolean;
  /** "I only know the month" on the date question on screen; null: as the answer given. */
  monthOnly: boolean | null;
  setMonthOnly(on: boolean): void;
  /** The checker as a reader: the phone's voice, and what it is reading. */
  reader: Reader;
  /** The count of questions left shown at each question number (the count never goes up). */
  lefts: number[];
  back(): void;
  submit(event: SubmitEvent, q: Question): void;
  /** Starts loading the engine and the later words: the worker has started answering. */
  needEngine(): boolean;
}

/**
 * An option's label: the question's own words where it has them (签了/没签, 能/不能, 写过/没写过; 都不是 or
 * 没有 for "none"), else the shared ones (是/不是/不清楚).
 */
export function optionLabel(host: Pick<QuestionHost, 't' | 'own'>, field: string, option: string): string {
  if (field === 'assistance' && option === 'none') return host.t('opt.none-of-these');
  const own = `opt.${field}.${option}`;
  return host.t(host.own(own) === undefined ? `opt.${option}` : own);
}

/** One question on its screen: the progress, the question, its hint, its answers, 「下一步」 and "not sure". */
export function renderQuestion(host: QuestionHost, q: Question, flow: Walk): unknown {
  const index = flow.path.indexOf(q.field);
  const number = index >= 0 ? index + 1 : flow.path.length + 1;
  // Before the matter is known there is no estimate; on the last question there is nothing left to say.
  let left = flow.remaining === null ? 0 : Math.max(flow.remaining - (index >= 0 ? 0 : 1), 0);
  // Going forward, the count of questions left never goes up (an answer may open more than estimated).
  const before = host.lefts[number - 1];
  if (index < 0 && before !== undefined) left = Math.min(left, Math.max(before - 1, 0));
  if (flow.remaining !== null) host.lefts[number] = left;
  const hint = HINTS.has(q.field) && !q.more;
  const described = [hint ? 'hint' : '', host.error ? 'error' : ''].filter(Boolean).join(' ') || nothing;
  const canGoBack = number > 1 || q.more;
  const title = host.t(q.more ? 'q.otherMatter' : `q.${q.field}`);
  const unsureNote = DEADLINE_DATES.includes(q.field);
  const count = (value: number) => formatNumber(value, host.locale);
  const progress = host.t(left ? 'progress' : 'progressLast', { n: count(number), left: count(left) });
  // Keyed by question: each question gets new inputs. Reused ones would keep what the worker ticked or typed
  // on the previous question (lit sets `.checked`/`.value` only when its own last value changes).
  return keyed(
    q.more ? 'matter+' : q.field,
    html`${canGoBack ? html`<button type="button" class="back" @click=${host.back}>${host.t('back')}</button>` : nothing}
      <p class="progress">${progress}</p>
      <form
        part="question"
        data-field=${q.field}
        novalidate
        @submit=${(e: SubmitEvent) => host.submit(e, q)}
        @focusin=${host.needEngine}
        @pointerdown=${host.needEngine}
      >
        <fieldset aria-describedby=${described} aria-invalid=${host.error ? 'true' : nothing}>
          <legend><h2 tabindex="-1">${title}</h2></legend>
          ${hint ? html`<p id="hint" class="hint">${host.t(`hint.${q.field}`)}</p>` : nothing}
          ${host.reader.voice ? renderRead(host, q, title, hint) : nothing}
          ${host.error ? html`<p id="error" class="field-error" role="alert">${host.t(host.error)}</p>` : nothing}
          ${q.kind === 'choice' ? renderChoices(host, q) : q.kind === 'date' ? renderDate(host, q) : renderAmount(host, q)}
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary">${host.t('continue')}</button>
          ${
            q.skip
              ? html`<button type="submit" value="skip" aria-describedby=${unsureNote ? 'unsure' : nothing}>
                  ${host.t(`opt.${q.skip}`)}
                </button>`
              : nothing
          }
        </div>
        ${unsureNote ? html`<p id="unsure" class="hint">${host.t('hint.unsure-deadline')}</p>` : nothing}
      </form>`,
  );
}

/** 「读给我听」: the question, its hint and its answers, read with the phone's voice. */
function renderRead(host: QuestionHost, q: Question, title: string, hint: boolean): TemplateResult {
  const field = q.more ? 'otherMatter' : q.field;
  const words = [title, hint ? host.t(`hint.${q.field}`) : '', ...(q.options ?? []).map((o) => optionLabel(host, field, o))];
  const on = host.reader.speaking === field;
  return html`<button
    type="button"
    class="read"
    aria-pressed=${String(on)}
    @click=${() => readAloud(host.reader, field, words.filter(Boolean).join('\n'))}
  >
    ${host.t(on ? 'readStop' : 'read')}
  </button>`;
}

function renderChoices(host: QuestionHost, q: Question): TemplateResult {
  let current = toChoice(q.field, host.answers[q.field]) ?? (host.responded.has(q.field) ? 'unsure' : undefined);
  // A matter from the second screen shows as 「别的事」 on the first.
  if (q.field === 'matter' && !q.more && (host.otherTicked || MORE_MATTERS.includes(current!))) current = 'other';
  return html`<div class="choices">
    ${q.options!.map(
      (option) =>
        html`<label class="choice"
          ><input type="radio" name="answer" value=${option} .checked=${current === option} /><span
            >${optionLabel(host, q.more ? 'otherMatter' : q.field, option)}</span
          ></label
        >`,
    )}
  </div>`;
}

function renderDate(host: QuestionHost, q: Question): TemplateResult {
  const answer = (host.answers[q.field] as string | undefined) ?? '';
  const [y, m, d] = answer.split('-');
  const monthOnly = host.monthOnly ?? /^\d{4}-\d{2}$/.test(answer);
  const part = (name: string, value: string | undefined, size: string) =>
    html`<label class="date-part ${size}"
      >${host.t(name)}<input
        name=${name}
        inputmode="numeric"
        autocomplete="off"
        maxlength=${name === 'year' ? 5 : 3}
        .value=${value ? String(Number(value)) : ''}
    /></label>`;
  return html`<div class="date">${part('year', y, 'wide')}${part('month', m, '')}${monthOnly ? nothing : part('day', d, '')}</div>
    <label class="month-only"
      ><input
        type="checkbox"
        name="monthOnly"
        .checked=${monthOnly}
        @change=${(e: Event) => host.setMonthOnly((e.target as HTMLInputElement).checked)}
      />${host.t('monthOnly')}</label
    >
    ${monthOnly ? html`<p class="hint warning">${host.t('hint.monthOnly')}</p>` : nothing}`;
}

/** Reads the form: the answer value, undefined for "not sure", or an error key. Dates and amounts need the engine. */
export function readAnswer(
  form: HTMLFormElement,
  q: Question,
  skipped: boolean,
  engine: Pick<Engine, 'parseAmount' | 'parseDateParts'> | null,
  today: string,
): { value?: unknown; error?: CheckerKey } {
  if (skipped) return { value: undefined };
  const data = new FormData(form);
  if (q.kind === 'choice') {
    const option = data.get('answer');
    return option === null ? { error: 'error.choose' } : { value: fromChoice(q.field, String(option)) };
  }
  const { parseAmount, parseDateParts } = engine!;
  if (q.kind === 'amount') {
    const value = parseAmount(String(data.get('amount') ?? ''));
    return value === null ? { error: 'error.number' } : { value };
  }
  const [year, month, day] = ['year', 'month', 'day'].map((name) => String(data.get(name) ?? ''));
  const read = parseDateParts(year!, month!, day!, data.has('monthOnly'), today);
  return 'value' in read ? read : { error: `error.${read.error}` };
}

function renderAmount(host: QuestionHost, q: Question): TemplateResult {
  const value = host.answers[q.field] as number | undefined;
  return html`<label class="amount"
    ><input name="amount" inputmode="decimal" autocomplete="off" .value=${value === undefined ? '' : String(value)} /><span
      >${host.t('yuan')}</span
    ></label
  >`;
}
