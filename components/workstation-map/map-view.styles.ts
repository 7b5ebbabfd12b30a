import { css } from './sheet.js';

/** Markers, clusters, the plain sketch and the two-finger hint; loaded with the map, so they cost nothing before it opens. */
export const mapStyles = css`
  .leaflet-container {
    font: inherit;
    background: var(--la-workstation-map-sketch, #e8eef3);
  }
  .la-marker {
    color: var(--_primary);
  }
  .la-marker svg {
    display: block;
    inline-size: 32px;
    block-size: 40px;
  }
  .la-marker path {
    fill: currentColor;
    stroke: #fff;
    stroke-width: 2;
  }
  .la-marker circle {
    fill: #fff;
  }
  .la-marker--selected {
    color: var(--_danger);
  }
  .la-cluster {
    display: flex;
    align-items: center;
    justify-content: center;
    border: 3px solid #fff;
    border-radius: 50%;
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
    box-shadow: 0 0 0 2px var(--_primary);
  }
  .la-marker:focus-visible,
  .la-cluster:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  .la-place {
    inline-size: auto !important;
    block-size: auto !important;
    padding-inline: 2px;
    border-radius: 2px;
    white-space: nowrap;
    background: var(--_surface);
    color: var(--_muted);
    font-size: var(--_size-sm);
    /* Under the point, so a pin or a badge on the town does not hide its name. */
    translate: -50% 28px;
  }
  .la-hidden {
    visibility: hidden;
  }
  /* The worker's own position: a dot with a halo, like the phone's own map app. */
  .la-here span {
    display: block;
    box-sizing: border-box;
    inline-size: 22px;
    block-size: 22px;
    border: 4px solid #fff;
    border-radius: 50%;
    background: #1a73e8;
    box-shadow: 0 0 0 6px rgb(26 115 232 / 0.3);
  }
  /* The chosen workstation's name goes under pins and badges: they stay whole and tappable, and the name is on its card too. */
  .leaflet-tooltip-pane {
    z-index: 550;
  }
  .la-name {
    padding: 2px var(--_space-2);
    border: 2px solid var(--_danger);
    color: var(--_text);
    font: inherit;
    font-size: var(--_size-sm);
    font-weight: 700;
    inline-size: max-content;
    max-inline-size: 10em;
    white-space: normal;
  }
  .finger-hint {
    position: absolute;
    inset: 0;
    z-index: 1000;
    display: grid;
    place-items: center;
    margin: 0;
    background: rgb(0 0 0 / 0.55);
    color: #fff;
    font-size: var(--_size-lg);
    pointer-events: none;
  }
  @media (forced-colors: active) {
    .la-marker path,
    .la-here span,
    .la-cluster {
      forced-color-adjust: none;
      fill: CanvasText;
      background: CanvasText;
      color: Canvas;
    }
  }
`;
