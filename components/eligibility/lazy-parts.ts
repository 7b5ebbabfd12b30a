import { html, type TemplateResult } from 'lit-html';
import { adoptStyles } from '../core/css.js';
import { clampTimeout } from '../core/data-reader.js';
import type { Locale } from '../core/locale.js';
import { loadMessages, type CheckerKey, type MessagePart, type PartMessages } from './eligibility-checker.strings.js';

type Engine = typeof import('./checker-engine.js');
type ResultView = typeof import('./result-view.js');
/** What loads on demand: the rules engine (with the question flow) and the parts of the words. */
export type Part = MessagePart | 'engine';
export type LoadFailure = 'network' | 'timeout';

/** The checker as the parts need it: its language, its `timeout`, its shadow root and a new render. */
export interface PartsHost extends HTMLElement {
  locale: Locale;
  requestUpdate(): void;
}

/**
 * The parts of <la-eligibility-checker> that load on demand, so a phone downloads only what the screen on
 * view needs: the rules engine, the question words in three parts, the result view. One path for every
 * part: a part that fails, or takes longer than `timeout`, is kept as failed until "try again", and the
 * screen that needs it shows the error with 12348.
 */
export class LazyParts {
  engine: Engine | null = null;
  resultView: ResultView | null = null;
  /** Message parts loaded so far, by "locale:part". */
  messages: Record<string, PartMessages> = {};
  /** Parts that failed to load, or took longer than `timeout`, by id. */
  readonly failed = new Map<string, LoadFailure>();
  readonly #loading = new Set<string>();
  readonly #host: PartsHost;

  constructor(host: PartsHost) {
    this.#host = host;
  }

  /** The words of a part in the checker's language, once loaded. */
  words(part: MessagePart): PartMessages | undefined {
    return this.messages[`${this.#host.locale}:${part}`];
  }

  /** The question words (the first screen's, or the later ones loaded with the engine) for a key, if any. */
  own(key: string): string | undefined {
    return this.words('questions')?.[key as CheckerKey] ?? this.words('steps')?.[key as CheckerKey];
  }

  /** Starts loading a part unless it is on its way or has failed; true once it is there. */
  need(part: Part): boolean {
    const id = part === 'engine' ? part : `${this.#host.locale}:${part}`;
    if (this.#arrived(part)) return true;
    if (this.#loading.has(id) || this.failed.has(id)) return false;
    this.#loading.add(id);
    const fail = (why: string) => {
      if (!this.#loading.has(id)) return;
      console.warn(`legal-aid-kit: <${this.#host.localName}> could not load ${id}: ${why}`);
      this.#loading.delete(id);
      this.failed.set(id, why === 'timeout' ? 'timeout' : 'network');
      this.#host.requestUpdate();
    };
    // A chunk that never arrives (a dead connection) must not leave "loading" on screen for ever.
    const timer = setTimeout(() => fail('timeout'), clampTimeout(this.#host.getAttribute('timeout')));
    this.#fetch(part)
      .then(
        (keep) => {
          keep();
          // Arrived after all (after the timeout): show it.
          this.#loading.delete(id);
          this.failed.delete(id);
          this.#host.requestUpdate();
        },
        (error: unknown) => fail(String(error)),
      )
      .finally(() => clearTimeout(timer));
    return false;
  }

  /** The failure to show, if a part failed. */
  get failure(): LoadFailure | undefined {
    return this.failed.values().next().value;
  }

  /** "Try again": every part that failed is asked for again by the screen that needs it. */
  retry = (): void => {
    this.failed.clear();
    this.#host.requestUpdate();
  };

  /** Whether a part has arrived: the result's words come with the result view. */
  #arrived(part: Part): boolean {
    if (part === 'engine') return Boolean(this.engine);
    return Boolean(this.words(part)) && (part !== 'result' || Boolean(this.resultView));
  }

  /** Loads a part; what it resolves to keeps the part once it has arrived. */
  #fetch(part: Part): Promise<() => void> {
    if (part === 'engine') return import('./checker-engine.js').then((engine) => () => (this.engine = engine));
    const { locale } = this.#host;
    const view = part === 'result' && !this.resultView ? import('./result-view.js') : Promise.resolve(this.resultView);
    return Promise.all([loadMessages(locale, part), view]).then(([messages, resultView]) => () => {
      this.messages = { ...this.messages, [`${locale}:${part}`]: messages };
      // Constructed style sheets pass a strict CSP, like the static ones.
      if (resultView && !this.resultView) adoptStyles(this.#host.shadowRoot!, resultView.resultStyles);
      this.resultView = resultView;
    });
  }
}

/**
 * While a part loads, "loading"; once one failed, say so plainly, with the hotline and "try again". The page's
 * own help (the slot) stays in view. (The base's error view is for the data; the map's budget leaves no room
 * to share it.)
 */
export function renderNotReady(
  failure: LoadFailure | undefined,
  t: (key: string) => string,
  hotline: unknown,
  retry: () => void,
): TemplateResult {
  return failure
    ? html`<div class="la-error" role="alert" part="error">
          <p class="la-error-title">${t('error.title')}</p>
          <p>${t(`error.${failure}`)}</p>
          ${hotline}
          <button type="button" @click=${retry}>${t('error.retry')}</button>
        </div>
        <slot></slot>`
    : html`<p class="la-status" role="status" part="status">${t('status.loading')}</p>
        <slot></slot>`;
}
