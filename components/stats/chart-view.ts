import { h } from '../core/dom.js';
import type { Locale } from '../core/locale.js';
import type { ChartGeometry } from './chart-geometry.js';
import type { Series } from './indicators.js';
import { seriesColour, seriesDash } from './palette.js';
import { s } from './svg.js';

/** The DOM of <la-stat-chart>'s picture, drawn from the same geometry as the site's build-time SVG. */

type Segment = { x1: number; y1: number; x2: number; y2: number };
const line = (className: string, l: Segment) => s('line', { class: className, x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2 });

/** The picture only, hidden from screen readers: the summary above and the table below say everything it shows. */
export function chartSvg(g: ChartGeometry): SVGElement {
  const tickAnchor = g.orientation === 'horizontal' ? 'middle' : 'end';
  return s(
    'svg',
    { part: 'chart', class: 'chart', viewBox: `0 0 ${g.width} ${g.height}`, 'aria-hidden': 'true', 'font-size': g.fontSize },
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
    { class: 'legend', 'aria-hidden': 'true' },
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
