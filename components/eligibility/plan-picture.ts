import { html, nothing, type TemplateResult } from 'lit-html';
import { shareHref, stateOf, type ResultHost } from './plan-host.js';

/**
 * "Save as a picture": the plan drawn as a PNG on the phone (nothing uploaded) and shown on the page, so
 * the worker can press and hold it to save it. WeChat's browser ignores downloads and window.print(); the
 * download link stays for the other browsers. The drawing code (plan-print.ts) loads on the first tap.
 */

type PlanLines = { heading?: boolean; text: string }[];
const textOf = (lines: PlanLines) => lines.map((line) => line.text).join('\n');

export async function makePicture(host: ResultHost, lines: PlanLines, verdict: string): Promise<void> {
  const state = stateOf(host.element);
  try {
    const { drawPlan } = await import('./plan-print.js');
    const link = shareHref(host.element);
    const canvas = drawPlan(lines, {
      footer: [`${host.t('print.again')}${link}`, host.t('print.made', { date: host.date(host.today) })],
      link,
      font: getComputedStyle(host.element).fontFamily,
    });
    const src = canvas.toDataURL('image/png');
    if (!src.startsWith('data:image/png')) throw new Error('the canvas gave no PNG');
    const alt = host.t('picture.alt', { verdict });
    state.picture = { src, width: canvas.width, height: canvas.height, alt, blocked: false, text: textOf(lines) };
    state.notice = '';
  } catch (error) {
    console.warn(`legal-aid-kit: the plan picture failed: ${String(error)}`);
    state.picture = undefined;
    state.notice = host.t('picture.failed');
  }
  host.element.requestUpdate();
  await (host.element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  // Where the worker's eyes and the screen reader go next: the picture.
  const heading = host.element.shadowRoot?.querySelector<HTMLElement>('#picture-heading');
  heading?.focus();
  heading?.scrollIntoView({ block: 'start' });
}

/** The picture with "press and hold to save" and the download; none once the plan has changed since it was made. */
export function renderPicture(host: ResultHost, lines: PlanLines): TemplateResult | typeof nothing {
  const state = stateOf(host.element);
  const picture = state.picture;
  if (!picture || picture.text !== textOf(lines)) return nothing;
  const close = () => {
    state.picture = undefined;
    host.element.requestUpdate();
  };
  const blocked = () => {
    picture.blocked = true;
    host.element.requestUpdate();
  };
  return html`<section class="plan-picture no-print" aria-labelledby="picture-heading">
    <h3 id="picture-heading" tabindex="-1">${host.t('picture.heading')}</h3>
    ${
      picture.blocked
        ? html`<p role="alert">${host.t('picture.blocked')}</p>`
        : html`<p>${host.t('picture.hold')}</p>
            <img src=${picture.src} alt=${picture.alt} width=${picture.width} height=${picture.height} @error=${blocked} />`
    }
    <div class="actions">
      <a class="download" href=${picture.src} download="${host.t('print.title')}.png">${host.t('picture.download')}</a>
      <button type="button" @click=${close}>${host.t('picture.close')}</button>
    </div>
  </section>`;
}
