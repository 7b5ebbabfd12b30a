import { html, type TemplateResult } from 'lit-html';
import { css } from '../core/css.js';
import type { ScreenHost } from './screen-host.js';

/**
 * "Exit and clear", loaded when the worker asks for it: the question first, since nothing cleared can be
 * found again. Its words come with it, in both languages.
 */

const zh = {
  ask: '真的全部清除吗？记的天数、老板、照片都会删掉，找不回来。要留着，请先“存成备份文件”。',
  yes: '全部清除',
  no: '不清除',
  done: '已经全部清除。',
};
const en: typeof zh = {
  ask: 'Really clear everything? Your days, employers and photos will be deleted for good. To keep them, “Save a backup file” first.',
  yes: 'Clear everything',
  no: 'Keep it',
  done: 'Everything has been cleared.',
};
const clearWords = { 'zh-CN': zh, en };

export const styles = css`
  .confirm {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .confirm button.danger {
    background: var(--_danger);
    color: var(--_on-primary);
  }
`;

export function screen(host: ScreenHost): TemplateResult {
  const t = clearWords[host.locale];
  return html`<h2>${host.t('title')}</h2>
    <p class="private">${host.t('private')}</p>
    <section class="confirm" role="alertdialog" aria-labelledby="clear-q">
      <p id="clear-q">${t.ask}</p>
      <button type="button" class="danger" @click=${() => host.clear(t.done)}>${t.yes}</button>
      <button type="button" class="primary" @click=${host.back}>${t.no}</button>
    </section>`;
}
