import { html, nothing, svg, type TemplateResult } from 'lit-html';
import { speak, voiceFor } from '../core/speech.js';
import { fullAddress } from '../workstation-map/present.js';
import type { Assessment } from './engine/types.js';
import type { CheckerKey } from './eligibility-checker.strings.js';
import { checklist, deadlineLines, planSteps, verdict } from './plan-contents.js';
import { shareHref, stateOf, type ResultHost } from './plan-host.js';
import { pickFor } from './plan-station-view.js';
import type { PartialAnswers } from './question-flow.js';

/**
 * The plan in other forms: as plain lines (read aloud and drawn in the picture), read with the phone's voice,
 * and printed on one A4 page with the date, the answers and the check page's address with its QR code
 * (plan-print.ts, loaded on the tap).
 */

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

export function watchVoices(host: ResultHost): void {
  const state = stateOf(host.element);
  if (state.voiceWatch) return;
  state.voiceWatch = true;
  globalThis.speechSynthesis?.addEventListener('voiceschanged', () => host.element.requestUpdate());
}

export function onRead(host: ResultHost, result: Assessment, answers: PartialAnswers): void {
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

export async function onPrint(host: ResultHost): Promise<void> {
  const state = stateOf(host.element);
  const { qrPath } = await import('./plan-print.js');
  const text = shareHref(host.element);
  if (state.qr?.text !== text) state.qr = { text, ...qrPath(text) };
  host.element.requestUpdate();
  await (host.element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  window.print();
}

export function renderPrintHeader(host: ResultHost): TemplateResult {
  return html`<div class="print-only print-head">
    <p class="print-title">${host.t('print.title')}</p>
    <p>${host.t('print.made', { date: host.date(host.today) })}</p>
  </div>`;
}

export function renderPrintFooter(host: ResultHost): TemplateResult {
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
