import { html, type TemplateResult } from 'lit-html';

/** What the worker controls about his answers: keeping them on the phone, clearing them, leaving at once. */

const NEUTRAL_EXIT = 'https://www.baidu.com/';

/** Where "quick exit" goes: only a full http(s) address; anything else (javascript:, a typo, none) gives a neutral site. */
export function exitHref(value: string | null): string {
  try {
    const url = new URL(value!);
    return /^https?:$/.test(url.protocol) ? url.href : NEUTRAL_EXIT;
  } catch {
    return NEUTRAL_EXIT;
  }
}

/**
 * 「快速离开」 for someone who may be watched (domestic violence, or a partner page that sets `quick-exit-href`):
 * `clear` forgets every answer, then the page is replaced, leaving no history entry to come back to.
 */
export function renderQuickExit(label: string, href: string | null, clear: () => void): TemplateResult {
  const leave = (event: Event) => {
    event.preventDefault();
    clear();
    location.replace((event.currentTarget as HTMLAnchorElement).href);
  };
  return html`<a class="quick-exit" part="quick-exit" href=${exitHref(href)} @click=${leave}>${label}</a>`;
}

/** "Keep my answers on this phone" (off by default) and "exit and clear", under every screen. */
export function renderPrivacy(
  t: (key: string) => string,
  keep: boolean,
  onKeep: (event: Event) => void,
  onExit: () => void,
): TemplateResult {
  return html`<div class="privacy">
    <label><input type="checkbox" .checked=${keep} @change=${onKeep} />${t('privacy.keep')}</label>
    <p>${t('privacy.note')}</p>
    <button type="button" @click=${onExit}>${t('privacy.exit')}</button>
  </div>`;
}
