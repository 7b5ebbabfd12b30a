import { html, nothing, type TemplateResult } from 'lit-html';
import { voiceFor } from '../core/speech.js';
import { handOver, handoverFromCheck } from '../case-file/handover.js';
import { fullAddress } from '../workstation-map/present.js';
import { formatCitation } from './engine/citations.js';
import type { Assessment, Deadline, Reason } from './engine/types.js';
import type { CheckerKey } from './eligibility-checker.strings.js';
import { onPrint, onRead, planLines, renderPrintFooter, renderPrintHeader, watchVoices } from './plan-actions.js';
import { ALERT, CALLS, checklist, deadlineLevel, hotlines, PASSED_NOTES, planSteps, SHOWN_NOTES, verdict } from './plan-contents.js';
import { stateOf, type ResultHost } from './plan-host.js';
import { makePicture, renderPicture } from './plan-picture.js';
import { pickFor, renderStation } from './plan-station-view.js';
import type { PartialAnswers } from './question-flow.js';

export { resultStyles } from './result-view.styles.js';

/**
 * 「准备申请材料」: for wages and injuries, the papers page (`papers-href`) with the answers handed over in
 * this tab's sessionStorage, never in the address.
 */
function renderPapersLink(host: ResultHost, result: Assessment, answers: PartialAnswers): TemplateResult | typeof nothing {
  const href = host.element.getAttribute('papers-href');
  const handover = href && result.legalAid !== 'out-of-scope' ? handoverFromCheck(answers, result.economicCheck) : null;
  if (!handover) return nothing;
  return html`<p class="no-print">
    <a class="papers-link" href=${href} @click=${() => handOver(handover)}>${host.t('papers.link')}</a>
  </p>`;
}

/**
 * The result as a plan, loaded on demand (while the worker answers) so the questions stay small: the verdict
 * in one sentence, the one thing to do today, the nearest workstation that handles the matter, the deadline
 * clock (amber under 30 days, red under 7), what to bring, then the other steps and the phones; the reasons
 * with their legal basis follow, collapsed. What it says is plan-contents.ts, the workstation
 * plan-station-view.ts; it can be read aloud or printed on one A4 page (plan-actions.ts), or shown as a picture
 * to save (plan-picture.ts; the drawing and the QR code in plan-print.ts load when asked).
 */

/** "Add to my calendar": the .ics maker is the work log's module, loaded on the click (issue 20). */
function addToCalendar(host: ResultHost, deadline: Deadline, answers: PartialAnswers): void {
  const ws = pickFor(host, answers).pick?.item;
  const station = ws && { name: ws.name[host.locale], address: fullAddress(ws, host.locale), phone: ws.phones[0]?.number };
  void import('../work-log/deadline-calendar.js').then((m) =>
    m.addToCalendar({ ...deadline, dateText: host.date(deadline.date), locale: host.locale, station }),
  );
}

function renderDeadline(host: ResultHost, deadline: Deadline, result: Assessment, answers: PartialAnswers): TemplateResult {
  const level = deadlineLevel(deadline);
  const alert = ALERT[level];
  const days = host.number(Math.abs(deadline.daysLeft));
  return html`<div class="clock clock-${level}" part="deadline" role="group" aria-label=${host.t('deadline.heading')}>
    ${alert ? html`<p class="clock-alert">${host.t(alert)}</p>` : nothing}
    <p>${host.t(`deadline.${deadline.kind}`)}</p>
    <p class="clock-date">${host.date(deadline.date)}</p>
    ${level === 'last-day' ? nothing : html`<p class="clock-days">${host.t(level === 'passed' ? 'deadline.passed' : 'deadline.left', { days })}</p>`}
    ${result.urgent && (level === 'red' || level === 'last-day') ? html`<p>${host.t('urgent.first')}</p>` : nothing}
    ${level === 'passed' ? nothing : html`<button type="button" class="no-print" @click=${() => addToCalendar(host, deadline, answers)}>${host.t('deadline.calendar')}</button>`}
  </div>`;
}

function renderPassed(host: ResultHost, result: Assessment): TemplateResult {
  const notes = result.notes.filter((id) => PASSED_NOTES.includes(id));
  // The engine's own "apply anyway" words when it has them, else ours.
  const apply = notes.some((id) => id.startsWith('apply-anyway')) ? [] : ['passed.apply'];
  return html`<div class="passed" part="passed">
    <p class="passed-title">${host.t('passed.title')}</p>
    <ul>
      ${[...apply, ...notes.map((id) => `note.${id}`)].map((key) => html`<li>${host.t(key as CheckerKey)}</li>`)}
      <li><a href="tel:12348">${host.t('where.12348')}</a></li>
    </ul>
  </div>`;
}

