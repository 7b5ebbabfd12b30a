import { css } from './css.js';

/** Buttons, and links that look like buttons: every widget with controls. */
export const buttonStyles = css`
  button,
  .la-button {
    all: revert;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: var(--_space-2) var(--_space-4);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  button.primary,
  .la-button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  @media (forced-colors: active) {
    button,
    .la-button {
      border-color: ButtonText;
    }
  }
`;
