import type { FaqItem } from './rights-faq.js';

/** Copy link and read aloud under each answer; loaded on demand with the search (interactions.ts). */

/** The widget's members these actions use (protected there, passed as this shape). */
export interface ActionHost {
  pageHref: string | null;
  /** Says something under the answer's own buttons, where the reader just tapped. */
  tell(item: FaqItem, text: string): void;
  speaking: string | null;
  voice?: SpeechSynthesisVoice;
  t(key: 'action.copied' | 'action.copyFailed', values?: Record<string, string>): string;
}

export async function copyLink(host: ActionHost, item: FaqItem): Promise<void> {
  const { id } = item;
  const url = host.pageHref ? new URL(`${host.pageHref}${id}/`, location.href).href : `${location.href.split('#')[0]}#${id}`;
  try {
    await navigator.clipboard.writeText(url);
    host.tell(item, host.t('action.copied'));
  } catch {
    // Common in in-app browsers (WeChat): the link is written out under the button to long-press instead.
    host.tell(item, host.t('action.copyFailed', { url }));
  }
}

/** Starts reading the answer, or stops when it is already being read. */
export function readAloud(host: ActionHost, item: FaqItem): void {
  speechSynthesis.cancel();
  if (host.speaking === item.id) {
    host.speaking = null;
    return;
  }
  const utterance = new SpeechSynthesisUtterance(`${item.question}\n${item.text}`);
  // The language alone lets the phone choose its own voice for it.
  utterance.lang = host.voice!.lang;
  utterance.onend = utterance.onerror = () => (host.speaking = null);
  host.speaking = item.id;
  speechSynthesis.speak(utterance);
}
