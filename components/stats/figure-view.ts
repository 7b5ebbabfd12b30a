import { h, type Child } from '../core/dom.js';
import type { Locale } from '../core/locale.js';
import { formatFigure } from './format.js';
import type { Indicator } from './indicators.js';
import { metaView, type MetaKey, type StatsWords } from './meta-view.js';

/**
 * One of the bureau's figures: the number as printed (hidden from screen readers, who hear it in full), what
 * it counts, the small print (not when `short`: the home page says it once above all figures) and the definition
 * one tap away. The only markup of a figure: <la-stat> builds it, and the site renders it at build time.
 */
export function figureView(
  row: Indicator,
  t: StatsWords<MetaKey | 'definition'>,
  locale: Locale,
  short?: boolean,
): [HTMLElement, ...Child[]] {
  const figure = formatFigure(row.value, row.unit, row.qualifier, locale);
  return [
    h(
      'p',
      { class: 'figure-value', part: 'value' },
      h('span', { 'aria-hidden': 'true' }, figure.text),
      h('span', { class: 'visually-hidden' }, figure.spoken),
    ),
    h('p', { class: 'figure-label', part: 'label' }, row.label[locale]),
    !short && metaView(row, t, locale),
    h('details', { part: 'definition' }, h('summary', null, t('definition')), h('p', null, row.definition[locale])),
  ];
}
