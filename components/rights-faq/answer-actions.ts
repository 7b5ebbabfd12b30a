import { speak } from '../core/speech.js';
import type { FaqItem } from './rights-faq.js';

/** Copy link and read aloud under each answer; loaded on demand with the search (interactions.ts). */

/** The widget's members these actions use (protected there, passed as this shape). */
export interface ActionHost {
  pageHref: string | null;
  notice: string;
  speaking: string | null;
  voice?: SpeechSynthesisVoice;
  t(key: 'action.copied' | 'action.copyFailed', values?: Record<string, string>): string;
}

export async function copyLink(host: ActionHost, { id }: FaqItem): Promise<void> {
  const url = host.pageHref ? new URL(`${host.pageHref}${id}/`, location.href).href : `${location.href.split('#')[0]}#${id}`;
  try {
    await navigator.clipboard.writeText(url);
    host.notice = host.t('action.copied');
  } catch {
    host.notice = host.t('action.copyFailed', { url });
  }
}

/** Starts reading the answer, or stops when it is already being read. */
export function readAloud(host: ActionHost, item: FaqItem): void {
  speechSynthesis.cancel();
  if (host.speaking === item.id) {
    host.speaking = null;
    return;
  }
  host.speaking = item.id;
  speak(`${item.question}\n${item.text}`, host.voice!, () => (host.speaking = null));
}
