import type { HolidayCalendar } from '../core/holidays.js';
import { html, nothing, svg, type TemplateResult } from 'lit-html';
import type { Locale } from '../core/locale.js';
import { speak, voiceFor } from '../core/speech.js';
import { fullAddress, hoursLines, navigationLinks, openingText } from '../workstation-map/present.js';
import { formatCitation } from './engine/citations.js';
import type { Assessment, Deadline, Reason } from './engine/types.js';
import type { CheckerKey } from './eligibility-checker.strings.js';
// Deliberate: the element's own module (already loaded; registers nothing). Without it, a code-splitting
// bundler moves every core module the plan shares with the element (validation, fetch, formats) out of the
// element's file into a chunk of its own, and a phone pays about 600 bytes more gzip before the first question.
import './eligibility-checker.js';
import { StationFinder, type StationPick } from './plan-station.js';
import type { PartialAnswers } from './question-flow.js';

export { resultStyles } from './result-view.styles.js';

/**
 * The result as a plan, loaded on demand (while the worker answers) so the questions stay small: the verdict
 * in one sentence, the one thing to do today, the nearest workstation that handles the matter, the deadline
 * clock (amber under 30 days, red under 7), what to bring, then the other steps and the phones; the reasons
 * with their legal basis follow, collapsed. It can be read aloud, printed on one A4 page, or saved as a
 * picture (plan-print.ts, loaded when asked).
 */

export interface ResultHost {
  locale: Locale;
  mapHref: string | null;
  /** The checker itself: its attributes (`workstations-src`, `share-href`, `timeout`) and re-rendering. */
  element: HTMLElement & { requestUpdate(): void };
  /** The day assessed on (YYYY-MM-DD). */
  today: string;
  /** Public holidays (from the rules file): the nearest workstation is not "open" on one. */
  calendar: HolidayCalendar | null;
  t(key: CheckerKey, values?: Record<string, string | number>): string;
  date(value: string): string;
  number(value: number): string;
  yuan(value: number): string;
  /** Each question asked, with the worker's answer in words. */
  summary(): [question: string, answer: string][];
  review(): void;
  restart(): void;
}

/** What the plan module keeps per checker: the workstation finder, reading aloud, the print QR, a message. */
interface PlanState {
  finder?: StationFinder;
  reading: boolean;
  voiceWatch: boolean;
  qr?: { text: string; size: number; path: string };
  notice: string;
}
const states = new WeakMap<HTMLElement, PlanState>();
const stateOf = (element: HTMLElement): PlanState => {
  let state = states.get(element);
  if (!state) states.set(element, (state = { reading: false, voiceWatch: false, notice: '' }));
  return state;
};

const LABOUR = ['unpaid-wages', 'double-wages', 'confirm-employment', 'social-insurance', 'work-injury', 'overtime-pay', 'dismissal'];
/** 12333 answers about wages and social insurance, not about an injury. */
const HR_HOTLINE = ['unpaid-wages', 'double-wages', 'social-insurance', 'overtime-pay'];
/** Notes that say what can still be done once the deadline has passed: shown in that box. */
const PASSED_NOTES = [
  'apply-anyway-today',
  'apply-anyway-explain-delay',
  'injury-year-passed',
  'time-barred-unless-interrupted',
  'injury-time-excluded',
  'interruption-needs-proof',
  'limitation-disputed',
];
/** Notes the plan says in its own boxes: the last day in the clock, preservation in the urgent box. */
const SHOWN_NOTES = ['last-day', 'ask-for-preservation'];
/** Steps that are a phone call: the "today" box gives the number to tap. */
const CALLS: Record<string, string> = { 'call-110': '110', 'call-12348': '12348' };
/** Steps the plan shows elsewhere: the workstation card and the phones. */
const SHOWN_ELSEWHERE = ['visit-workstation', 'call-12348', 'call-110'];

