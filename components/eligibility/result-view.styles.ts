import { css } from '../core/css.js';

/** The result screen's styles, adopted when the result view loads. */
export const resultStyles = css`
  .verdict-eligible {
    color: var(--_success);
  }
  .verdict-not-eligible,
  .verdict-out-of-scope {
    color: var(--_text);
  }
  .urgent {
    margin-block: var(--_space-4);
    padding: var(--_space-3) var(--_space-4);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-surface);
  }
  .urgent p {
    margin: 0;
  }
  .urgent-title {
    font-weight: 700;
    font-size: var(--_size-lg);
    color: var(--_danger);
  }
  .clock {
    margin-block: var(--_space-4);
    padding: var(--_space-3) var(--_space-4);
    border-inline-start: 6px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .clock p {
    margin: 0;
  }
  .clock-date {
    font-size: var(--_size-xl);
    font-weight: 700;
  }
  .clock-days {
    font-weight: 700;
  }
  details {
    border-block-end: 1px solid var(--_border);
  }
  summary {
    display: list-item;
    min-block-size: var(--_target);
    padding-block: var(--_space-2);
    cursor: pointer;
  }
  details ul {
    color: var(--_muted);
  }
  .steps li,
  .checklist li,
  .where li {
    margin-block: var(--_space-2);
  }
  .checklist {
    padding: var(--_space-3) var(--_space-4);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .checklist ul {
    padding: 0;
    list-style: none;
  }
  .checklist li::before {
    content: '☐ ';
  }
  .where a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    font-weight: 700;
  }
  @media print {
    .urgent,
    .clock,
    .checklist {
      break-inside: avoid;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
  }
  @media (forced-colors: active) {
    .urgent,
    .clock,
    .checklist {
      border-color: CanvasText;
    }
  }
`;
