/**
 * Series colours from the Okabe–Ito palette, which people with any common colour-vision deficiency can
 * tell apart. Only its darker members are used: each has at least 3:1 contrast on white (WCAG 1.4.11).
 * Lines also differ by dash pattern, so colour is never the only cue.
 */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000'] as const;
export const SERIES_DASHES = ['', '6 4', '2 3', '8 3 2 3', '1 2'] as const;

export const seriesColour = (i: number) => SERIES_COLOURS[i % SERIES_COLOURS.length]!;
export const seriesDash = (i: number) => SERIES_DASHES[i % SERIES_DASHES.length]!;