/** What to bring to the window, as message keys, for this case. */
export function checklist(answers: PartialAnswers, result: Assessment): CheckerKey[] {
  const keys: CheckerKey[] = ['bring.id'];
  const has = (rule: string) => result.reasons.some((r) => r.rule === rule);
  const labour = LABOUR.includes(answers.matter ?? '');
  if (has('A2')) keys.push('bring.status');
  if (has('A3')) keys.push('bring.assistance');
  if (result.economicCheck === 'required' && result.legalAid !== 'out-of-scope') keys.push('bring.income');
  if (answers.matter === 'domestic-violence') keys.push('bring.police-receipt', 'bring.injury-record', 'bring.warning', 'bring.photos');
  if (labour) keys.push('bring.work');
  if (answers.matter === 'unpaid-wages' || answers.matter === 'double-wages') keys.push('bring.pay');
  if (answers.hasIou) keys.push('bring.iou');
  if (answers.matter === 'work-injury' || answers.matter === 'traffic-accident') keys.push('bring.medical');
  if (!labour && answers.matter !== 'domestic-violence') keys.push('bring.case');
  return keys;
}

/** The workstation map filtered by the worker's issue (the matter is the shared issue code). */
export function mapLink(mapHref: string | null, answers: PartialAnswers): string | null {
  if (!mapHref) return null;
  return `${mapHref}${mapHref.includes('?') ? '&' : '?'}issue=${encodeURIComponent(answers.matter ?? 'other')}`;
}

/** The hotlines for this matter: 110 and 12338 for domestic violence, 12333 only for wages and social insurance. */
export function hotlines(answers: PartialAnswers, result: Assessment): { number: string; key: CheckerKey }[] {
  const lines: { number: string; key: CheckerKey }[] = [];
  if (result.nextSteps.includes('call-110')) lines.push({ number: '110', key: 'where.110' });
  if (answers.matter === 'domestic-violence') lines.push({ number: '12338', key: 'where.12338' });
  lines.push({ number: '12348', key: 'where.12348' });
  if (HR_HOTLINE.includes(answers.matter ?? '')) lines.push({ number: '12333', key: 'where.12333' });
  return lines;
}

/** The one thing to do today, and the rest of the steps without it and without what the plan shows elsewhere. */
export function planSteps(result: Assessment): { today: string | undefined; then: string[] } {
  const [today, ...rest] = result.nextSteps;
  return { today, then: rest.filter((step) => !SHOWN_ELSEWHERE.includes(step) && step !== today) };
}

export type DeadlineLevel = 'passed' | 'last-day' | 'red' | 'amber' | 'calm';
export function deadlineLevel(deadline: Deadline): DeadlineLevel {
  const days = deadline.daysLeft;
  return days < 0 ? 'passed' : days === 0 ? 'last-day' : days < 7 ? 'red' : days < 30 ? 'amber' : 'calm';
}

function verdict(host: ResultHost, result: Assessment): string {
  if (result.legalAid !== 'eligible') return host.t(`verdict.${result.legalAid}`);
  return `${host.t('verdict.eligible')}${host.locale === 'en' ? ' ' : ''}${host.t(`verdict.${result.economicCheck}`)}`;
}

const ALERT: Partial<Record<DeadlineLevel, CheckerKey>> = { 'last-day': 'deadline.last-day', red: 'deadline.red', amber: 'deadline.amber' };

function deadlineLines(host: ResultHost, deadline: Deadline): string[] {
  const level = deadlineLevel(deadline);
  const days = host.number(Math.abs(deadline.daysLeft));
  const alert = ALERT[level];
  return [
    ...(alert ? [host.t(alert)] : []),
    host.t(`deadline.${deadline.kind}`),
    host.date(deadline.date),
    ...(level === 'last-day' ? [] : [host.t(level === 'passed' ? 'deadline.passed' : 'deadline.left', { days })]),
  ];
}

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

// ---- the workstation ----

function finderFor(host: ResultHost): StationFinder | undefined {
  const src = host.element.getAttribute('workstations-src');
  if (!src) return undefined;
  const state = stateOf(host.element);
  if (state.finder?.src !== src) state.finder = new StationFinder(host.element, src);
  return state.finder;
}

function pickFor(host: ResultHost, answers: PartialAnswers): { pick?: StationPick; union?: StationPick; finder?: StationFinder } {
  const finder = finderFor(host);
  if (!finder || finder.state !== 'ready') return { finder };
  const now = new Date();
  const pick = finder.best(answers.matter, now, undefined, host.calendar);
  const union = LABOUR.includes(answers.matter ?? '') ? finder.best(answers.matter, now, 'union', host.calendar) : undefined;
  return { finder, pick, union: union?.item.id === pick?.item.id ? undefined : union };
}

