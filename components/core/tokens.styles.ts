import { css } from './css.js';
import { buttonStyles } from './button.styles.js';

/**
 * Design tokens (`baseTokens`; `tokens` adds the button styles). Every value is a `--la-*` custom property with a fallback, so a partner theme can set any
 * of them on a page ancestor. Sizes are px on purpose: a host page that shrinks its root font-size must not
 * shrink our text; the browser's own zoom still scales px.
 * Large text (适老化): `large-text` on the widget, or `--la-text-scale` on any ancestor (the site sets it on
 * <html>), multiplies the type scale and the touch targets.
 */
export const baseTokens = css`
  :host {
    --_scale: var(--la-text-scale, 1);
    /* Every browser that runs the kit (ES2022) knows system-ui; the Chinese faces name each system's best. */
    --_font: var(--la-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    /* Colours: each text colour passes WCAG AA (4.5:1) on --la-color-surface and --la-color-surface-alt. */
    --_text: var(--la-color-text, #1f2328);
    --_muted: var(--la-color-text-muted, #4d5661);
    --_primary: var(--la-color-primary, #0b5394);
    --_on-primary: var(--la-color-on-primary, #ffffff);
    --_danger: var(--la-color-danger, #a4262c);
    --_danger-surface: var(--la-color-danger-surface, #fdecea);
    --_warning-surface: var(--la-color-warning-surface, #fff4ce);
    --_success: var(--la-color-success, #17692c);
    --_surface: var(--la-color-surface, #ffffff);
    --_surface-alt: var(--la-color-surface-alt, #f3f5f7);
    --_border: var(--la-color-border, #6e7781);
    --_focus: var(--la-color-focus, #0b5394);
    /* Type scale. */
    --_size-sm: calc(var(--la-font-size-sm, 14px) * var(--_scale));
    --_size: calc(var(--la-font-size-base, 16px) * var(--_scale));
    --_size-lg: calc(var(--la-font-size-lg, 20px) * var(--_scale));
    --_size-xl: calc(var(--la-font-size-xl, 26px) * var(--_scale));
    --_line: var(--la-line-height, 1.6);
    /* Spacing. */
    --_space-1: var(--la-space-1, 4px);
    --_space-2: var(--la-space-2, 8px);
    --_space-3: var(--la-space-3, 12px);
    --_space-4: var(--la-space-4, 16px);
    --_space-6: var(--la-space-6, 24px);
    --_radius: var(--la-radius, 6px);
    /* WCAG 2.5.5: touch targets at least 44 px, larger in large-text mode. */
    --_target: calc(44px * var(--_scale));

    /* The host's own box stays minimal: a partner reset (all: unset / revert) that reaches it changes
       nothing inside. Text, colour and spacing are on the wrapper every widget renders into. */
    display: block;
  }
  /* Inherited text styles of a partner page (a CMS often sets them on body, a reset on the host) stop
     here. The font shorthand also resets style, weight, variant and stretch. (Not all: initial, which
     would drop the wrapper's lang and draw Chinese with another locale's glyphs.) */
  .la-root {
    color: var(--_text);
    font: var(--_size)/var(--_line) var(--_font);
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
  }
  :host([large-text]) {
    --_scale: var(--la-large-text-scale, 1.3);
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Not inherit: a partner rule such as * { box-sizing: content-box } reaches the host and would leak in. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** What a widget includes: the tokens and the buttons. */
export const tokens = [baseTokens, buttonStyles];
