import { css } from '../core/css.js';
import { statusStyles } from '../core/status.styles.js';
import { baseTokens } from '../core/tokens.styles.js';
import { metaStyles } from './meta.styles.js';

export const statStyles = [
  baseTokens,
  statusStyles,
  metaStyles,
  css`
    .la-root {
      padding: var(--la-stat-padding, var(--_space-4));
    }
    p {
      margin: 0;
    }
    .figure-value {
      color: var(--la-stat-value-color, var(--_primary));
      font-size: calc(var(--la-stat-value-size, 32px) * var(--_scale));
      font-weight: 700;
      line-height: 1.2;
      font-variant-numeric: tabular-nums;
    }
    .figure-label {
      margin-block-start: var(--_space-1);
      font-weight: 600;
    }
  `,
];