function distanceText(host: ResultHost, finder: StationFinder, metres: number): string {
  const distance =
    metres < 1000
      ? new Intl.NumberFormat(host.locale, { style: 'unit', unit: 'meter' }).format(Math.round(metres / 50) * 50 || 50)
      : new Intl.NumberFormat(host.locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(metres / 1000);
  const district = finder.directory?.districts.find((d) => d.id === finder.origin?.district);
  return host.t('station.from', { distance, place: district ? district.name[host.locale] : host.t('station.here') });
}

function renderStation(host: ResultHost, answers: PartialAnswers): TemplateResult | typeof nothing {
  const { finder, pick, union } = pickFor(host, answers);
  const map = mapLink(host.mapHref, answers);
  const mapLine = map ? html`<p class="no-print"><a href=${map}>${host.t('where.map')}</a></p>` : nothing;
  if (!finder) return map ? html`<section class="station" part="station">${mapLine}</section>` : nothing;
  const t = finder.translate(host.locale);
  let body: unknown;
  if (finder.state === 'loading' || !t) body = html`<p class="muted" role="status">${host.t('station.loading')}</p>`;
  else if (finder.state === 'error') body = html`<p role="alert">${host.t('station.error')}</p>`;
  else {
    const directory = finder.directory!;
    const ws = pick?.item;
    const links = ws && navigationLinks(ws, host.locale);
    const phone = ws?.phones[0]?.number;
    body = html`<div class="place no-print">
        <label
          >${host.t('station.pick')}
          <select @change=${(e: Event) => finder.pick((e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!finder.origin?.district}>${host.t('station.choose')}</option>
            ${directory.districts.map((d) => html`<option value=${d.id} ?selected=${finder.origin?.district === d.id}>${d.name[host.locale]}</option>`)}
          </select></label
        >
        ${
          'geolocation' in navigator
            ? html`<button type="button" @click=${() => finder.locate()}>${host.t('station.locate')}</button>`
            : nothing
        }
        <p class="muted" role="status">${finder.geo === 'idle' ? '' : host.t(`station.${finder.geo}`)}</p>
      </div>
      ${
        ws
          ? html`<div class="station-card">
              <p class="station-name">${ws.name[host.locale]}</p>
              <p>${fullAddress(ws, host.locale)}</p>
              ${pick.metres === undefined ? nothing : html`<p class="muted">${distanceText(host, finder, pick.metres)}</p>`}
              <p class=${pick.opening.open ? 'open' : ''}>${openingText(pick.opening, t, host.locale)}</p>
              ${hoursLines(ws.schedules, t, host.locale).map((line) => html`<p class="muted">${line}</p>`)}
              ${phone ? html`<p>${host.t('station.phone')}<a href="tel:${phone}">${phone}</a></p>` : nothing}
              ${
                links
                  ? html`<p class="no-print nav">
                      <a href=${links.amap} rel="noopener">${host.t('station.amap')}</a>
                      <a href=${links.tencent} rel="noopener">${host.t('station.tencent')}</a>
                    </p>`
                  : nothing
              }
              ${ws.sample ? html`<p class="muted sample">${host.t('station.sample')}</p>` : nothing}
            </div>`
          : html`<p>${host.t('station.none')}</p>`
      }
      ${
        union
          ? html`<p class="union">${host.t('station.union', { name: union.item.name[host.locale] })}</p>
              ${
                union.item.phones[0]
                  ? html`<p>${host.t('station.phone')}<a href="tel:${union.item.phones[0].number}">${union.item.phones[0].number}</a></p>`
                  : nothing
              }`
          : nothing
      }`;
  }
  return html`<section class="station" part="station" aria-labelledby="station-heading">
    <h3 id="station-heading">${host.t('station.heading')}</h3>
    ${body} ${mapLine}
  </section>`;
}

// ---- reading aloud, printing, the picture ----

/** The plan as plain lines: what is read aloud and drawn in the picture. */
export function planLines(host: ResultHost, result: Assessment, answers: PartialAnswers): { heading?: boolean; text: string }[] {
  const { today } = planSteps(result);
  const { pick } = pickFor(host, answers);
  const lines: { heading?: boolean; text: string }[] = [{ heading: true, text: verdict(host, result) }];
  if (today) lines.push({ heading: true, text: host.t('plan.today') }, { text: host.t(`step.${today}` as CheckerKey) });
  if (pick) {
    const phone = pick.item.phones[0]?.number;
    lines.push(
      { heading: true, text: host.t('station.heading') },
      { text: pick.item.name[host.locale] },
      { text: fullAddress(pick.item, host.locale) },
      ...(phone ? [{ text: `${host.t('station.phone')}${phone}` }] : []),
    );
  }
  if (result.deadline)
    lines.push({ heading: true, text: host.t('deadline.heading') }, ...deadlineLines(host, result.deadline).map((text) => ({ text })));
  lines.push({ heading: true, text: host.t('bring.heading') }, ...checklist(answers, result).map((key) => ({ text: `☐ ${host.t(key)}` })));
  return lines;
}

function watchVoices(host: ResultHost): void {
  const state = stateOf(host.element);
  if (state.voiceWatch) return;
  state.voiceWatch = true;
  globalThis.speechSynthesis?.addEventListener('voiceschanged', () => host.element.requestUpdate());
}

function onRead(host: ResultHost, result: Assessment, answers: PartialAnswers): void {
  const state = stateOf(host.element);
  const voice = voiceFor(host.locale);
  if (state.reading || !voice) {
    speechSynthesis.cancel();
    state.reading = false;
  } else {
    state.reading = true;
    speak(
      planLines(host, result, answers)
        .map((line) => line.text.replace(/^☐ /, ''))
        .join('\n'),
      voice,
      () => {
        state.reading = false;
        host.element.requestUpdate();
      },
    );
  }
  host.element.requestUpdate();
}

/** The address printed and drawn as a QR code: the partner's `share-href`, else this page without query or hash. */
export function shareHref(element: HTMLElement): string {
  return element.getAttribute('share-href') || `${location.origin}${location.pathname}`;
}

async function onPrint(host: ResultHost): Promise<void> {
  const state = stateOf(host.element);
  const { qrPath } = await import('./plan-print.js');
  const text = shareHref(host.element);
  if (state.qr?.text !== text) state.qr = { text, ...qrPath(text) };
  host.element.requestUpdate();
  await (host.element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  window.print();
}

async function onPicture(host: ResultHost, result: Assessment, answers: PartialAnswers): Promise<void> {
  const state = stateOf(host.element);
  try {
    const { savePicture } = await import('./plan-print.js');
    const link = shareHref(host.element);
    await savePicture(planLines(host, result, answers), {
      footer: [`${host.t('print.again')}${link}`, host.t('print.made', { date: host.date(host.today) })],
      name: host.t('print.title'),
      link,
      font: getComputedStyle(host.element).fontFamily,
    });
    state.notice = host.t('picture.done');
  } catch (error) {
    console.warn(`legal-aid-kit: the plan picture failed: ${String(error)}`);
    state.notice = host.t('picture.failed');
  }
  host.element.requestUpdate();
}

function renderPrintHeader(host: ResultHost): TemplateResult {
  return html`<div class="print-only print-head">
    <p class="print-title">${host.t('print.title')}</p>
    <p>${host.t('print.made', { date: host.date(host.today) })}</p>
  </div>`;
}

function renderPrintFooter(host: ResultHost): TemplateResult {
  const qr = stateOf(host.element).qr;
  return html`<div class="print-only print-foot">
    <div>
      <p class="print-subtitle">${host.t('print.answers')}</p>
      <dl class="print-answers">
        ${host.summary().map(
          ([q, a]) =>
            html`<div>
              <dt>${q}</dt>
              <dd>${a}</dd>
            </div>`,
        )}
      </dl>
    </div>
    <div class="print-link">
      ${
        qr
          ? svg`<svg viewBox="0 0 ${qr.size} ${qr.size}" width="96" height="96" aria-hidden="true" focusable="false"><path d=${qr.path} fill="#000"/></svg>`
          : nothing
      }
      <p>${host.t('print.again')}${shareHref(host.element)}</p>
    </div>
  </div>`;
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
      <button type="button" class="picture" @click=${() => void onPicture(host, result, answers)}>${host.t('picture.button')}</button>
    </div>
    <p class="notice no-print" role="status">${state.notice}</p>
    <div class="actions no-print">
      <button type="button" @click=${host.review}>${host.t('review.title')}</button>
      <button type="button" @click=${host.restart}>${host.t('restart')}</button>
    </div>
    ${renderPrintFooter(host)}
  </section>`;
}
