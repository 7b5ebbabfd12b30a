import type { Locale } from './locale.js';

/**
 * Reading aloud with the phone's own voice (the Web Speech API; nothing leaves the device). Shared by the
 * FAQ's answers and the checker's plan. A widget shows its "read it to me" button only when `voiceFor`
 * finds a voice for its language, and listens for `voiceschanged`, since voices often arrive late.
 */
export function voiceFor(locale: Locale): SpeechSynthesisVoice | undefined {
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
