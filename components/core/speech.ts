import type { Locale } from './locale.js';

/**
 * Reading aloud with the phone's own voice (the Web Speech API; nothing leaves the device), for a worker who
 * reads slowly: the FAQ's answers, the checker's questions and its plan. A widget shows its "read it to me"
 * button only when `voiceFor` finds a voice for its language, and listens for `voiceschanged`, since voices
 * often arrive late.
 */

/** What a widget that reads aloud holds: what it is reading now and the voice found for its language. */
export interface Reader {
  speaking: string | null;
  voice?: SpeechSynthesisVoice | undefined;
}

/** The phone's voice for the language, if it has one: without one, the "read aloud" button is not shown. */
export function voiceFor(locale: Locale | string): SpeechSynthesisVoice | undefined {
  const lang = locale.slice(0, 2);
  return globalThis.speechSynthesis?.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang));
}

/** Stops whatever is being read, then reads `text` in the voice's language; `done` runs when it ends or fails. */
export function speak(text: string, voice: SpeechSynthesisVoice, done: () => void): void {
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  // The language alone lets the phone choose its own voice for it.
  utterance.lang = voice.lang;
  utterance.onend = utterance.onerror = done;
  speechSynthesis.speak(utterance);
}

/** Starts reading `text` (named `id`), or stops when it is already being read. */
export function readAloud(host: Reader, id: string, text: string): void {
  if (host.speaking === id) {
    speechSynthesis.cancel();
    host.speaking = null;
    return;
  }
  host.speaking = id;
  speak(text, host.voice!, () => (host.speaking = null));
}
