import { css } from '../core/css.js';

export const checkerStyles = css`
  :host {
    --_accent: var(--la-eligibility-checker-accent, var(--_primary));
  }
  .la-root {
    max-inline-size: 640px;
  }
  h2 {
    margin: 0 0 var(--_space-3);
    font-size: var(--_size-xl);
    line-height: 1.3;
    /* A long English word at 200 % zoom must wrap, not push the page sideways. */
    overflow-wrap: break-word;
  }
  h3 {
    margin: var(--_space-6) 0 var(--_space-2);
    font-size: var(--_size-lg);
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    max-inline-size: 100%;
  }
  .progress,
  .hint,
  .privacy p {
    color: var(--_muted);
  }
  .progress,
  .warning {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: var(--_space-2);
  }
  .progress {
    margin: var(--_space-2) 0;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 700;
  }
  fieldset[aria-invalid='true'] {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: var(--_space-3);
  }
  .choices {
    display: grid;
    gap: var(--_space-2);
  }
  .choice,
  .month-only,
  .privacy label {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    min-block-size: var(--_target);
    cursor: pointer;
  }
  .choice {
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .choice:has(:checked) {
    border-color: var(--_primary);
    background: var(--_surface-alt);
  }
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    inline-size: calc(24px * var(--_scale));
    block-size: calc(24px * var(--_scale));
    margin: 0;
    accent-color: var(--_primary);
  }
  .date {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  .date-part,
  .amount {
    display: flex;
    flex-direction: column;
    font-weight: 600;
  }
  .amount {
    flex-direction: row;
    align-items: center;
    gap: var(--_space-2);
  }
  input:not([type]) {
    min-block-size: var(--_target);
    inline-size: 4em;
    padding: var(--_space-2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    font-size: var(--_size-lg);
  }
  .wide input,
  .amount input {
    inline-size: 6em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    margin-block: var(--_space-4);
  }
  button.back,
  button.link {
    border-color: transparent;
    padding-inline: var(--_space-2);
    text-decoration: underline;
  }
  .review div {
    padding-block: var(--_space-2);
    border-block-end: 1px solid var(--_border);
  }
  .review dt {
    font-weight: 700;
  }
  .review dd {
    margin: 0;
  }
  .privacy {
    margin-block-start: var(--_space-6);
    padding-block-start: var(--_space-3);
    border-block-start: 1px solid var(--_border);
  }
  .privacy p {
    margin: 0 0 var(--_space-2);
    font-size: var(--_size-sm);
  }
  @media print {
    .privacy,
    .back,
    .no-print {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .choice {
      border-color: CanvasText;
    }
  }
`;
