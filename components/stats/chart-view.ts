import { h, type Child } from '../core/dom.js';
import type { Locale } from '../core/locale.js';
import type { ChartGeometry, ChartType } from './chart-geometry.js';
import { chartGeometryFor, chartSummary, type Translate } from './chart-summary.js';
import type { Series } from './indicators.js';
import { metaView } from './meta-view.js';
import { seriesColour, seriesDash } from './palette.js';
import { s } from './svg.js';

/**
 * The views of a chart, pure functions of (series, words, locale) built with `h()`: <la-stat-chart> shows them,
 * and the site renders the same functions at build time (src/lib/render-view.ts).
 */

type Segment = { x1: number; y1: number; x2: number; y2: number };
const line = (className: string, l: Segment) => s('line', { class: className, x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2 });

/** The picture only, hidden from screen readers: the summary above and the table below say everything it shows. */
export function chartSvg(g: ChartGeometry): SVGElement {
  const tickAnchor = g.orientation === 'horizontal' ? 'middle' : 'end';
  return s(
    'svg',
    { part: 'chart', class: 'chart-svg', viewBox: `0 0 ${g.width} ${g.height}`, 'aria-hidden': 'true', 'font-size': g.fontSize },
    g.ticks.map((tick) => [
      line('grid', tick),
      s('text', { class: 'tick', x: tick.labelX, y: tick.labelY, 'text-anchor': tickAnchor }, tick.label),
    ]),
    line('baseline', g.baseline),
    g.bars.map((bar) => s('rect', { x: bar.x, y: bar.y, width: bar.width, height: bar.height, fill: seriesColour(bar.series) })),
    g.lines.map(({ series, path, points }) => [
      s('path', { class: 'line', d: path, stroke: seriesColour(series), 'stroke-dasharray': seriesDash(series) }),
      g.markers && points.map((p) => s('circle', { cx: p.x, cy: p.y, r: 3.5, fill: seriesColour(series) })),
    ]),
    g.categoryLabels.map((label) => s('text', { class: 'category', x: label.x, y: label.y, 'text-anchor': label.anchor }, label.label)),
  );
}

/** Which colour and dash is which series, when a chart has more than one. */
export function legendView(list: readonly Series[], locale: Locale): HTMLElement {
  return h(
    'ul',
    { class: 'chart-legend', 'aria-hidden': 'true' },
    list.map((series, i) =>
      h(
        'li',
        null,
        s(
          'svg',
          { width: 24, height: 12, viewBox: '0 0 24 12' },
          s('line', { x1: 0, y1: 6, x2: 24, y2: 6, stroke: seriesColour(i), 'stroke-width': 4, 'stroke-dasharray': seriesDash(i) }),
        ),
        series.label[locale],
      ),
    ),
  );
}

/** The chart's name: its series' names. */
export const chartTitle = (list: readonly Series[], t: Translate, locale: Locale): string =>
  list.map((item) => item.label[locale]).join(t('summary.join'));

/**
 * A whole chart: its name, the sentence that says what it shows, the picture, the legend, the figures behind
 * it (`table`: the site shows the table itself; the widget a disclosure that builds it on demand, and its
 * buttons) and the small print.
 */
export function chartView(list: readonly Series[], type: ChartType, t: Translate, locale: Locale, table: Child): Child[] {
  return [
    h('p', { class: 'chart-title', part: 'title' }, chartTitle(list, t, locale)),
    h('p', { class: 'chart-summary', part: 'summary' }, chartSummary(list, locale, t)),
    chartSvg(chartGeometryFor(list, type, locale)),
    list.length > 1 && legendView(list, locale),
    table,
    metaView(list[0]!, t, locale),
  ];
}