function renderReason(host: ResultHost, reason: Reason): TemplateResult {
  return html`<li>
    <p>${host.t(`${reason.rule}.${reason.outcome}` as CheckerKey)}</p>
    <p class="basis">
      ${host.t('reasons.basis')}：${reason.citations.map((c) => formatCitation(c, host.locale)).join(host.locale === 'en' ? '; ' : '、')}
    </p>
  </li>`;
}

export function renderResult(host: ResultHost, result: Assessment, answers: PartialAnswers): TemplateResult {
  const { deadline, threshold } = result;
  const helped = result.legalAid === 'eligible' || result.legalAid === 'means-test';
  const level = deadline ? deadlineLevel(deadline) : null;
  const notes = result.notes
    .filter((id) => !SHOWN_NOTES.includes(id) && !(level === 'passed' && PASSED_NOTES.includes(id)))
    .map((id) => `note.${id}` as CheckerKey)
    .filter((key) => host.t(key) !== key);
  const urgentByDeadline = deadline !== null && deadline.daysLeft >= 0 && deadline.daysLeft < 7;
  const { today, then } = planSteps(result);
  const state = stateOf(host.element);
  const lines = planLines(host, result, answers);
  watchVoices(host);
  const voice = voiceFor(host.locale);
  return html`<section class="result" part="result">
    ${renderPrintHeader(host)}
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
      result.urgent && !urgentByDeadline
        ? html`<div class="urgent" part="urgent">
            <p class="urgent-title">${host.t('urgent.title')}</p>
            <p>${host.t('urgent.preservation')}</p>
            <p><strong>${host.t('preservation.do')}</strong></p>
          </div>`
        : nothing
    }
    ${
      today
        ? html`<div class="today" part="today">
            <h3>${host.t('plan.today')}</h3>
            <p class="today-step">${host.t(`step.${today}` as CheckerKey)}</p>
            ${CALLS[today] ? html`<p><a class="call" href="tel:${CALLS[today]}">${host.t(`where.${CALLS[today]}` as CheckerKey)}</a></p>` : nothing}
          </div>`
        : nothing
    }
    ${renderStation(host, answers)} ${deadline ? renderDeadline(host, deadline, result, answers) : nothing}
    ${level === 'passed' ? renderPassed(host, result) : nothing}
    ${
      notes.length
        ? html`<ul class="notes">
            ${notes.map((key) => html`<li>${host.t(key)}</li>`)}
          </ul>`
        : nothing
    }
    <section class="checklist" part="checklist" aria-labelledby="bring">
      <h3 id="bring">${host.t('bring.heading')}</h3>
      <ul>
        ${checklist(answers, result).map((key) => html`<li>${host.t(key)}</li>`)}
      </ul>
    </section>
    ${renderPapersLink(host, result, answers)}
    ${
      then.length
        ? html`<h3>${host.t(helped ? 'plan.then' : 'steps.alternatives')}</h3>
            <ol class="steps">
              ${then.map((id) => html`<li>${host.t(`step.${id}` as CheckerKey)}</li>`)}
            </ol>`
        : nothing
    }
    <h3>${host.t('plan.phones')}</h3>
    <ul class="where">
      ${hotlines(answers, result).map(({ number, key }) => html`<li><a href="tel:${number}">${host.t(key)}</a></li>`)}
    </ul>
    <details class="why no-print">
      <summary>${host.t('plan.why')}</summary>
      <ul>
        ${result.reasons.map((reason) => renderReason(host, reason))}
      </ul>
    </details>
    <div class="actions no-print">
      ${
        voice
          ? html`<button
              type="button"
              class="read"
              aria-pressed=${state.reading ? 'true' : 'false'}
              @click=${() => onRead(host, result, answers)}
            >
              ${host.t(state.reading ? 'read.stop' : 'read.start')}
            </button>`
          : nothing
      }
      <button type="button" class="print" @click=${() => void onPrint(host)}>${host.t('print.button')}</button>
      <button type="button" class="picture" @click=${() => void makePicture(host, lines, verdict(host, result))}>
        ${host.t('picture.button')}
      </button>
    </div>
    <p class="notice no-print" role="status">${state.notice}</p>
    ${renderPicture(host, lines)}
    <div class="actions no-print">
      <button type="button" @click=${host.review}>${host.t('review.title')}</button>
      <button type="button" @click=${host.restart}>${host.t('restart')}</button>
    </div>
    ${renderPrintFooter(host)}
  </section>`;
}
