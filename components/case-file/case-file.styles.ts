import { css } from '../core/css.js';

/** What the papers add to the checker's question styles: text boxes, the amounts, A4 pages, print. */
export const caseFileStyles = css`
  .intro {
    margin-block-start: 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    margin-block: var(--_space-3);
    font-weight: 600;
  }
  .field.amount {
    flex-direction: column;
    align-items: stretch;
  }
  input.text,
  textarea,
  input[inputmode='tel'] {
    inline-size: 100%;
    box-sizing: border-box;
  }
  textarea {
    min-block-size: calc(var(--_target) * 2);
    padding: var(--_space-2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    font-size: var(--_size-lg);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .amounts {
    padding: 0;
    list-style: none;
  }
  .amounts li {
    padding-block: var(--_space-2);
    border-block-end: 1px solid var(--_border);
  }
  .amounts p {
    margin: var(--_space-1) 0;
  }
  .amount-line {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-2);
    font-weight: 600;
  }
  .amount-line.total {
    font-size: var(--_size-lg);
  }
  .pictures img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    margin-block: var(--_space-3);
    border: 1px solid var(--_border);
  }
  .paper {
    margin-block: var(--_space-4);
    padding: var(--_space-4);
    border: 1px solid var(--_border);
    background: #fff;
    color: #000;
    font-family: 'Noto Serif CJK SC', 'Songti SC', SimSun, serif;
    line-height: 1.7;
    overflow-wrap: anywhere;
  }
  .paper h3 {
    margin: 0 0 var(--_space-3);
    text-align: center;
    font-size: var(--_size-xl);
    letter-spacing: 0.1em;
  }
  .paper h4 {
    margin: var(--_space-3) 0 var(--_space-1);
    font-size: var(--_size);
  }
  .paper p {
    margin: var(--_space-1) 0;
  }
  .copy {
    text-align: end;
  }
  .paper table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block: var(--_space-2);
  }
  .paper caption {
    text-align: start;
    font-weight: 700;
    padding-block: var(--_space-1);
  }
  .paper th,
  .paper td {
    border: 1px solid #000;
    padding: var(--_space-1) var(--_space-2);
    text-align: start;
    vertical-align: top;
  }
  .form th {
    inline-size: 9em;
    font-weight: 400;
  }
  /* A phone at 200 % zoom (under 320 px): the evidence list's five columns fit with tighter margins, and a
     form's label sits above its box, not beside it (a value one character wide is unreadable). */
  @media (max-width: 20em) {
    .paper {
      padding: var(--_space-2);
    }
    .paper th,
    .paper td {
      padding-inline: var(--_space-1);
    }
    .form,
    .form caption,
    .form tbody,
    .form tr,
    .form th,
    .form td {
      display: block;
      inline-size: auto;
    }
    .form th {
      border-block-end: 0;
    }
  }
  .paper ul {
    margin: var(--_space-1) 0;
    padding-inline-start: 1.5em;
  }
  .paper ul.plain {
    padding: 0;
    list-style: none;
  }
  .salute {
    margin-block-start: var(--_space-4);
    text-indent: 2em;
  }
  .closing {
    margin-block-start: var(--_space-4);
    text-align: end;
  }
  .paper-footer {
    margin-block-start: var(--_space-6);
    padding-block-start: var(--_space-2);
    border-block-start: 1px solid #000;
    font-size: var(--_size-sm);
  }
  @media print {
    .la-root {
      max-inline-size: none;
    }
    .no-print,
    .intro {
      display: none;
    }
    .paper {
      margin: 0;
      padding: 0;
      border: 0;
      font-size: 12pt;
      break-after: page;
    }
    .paper:last-child {
      break-after: auto;
    }
  }
`;
