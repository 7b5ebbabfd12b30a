import { html, type TemplateResult } from 'lit-html';
import { formatYuan } from '../core/format.js';
import type { AnswerField } from './engine/types.js';
import { DEADLINE_DATES, questionFor, toChoice, type PartialAnswers } from './question-flow.js';
import { optionLabel, type QuestionHost } from './question-view.js';

/** What "check your answers" needs from the checker. */
export interface ReviewHost extends Pick<QuestionHost, 'locale' | 't' | 'own' | 'back'> {
  date(value: string): string;
  /** Shows a question again to change its answer. */
  edit(field: AnswerField): void;
  seeResult(): void;
}

/** An answer in the worker's words: the option's label, the date or month, the amount, or "not sure". */
export function answerText(host: Omit<ReviewHost, 'back' | 'edit' | 'seeResult'>, field: AnswerField, answers: PartialAnswers): string {
  const q = questionFor(field);
  const value = answers[field];
  if (value === undefined) return host.t(DEADLINE_DATES.includes(field) ? 'opt.unsure-deadline' : `opt.${q.skip ?? 'unsure'}`);
  const month = /^(\d{4})-(\d{2})$/.exec(value as string);
  // A month alone reads as one: 2026年1月.
  if (month)
    return new Intl.DateTimeFormat(host.locale === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      Date.UTC(+month[1]!, +month[2]! - 1),
    );
  if (q.kind === 'date') return host.date(value as string);
  if (q.kind === 'amount') return formatYuan(value as number, host.locale);
  return optionLabel(host, field, toChoice(field, value)!);
}

/** "Check your answers": each question asked with its answer and a way to change it, then 「看结果」. */
export function renderReview(host: ReviewHost, path: AnswerField[], answers: PartialAnswers): TemplateResult {
  return html`<button type="button" class="back" @click=${host.back}>${host.t('back')}</button>
    <h2 tabindex="-1">${host.t('review.title')}</h2>
    <dl class="review">
      ${path.map(
        (field) =>
          html`<div>
            <dt>${host.t(`q.${field}`)}</dt>
            <dd>${answerText(host, field, answers)}</dd>
            <dd>
              <button type="button" class="link" @click=${() => host.edit(field)}>
                ${host.t('review.change')}<span class="visually-hidden">: ${host.t(`q.${field}`)}</span>
              </button>
            </dd>
          </div>`,
      )}
    </dl>
    <button type="button" class="primary" @click=${host.seeResult}>${host.t('review.submit')}</button>`;
}
