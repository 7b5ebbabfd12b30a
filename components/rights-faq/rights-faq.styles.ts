import { css } from 'lit';
import { statusStyles } from '../core/status.styles.js';
import { tokens } from '../core/tokens.styles.js';

const own = css`
  .search label {
    display: block;
    font-size: var(--_size-lg);
    font-weight: 700;
  }
  #hint,
  .reviewed,
  .count {
    margin: 0 0 var(--_space-2);
    color: var(--_muted);
    font-size: var(--_size-sm);
  }
  input {
    box-sizing: border-box;
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
  .actions,
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block: var(--_space-3);
    padding: 0;
    list-style: none;
  }
  button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .notice:empty {
    display: none;
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
  .answer {
    padding-block-end: var(--_space-4);
  }
  .next {
    margin-block-end: 0;
    font-weight: 700;
  }
  .next-links a,
  .answer a[href^='tel:'] {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
  }
  .none {
    padding: var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  @media (forced-colors: active) {
    mark {
      outline: 2px solid Highlight;
    }
    button[aria-pressed='true'] {
      border-style: double;
      border-width: 4px;
    }
  }
`;

export const rightsFaqStyles = [tokens, statusStyles, own];
