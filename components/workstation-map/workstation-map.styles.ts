import { css } from '../core/css.js';

/** The finder (list, filters, nearest, map box); adopted when its chunk loads. */
export const finderStyles = css`
  /* Parts built once are shown and hidden in place; author display rules must not undo that. */
  [hidden] {
    display: none !important;
  }
  .sample {
    margin: 0 0 var(--_space-3);
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_warning-surface);
    color: #5c3c00;
  }
  fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 208px), 1fr));
    gap: var(--_space-3);
    margin: 0 0 var(--_space-3);
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend,
  .count,
  .open {
    font-weight: 700;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  label.check {
    flex-direction: row;
    align-items: center;
    min-block-size: var(--_target);
  }
  input[type='checkbox'] {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
  }
  select,
  input[type='search'] {
    max-inline-size: 100%;
    min-block-size: var(--_target);
    padding-inline: var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .near,
  .map-area,
  .after {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
    margin-block: var(--_space-3);
  }
  .near p {
    margin: 0;
  }
  .hint {
    color: var(--_muted);
    font-size: var(--_size-sm);
  }
  .map-wrap {
    position: relative;
    flex: 1 1 100%;
  }
  .map {
    block-size: var(--la-workstation-map-height, 352px);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .map-status:not(:empty) {
    margin-block: var(--_space-2);
    padding: var(--_space-2);
    background: var(--_warning-surface);
  }
  .list {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    /* On a slow phone only the workstations near the screen are laid out (all of them when printing). */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 24em;
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .item.selected {
    border: 3px solid var(--_primary);
    background: var(--_surface-alt);
  }
  h2 {
    overflow-wrap: anywhere;
    margin: 0 0 var(--_space-1);
    font-size: var(--_size-lg);
    line-height: 1.3;
  }
  .item p {
    margin: 0 0 var(--_space-1);
  }
  .host,
  .assured {
    color: var(--_muted);
  }
  .open.is-open {
    color: var(--_success);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-1) var(--_space-3);
    margin: var(--_space-2) 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  dd ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .line {
    display: block;
  }
  a.tel {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    font-size: var(--_size-lg);
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .empty {
    padding: var(--_space-4);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
  }
  .empty-title {
    margin-block-start: 0;
    font-weight: 700;
  }
  @media (max-width: 30em) {
    dl {
      grid-template-columns: 1fr;
    }
  }
  /* An A4 handout of the filtered list: no controls, no map, every workstation. */
  @media print {
    .la-root {
      font-size: 10.5pt;
    }
    .filters,
    .near,
    .map-area,
    .after,
    .actions,
    button {
      display: none !important;
    }
    .item {
      content-visibility: visible;
      break-inside: avoid;
      border-color: #000;
    }
    .list {
      gap: 6pt;
    }
  }
`;
