import { DataReader, type DataReport } from '../core/data-reader.js';
import { parseFaqData, type FaqEntry } from './faq-data.js';

export { answerView } from './answer-view.js';
// Whether trying again may help: only with this chunk loaded can the widget read again.
export { canRetry } from '../core/data-reader.js';

/**
 * The JSON path of <la-rights-faq>, loaded only when the widget must draw the answers from data (the `data`
 * property, `src` or inline JSON) instead of enhancing server-rendered ones: core's data reader with the
 * Checker parser, and the answers' view (answer-view.ts, the same function the site renders at build time),
 * so one code path searches both.
 */

/** Where the widget's data comes from. */
export interface DataSource extends HTMLElement {
  data: unknown;
  src: string | null;
}

/**
 * Reads the validated answers from the first source found (the `data` property, `src`, inline JSON), firing
 * la-data-ready / la-data-error on the widget; call the result again to read again (the retry button).
 */
export function dataReader(host: DataSource, report: (next: DataReport<FaqEntry[]>) => void): () => Promise<void> | void {
  const reader = new DataReader(host, (raw) => parseFaqData(raw, 'data').entries, report);
  return () =>
    host.data !== undefined
      ? reader.fromProperty(host.data)
      : host.src
        ? reader.fromUrl(host.src, host.getAttribute('timeout'))
        : reader.fromInline(undefined, host.getAttribute('timeout'));
}

/**
 * Styles of the answers drawn in the shadow root, adopted with this chunk. Plain text rather than the `css` tag,
 * so the tag stays in the first download alone; static, never built from data.
 */
export const styles = `
  .faq-reviewed {
    margin: 0 0 var(--_space-2);
    color: var(--_muted);
    font-size: var(--_size-sm);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block: var(--_space-3);
  }
  details {
    border-block-end: 1px solid var(--_border);
  }
  summary {
    display: list-item;
    min-block-size: var(--_target);
    padding-block: var(--_space-3);
    font-size: var(--_size-lg);
    font-weight: 700;
    cursor: pointer;
  }
  mark {
    background: var(--la-rights-faq-accent, var(--_warning-surface));
    color: inherit;
  }
  .faq-answer {
    padding-block-end: var(--_space-4);
  }
  .faq-next {
    margin-block-end: 0;
    font-weight: 700;
  }
  .next-links a,
  .faq-answer a[href^='tel:'] {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
  }
  @media (forced-colors: active) {
    mark {
      outline: 2px solid Highlight;
    }
  }
`;
