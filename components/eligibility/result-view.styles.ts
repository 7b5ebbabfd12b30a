import { css } from '../core/css.js';

/**
 * The plan's styles, adopted when the result view loads. Every text colour passes WCAG AA on its box:
 * amber text #6b4700 on #fff4ce (7.6:1), red #a4262c on #fdecea (6.1:1), body text on both above 12:1.
 */
export const resultStyles = css`
  :host {
    --_amber: var(--la-color-warning, #6b4700);
    --_amber-border: var(--la-color-warning-border, #9a6700);
  }
  .verdict-eligible {
    color: var(--_success);
  }
  .verdict-not-eligible,
  .verdict-out-of-scope {
    color: var(--_text);
  }
  .result p {
    margin-block: var(--_space-1);
  }
  .urgent,
  .today,
  .clock,
  .passed,
  .station {
    margin-block: var(--_space-4);
    padding: var(--_space-3) var(--_space-4);
    border-radius: var(--_radius);
  }
  .urgent,
  .passed,
  .clock-red,
  .clock-last-day,
  .clock-passed {
    border: 3px solid var(--_danger);
    background: var(--_danger-surface);
  }
  .urgent-title,
  .passed-title,
  .clock-red .clock-alert,
  .clock-last-day .clock-alert {
    font-weight: 700;
    font-size: var(--_size-lg);
    color: var(--_danger);
  }
  .clock-last-day {
    border-width: 6px;
  }
  .clock-amber {
    border: 3px solid var(--_amber-border);
    background: var(--_warning-surface);
  }
  .clock-amber .clock-alert {
    font-weight: 700;
    font-size: var(--_size-lg);
    color: var(--_amber);
  }
  .clock-calm {
    border-inline-start: 6px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .clock-date {
    font-size: var(--_size-xl);
    font-weight: 700;
  }
  .clock-days {
    font-weight: 700;
  }
  .passed ul {
    margin: var(--_space-2) 0 0;
    padding-inline-start: 1.2em;
  }
  .today {
    border: 3px solid var(--_primary);
    background: var(--_surface);
  }
  .today h3,
  .station h3 {
    margin: 0 0 var(--_space-1);
  }
  .today-step {
    font-size: var(--_size-lg);
    font-weight: 700;
  }
  .station {
    border: 1px solid var(--_border);
    background: var(--_surface-alt);
  }
  .station-card {
    margin-block: var(--_space-3);
  }
  .station-name {
    font-size: var(--_size-lg);
    font-weight: 700;
  }
  .open {
    color: var(--_success);
    font-weight: 700;
  }
  .muted {
    color: var(--_muted);
  }
  .place label {
    display: block;
  }
  .place select {
    display: block;
    min-block-size: var(--_target);
    inline-size: min(100%, 20em);
    margin-block: var(--_space-1);
    font: inherit;
  }
  .place button,
  .actions button {
    min-block-size: var(--_target);
  }
  .station a,
  .where a,
  .passed a,
  .today a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    font-weight: 700;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-4);
  }
  .steps li,
  .checklist li,
  .where li {
    margin-block: var(--_space-2);
  }
  .papers-link {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    font-weight: 700;
  }
  .checklist {
    padding: var(--_space-3) var(--_space-4);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .checklist h3 {
    margin-block-start: 0;
  }
  .checklist ul {
    padding: 0;
    list-style: none;
  }
  .checklist li::before {
    content: '☐ ';
  }
  .why {
    margin-block: var(--_space-6) var(--_space-4);
    border-block: 1px solid var(--_border);
  }
  summary {
    display: list-item;
    min-block-size: var(--_target);
    padding-block: var(--_space-2);
    font-weight: 700;
    cursor: pointer;
  }
  .why ul {
    padding-inline-start: 1.2em;
  }
  .basis {
    color: var(--_muted);
    font-size: var(--_size-sm);
  }
  .notice:empty {
    display: none;
  }
  .plan-picture {
    margin-block: var(--_space-4);
    padding: var(--_space-3);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .plan-picture h3 {
    margin-block-start: 0;
  }
  .plan-picture img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border: 1px solid var(--_border);
  }
  .plan-picture .download {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    font-weight: 700;
  }
  .quick-exit {
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: fit-content;
    min-block-size: var(--_target);
    margin: 0 0 var(--_space-3) auto;
    padding-inline: var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    font-weight: 700;
    text-decoration: none;
  }
  .print-only {
    display: none;
  }
  @media print {
    :host {
      font-size: 9.5pt;
      --_size: 9.5pt;
      --_size-xl: 14pt;
      --_size-lg: 11pt;
      --_size-sm: 8pt;
      --_line: 1.3;
    }
    .print-only {
      display: block;
    }
    /* One A4 page: the workstation on the left, the deadline and the checklist beside it. */
    .result {
      display: grid;
      grid-template-columns: 1fr 1fr;
      grid-auto-flow: row dense;
      column-gap: 10pt;
      align-items: start;
    }
    .result > * {
      grid-column: 1 / -1;
    }
    .result > .station {
      grid-column: 1;
      grid-row: span 3;
    }
    .result > .clock,
    .result > .passed,
    .result > .checklist {
      grid-column: 2;
    }
    .where {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16pt;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .quick-exit,
    .why {
      display: none;
    }
    .result h3 {
      margin-block: 6pt 2pt;
    }
    .urgent,
    .today,
    .clock,
    .passed,
    .station,
    .checklist {
      margin-block: 4pt;
      padding: 3pt 8pt;
      break-inside: avoid;
    }
    .station a,
    .where a,
    .passed a,
    .today a {
      min-block-size: 0;
    }
    .steps li,
    .checklist li,
    .where li {
      margin-block: 0;
    }
    .print-title {
      font-size: 16pt;
      font-weight: 700;
    }
    .print-foot {
      display: flex;
      gap: 12pt;
      justify-content: space-between;
      margin-block-start: 8pt;
      border-block-start: 1px solid #000;
      font-size: 8pt;
      break-inside: avoid;
    }
    .print-answers {
      margin: 0;
      column-count: 2;
      column-gap: 10pt;
    }
    .print-answers div {
      display: flex;
      gap: 4pt;
      break-inside: avoid;
    }
    .print-answers dd {
      flex: none;
      margin: 0;
      font-weight: 700;
    }
    .print-link {
      flex: 0 0 auto;
      max-inline-size: 40%;
      text-align: center;
    }
    .print-subtitle {
      font-weight: 700;
    }
    /* After .nav and the other screen layouts above, so they print hidden too. */
    .no-print {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .urgent,
    .today,
    .clock,
    .passed,
    .station,
    .checklist {
      border-color: CanvasText;
    }
    .quick-exit {
      border: 2px solid ButtonText;
    }
  }
`;
