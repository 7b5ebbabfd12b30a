/** Reading aloud with the phone's own voice, for a worker who reads slowly (the FAQ and the checker). */

/** What a widget that reads aloud holds: what it is reading now and the voice found for its language. */
export interface Reader {
  speaking: string | null;
  voice?: SpeechSynthesisVoice | undefined;
}

/** The phone's voice for the language, if it has one: without one, the "read aloud" button is not shown. */
export const voiceFor = (locale: string): SpeechSynthesisVoice | undefined =>
  globalThis.speechSynthesis?.getVoices().find((v) => v.lang.toLowerCase().startsWith(locale.slice(0, 2)));

/** Starts reading `text` (named `id`), or stops when it is already being read. */
export function readAloud(host: Reader, id: string, text: string): void {
  speechSynthesis.cancel();
  if (host.speaking === id) {
    host.speaking = null;
    return;
  }
  const utterance = new SpeechSynthesisUtterance(text);
  // The language alone lets the phone choose its own voice for it.
  utterance.lang = host.voice!.lang;
  utterance.onend = utterance.onerror = () => (host.speaking = null);
  host.speaking = id;
  speechSynthesis.speak(utterance);
}
