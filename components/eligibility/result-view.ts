import { html, nothing, type TemplateResult } from 'lit-html';
import type { Locale } from '../core/locale.js';
import { formatCitation } from './engine/citations.js';
import type { Assessment, Deadline, Reason } from './engine/types.js';
import type { CheckerKey } from './eligibility-checker.strings.js';
import type { PartialAnswers } from './question-flow.js';

export { resultStyles } from './result-view.styles.js';

/**
 * The result screen, loaded on demand (once the worker reaches "check your answers") so the questions
 * stay small: the verdict in one sentence, the urgent banner, the deadline clock, each reason with its
 * legal basis, next steps, a printable list of what to bring and where to go.
 */

export interface ResultHost {
  locale: Locale;
  mapHref: string | null;
  t(key: CheckerKey, values?: Record<string, string | number>): string;
  date(value: string): string;
  number(value: number): string;
  yuan(value: number): string;
  review(): void;
  restart(): void;
  print(): void;
}

/** What to bring to the window, as message keys, for this case. */
export function checklist(answers: PartialAnswers, result: Assessment): CheckerKey[] {
  const keys: CheckerKey[] = ['bring.id'];
  const has = (rule: string) => result.reasons.some((r) => r.rule === rule);
  const labour = ['unpaid-wages', 'double-wages', 'confirm-employment', 'social-insurance', 'work-injury'].includes(answers.matter ?? '');
  if (has('A2')) keys.push('bring.status');
  if (has('A3')) keys.push('bring.assistance');
  if (result.economicCheck === 'required' && result.legalAid !== 'out-of-scope') keys.push('bring.income');
  if (labour) keys.push('bring.work');
  if (answers.matter === 'unpaid-wages' || answers.matter === 'double-wages') keys.push('bring.pay');
  if (answers.hasIou) keys.push('bring.iou');
  if (answers.matter === 'work-injury' || answers.matter === 'traffic-accident') keys.push('bring.medical');
  if (!labour) keys.push('bring.case');
  return keys;
}

/** The workstation map filtered by the worker's issue (the matter is the shared issue code). */
export function mapLink(mapHref: string | null, answers: PartialAnswers): string | null {
  if (!mapHref) return null;
  return `${mapHref}${mapHref.includes('?') ? '&' : '?'}issue=${encodeURIComponent(answers.matter ?? 'other')}`;
}

function verdict(host: ResultHost, result: Assessment): string {
  if (result.legalAid !== 'eligible') return host.t(`verdict.${result.legalAid}`);
  return `${host.t('verdict.eligible')}${host.locale === 'en' ? ' ' : ''}${host.t(`verdict.${result.economicCheck}`)}`;
}

function renderDeadline(host: ResultHost, deadline: Deadline): TemplateResult {
  const days = host.number(Math.abs(deadline.daysLeft));
  return html`<div class="clock" role="group" aria-label=${host.t('deadline.heading')}>
    <p>${host.t(`deadline.${deadline.kind}`)}</p>
    <p class="clock-date">${host.date(deadline.date)}</p>
    <p class="clock-days">${host.t(deadline.daysLeft >= 0 ? 'deadline.left' : 'deadline.passed', { days })}</p>
  </div>`;
}

function renderReason(host: ResultHost, reason: Reason): TemplateResult {
  return html`<details>
    <summary>${host.t(`${reason.rule}.${reason.outcome}` as CheckerKey)}</summary>
    <p>${host.t('reasons.basis')}</p>
    <ul>
      ${reason.citations.map((c) => html`<li>${formatCitation(c, host.locale)}</li>`)}
    </ul>
  </details>`;
}

export function renderResult(host: ResultHost, result: Assessment, answers: PartialAnswers): TemplateResult {
  const { deadline, threshold } = result;
  const helped = result.legalAid === 'eligible' || result.legalAid === 'means-test';
  const notes = result.notes.map((id) => `note.${id}` as CheckerKey).filter((key) => host.t(key) !== key);
  const urgentByDeadline = deadline !== null && deadline.daysLeft >= 0 && deadline.daysLeft < 7;
  const map = mapLink(host.mapHref, answers);
  return html`<section class="result" part="result">
    <h2 tabindex="-1" class="verdict verdict-${result.legalAid}">${verdict(host, result)}</h2>
    ${
      result.economicCheck === 'required' && result.legalAid !== 'out-of-scope'
        ? html`<p>
            ${
              threshold
                ? host.t('threshold.line', { amount: host.yuan(threshold.amount), date: host.date(threshold.effectiveFrom) })
                : host.t('threshold.none')
            }
          </p>`
        : nothing
    }
    ${
      result.urgent
        ? html`<div class="urgent" part="urgent">
            <p class="urgent-title">${host.t('urgent.title')}</p>
            <p>${urgentByDeadline ? host.t('urgent.deadline', { days: host.number(deadline.daysLeft) }) : host.t('urgent.preservation')}</p>
          </div>`
        : nothing
    }
    ${deadline ? renderDeadline(host, deadline) : nothing}
    ${
      notes.length
        ? html`<ul class="notes">
            ${notes.map((key) => html`<li>${host.t(key)}</li>`)}
          </ul>`
        : nothing
    }
    <h3>${host.t('reasons.heading')}</h3>
    <div class="reasons">${result.reasons.map((reason) => renderReason(host, reason))}</div>
    <h3>${host.t(helped ? 'steps.heading' : 'steps.alternatives')}</h3>
    <ol class="steps">
      ${result.nextSteps.map((id) => html`<li>${host.t(`step.${id}` as CheckerKey)}</li>`)}
    </ol>
    <section class="checklist" part="checklist" aria-labelledby="bring">
      <h3 id="bring">${host.t('bring.heading')}</h3>
      <ul>
        ${checklist(answers, result).map((key) => html`<li>${host.t(key)}</li>`)}
      </ul>
      <button type="button" class="no-print" @click=${host.print}>${host.t('bring.print')}</button>
    </section>
    <h3>${host.t('where.heading')}</h3>
    <ul class="where">
      ${result.nextSteps.includes('call-110') ? html`<li><a href="tel:110">${host.t('where.110')}</a></li>` : nothing}
      ${map ? html`<li><a href=${map}>${host.t('where.map')}</a></li>` : nothing}
      <li><a href="tel:12348">${host.t('where.12348')}</a></li>
      <li><a href="tel:12333">${host.t('where.12333')}</a></li>
    </ul>
    <div class="actions no-print">
      <button type="button" @click=${host.review}>${host.t('review.title')}</button>
      <button type="button" @click=${host.restart}>${host.t('restart')}</button>
    </div>
  </section>`;
}
