import { css } from '../core/css.js';

/** Shared by the figure and the chart: the small print under a figure and the sample-data badge. */
export const metaStyles = css`
  .figure-meta {
    margin: var(--_space-2) 0 0;
    color: var(--_muted);
    font-size: var(--_size-sm);
  }
  .sample-badge {
    display: inline-block;
    margin-block: var(--_space-1);
    padding-inline: var(--_space-1);
    border-radius: var(--_radius);
    background: var(--la-stat-sample-surface, #fff4ce);
    color: var(--la-stat-sample-text, #5c3c00);
    font-weight: 600;
  }
  details {
    margin-block-start: var(--_space-1);
  }
  summary {
    display: list-item;
    min-block-size: var(--_target);
    padding-block: var(--_space-2);
    color: var(--_primary);
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .sample-badge {
      border: 1px solid CanvasText;
    }
  }
`;
