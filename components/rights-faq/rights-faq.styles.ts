import { css } from '../core/css.js';
import { statusStyles } from '../core/status.styles.js';
import { tokens } from '../core/tokens.styles.js';

/** The search box, filters, count and no-results view. The answers drawn from data bring their own (faq-data-view.ts). */
const own = css`
  label {
    display: block;
    font-size: var(--_size-lg);
    font-weight: 700;
  }
  #hint,
  .count {
    margin: 0 0 var(--_space-2);
    color: var(--_muted);
    font-size: var(--_size-sm);
  }
  input {
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .chips,
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block: var(--_space-3);
    padding: 0;
    list-style: none;
  }
  [aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .notice:empty,
  .said:empty {
    display: none;
  }
  /* Copy link's fallback shows a whole address to long-press: it may break anywhere. */
  .said {
    overflow-wrap: anywhere;
  }
  .none {
    padding: var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  @media (forced-colors: active) {
    [aria-pressed='true'] {
      border-style: double;
      border-width: 4px;
    }
  }
`;

export const rightsFaqStyles = [tokens, statusStyles, own];
