import { css } from './css.js';

/** The loading and error views that LaDataElement renders. */
export const statusStyles = css`
  .la-status {
    margin: 0;
    padding: var(--_space-4);
    color: var(--_muted);
  }
  .la-error {
    padding: var(--_space-4);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-surface);
    color: var(--_text);
  }
  .la-error p {
    margin: 0 0 var(--_space-2);
  }
  .la-error-title {
    font-weight: 700;
    color: var(--_danger);
  }
  /* The retry button keeps a full touch target in widgets that carry no button styles of their own. */
  .la-error button {
    min-block-size: var(--_target);
    font: inherit;
  }
  .la-hotline a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    font-size: var(--_size-lg);
    font-weight: 700;
  }
`;
