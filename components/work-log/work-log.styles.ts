import { css } from '../core/css.js';

export const workLogStyles = css`
  :host {
    --_accent: var(--la-work-log-accent, var(--_success));
  }
  .la-root {
    max-inline-size: 640px;
  }
  h2 {
    margin: 0;
    font-size: var(--_size-xl);
    overflow-wrap: break-word;
  }
  h3 {
    margin: var(--_space-6) 0 var(--_space-2);
    font-size: var(--_size-lg);
  }
  section > h3:first-child {
    margin-block-start: var(--_space-6);
  }
  .private,
  .made,
  .notice {
    color: var(--_muted);
    margin: var(--_space-2) 0;
  }
  .notice:empty {
    margin: 0;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    margin-block: var(--_space-2);
  }
  input,
  select {
    all: revert;
    box-sizing: border-box;
    min-block-size: var(--_target);
    padding: var(--_space-2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    background: var(--_surface);
    color: var(--_text);
    max-inline-size: 100%;
  }
  /* The day (or month) on a row of its own, its two neighbours below: long English labels fit at 390 px. */
  .day-nav {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--_space-2);
    align-items: center;
  }
  .day-nav > :not(button) {
    grid-column: 1 / -1;
    grid-row: 1;
    margin: 0;
  }
  .day-pick input {
    inline-size: 100%;
  }
  .taps {
    display: grid;
    gap: var(--_space-2);
  }
  .tap {
    min-block-size: calc(var(--_target) * 1.4);
    font-size: var(--_size-lg);
  }
  .tap[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-primary);
  }
  .tap-off[aria-pressed='true'] {
    background: var(--_muted);
    border-color: var(--_muted);
  }
  .tap[aria-pressed='true']::before {
    /* Seen, not read: the button already says it is pressed. */
    content: '✓' / '';
    margin-inline-end: var(--_space-2);
  }
  details {
    margin-block: var(--_space-2);
  }
  summary {
    min-block-size: var(--_target);
    display: flex;
    align-items: center;
    cursor: pointer;
    color: var(--_primary);
    font-weight: 600;
  }
  .grid {
    list-style: none;
    padding: 0;
    margin: var(--_space-2) 0;
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
    gap: 2px;
  }
  .start-2 {
    grid-column-start: 2;
  }
  .start-3 {
    grid-column-start: 3;
  }
  .start-4 {
    grid-column-start: 4;
  }
  .start-5 {
    grid-column-start: 5;
  }
  .start-6 {
    grid-column-start: 6;
  }
  .start-7 {
    grid-column-start: 7;
  }
  /* Too narrow for a week of 44 px days (200 % zoom): the days wrap, each still big enough to tap. */
  @media (max-width: 359px) {
    .grid {
      grid-template-columns: repeat(auto-fill, minmax(var(--_target), 1fr));
    }
    .grid li {
      grid-column-start: auto;
    }
  }
  .cell {
    min-inline-size: 0;
    inline-size: 100%;
    padding: 0;
    flex-direction: column;
    gap: 0;
    font-weight: 400;
    border-width: 1px;
    border-color: var(--_border);
    color: var(--_text);
  }
  .cell.worked,
  .cell.half {
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 700;
  }
  .cell[aria-current] {
    outline: 3px solid var(--_primary);
    outline-offset: -3px;
  }
  .cell:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .mark {
    line-height: 1;
  }
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    gap: var(--_space-2);
    margin: 0;
  }
  .summary div {
    background: var(--_surface-alt);
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius);
  }
  .summary dd {
    margin: 0;
    font-size: var(--_size-lg);
    font-weight: 700;
  }
  .summary .owed dd {
    color: var(--_danger);
  }
  .warning,
  .error {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: var(--_space-2);
  }
  .error {
    background: var(--_danger-surface);
    padding: var(--_space-2) var(--_space-3);
  }
  .error p {
    margin: var(--_space-1) 0;
  }
  .photos {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .photos img {
    inline-size: 160px;
    max-inline-size: 100%;
    border: 1px solid var(--_border);
  }
  .tools {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .file {
    position: relative;
    flex-direction: row;
    margin: 0;
  }
  .file input {
    position: absolute;
    inset: 0;
    opacity: 0;
    inline-size: 100%;
    cursor: pointer;
  }
  .file:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  @media print {
    .private {
      display: none;
    }
  }
`;
