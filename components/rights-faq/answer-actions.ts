import { readAloud as speak, type Reader } from '../core/speech.js';
import type { FaqItem } from './faq-items.js';

/** Copy link and read aloud under each answer; loaded on demand with the search (interactions.ts). */

/** The widget's members these actions use (protected there, passed as this shape). */
export interface ActionHost extends Reader {
  pageHref: string | null;
  /** Says something under the answer's own buttons, where the reader just tapped. */
  tell(item: FaqItem, text: string): void;
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
  speak(host, item.id, `${item.question}\n${item.text}`);
}
