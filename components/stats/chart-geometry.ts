/**
 * Pure code, no DOM: where every bar, line, tick and label of a chart goes, in SVG user units. The Astro
 * page draws its build-time SVG from this and the widget draws the same picture at run time, so the chart
 * a reader sees without JavaScript and with it are one and the same.
 */

export type ChartType = 'bar' | 'line';
/** Vertical: categories along the bottom (months). Horizontal: categories down the side (long names). */
export type Orientation = 'vertical' | 'horizontal';

export interface ChartSpec {
  type: ChartType;
  orientation?: Orientation;
  /** Category labels, already in the reader's language. */
  categories: readonly string[];
  /** One list of values per series, each as long as `categories`. */
  series: readonly (readonly number[])[];
  /** Tick labels, already formatted for the reader. */
  formatTick?: (value: number) => string;
  width?: number;
  fontSize?: number;
}

export interface Tick {
  value: number;
  label: string;
  /** The gridline: from (x1, y1) to (x2, y2). */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Where its label is written. */
  labelX: number;
  labelY: number;
}

export interface CategoryLabel {
  index: number;
  label: string;
  x: number;
  y: number;
  anchor: 'middle' | 'end';
}

export interface Bar {
  series: number;
  index: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LinePoint {
  index: number;
  value: number;
  x: number;
  y: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  fontSize: number;
  orientation: Orientation;
  plot: { x: number; y: number; width: number; height: number };
  /** The zero line, drawn darker than the grid. */
  baseline: { x1: number; y1: number; x2: number; y2: number };
  ticks: Tick[];
  /** Only the labels that fit without overlapping; the table view always has them all. */
  categoryLabels: CategoryLabel[];
  bars: Bar[];
  lines: { series: number; points: LinePoint[]; path: string }[];
  /** Markers on line points are drawn only when there are few enough to tell apart. */
  markers: boolean;
}

/** Round numbers for an axis: steps of 1, 2, 2.5 or 5 times a power of ten, covering [min, max]. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  if (high === low) return [0, 1];
  const raw = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  // The last tick is the first at or above the highest value, so no bar pokes out of the plot.
  for (let v = Math.floor(low / step) * step; ; v += step) {
    ticks.push(Number(v.toPrecision(12)));
    if (v >= high - step * 1e-9) break;
  }
  return ticks;
}

/** Rough text width: a CJK character is a square, Latin about 0.6 of the font size. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? fontSize : fontSize * 0.6;
  return width;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function chartGeometry(spec: ChartSpec): ChartGeometry {
  const width = spec.width ?? 400;
  const fontSize = spec.fontSize ?? 13;
  const orientation: Orientation = spec.type === 'line' ? 'vertical' : (spec.orientation ?? 'vertical');
  const format = spec.formatTick ?? String;
  const n = spec.categories.length;
  const values = spec.series.flat();
  const ticksValues = niceTicks(Math.min(...values, 0), Math.max(...values, 0));
  const low = ticksValues[0]!;
  const high = ticksValues[ticksValues.length - 1]!;
  const tickLabels = ticksValues.map(format);
  const widestTick = Math.max(...tickLabels.map((t) => textWidth(t, fontSize)));
  const widestCategory = Math.max(0, ...spec.categories.map((c) => textWidth(c, fontSize)));
  const gap = 6;

  // The plot area: room for tick labels on one axis and category labels on the other.
  const horizontal = orientation === 'horizontal';
  const seriesCount = Math.max(1, spec.series.length);
  const left = horizontal ? Math.min(widestCategory, width * 0.4) + gap * 2 : widestTick + gap * 2;
  const right = horizontal ? textWidth(tickLabels[tickLabels.length - 1]!, fontSize) / 2 + gap : gap * 2;
  const top = fontSize;
  const bottom = fontSize * 2 + gap;
  const band = horizontal ? Math.max(fontSize * 2.5, seriesCount * 14 + 12) : 0;
  const plotWidth = width - left - right;
  const plotHeight = horizontal ? band * n : 200;
  const plot = { x: left, y: top, width: plotWidth, height: plotHeight };
  const height = round(top + plotHeight + bottom);
  const bandSize = horizontal ? band : plotWidth / Math.max(1, n);

  // Value → position along the value axis (up for vertical charts, right for horizontal ones).
  const scale = (v: number) => (v - low) / (high - low);
  const valuePos = (v: number) => (horizontal ? left + scale(v) * plotWidth : top + plotHeight - scale(v) * plotHeight);
  const bandStart = (i: number) => (horizontal ? top : left) + i * bandSize;
  const zero = valuePos(0);

  const ticks: Tick[] = ticksValues.map((value, i) => {
    const p = round(valuePos(value));
    return horizontal
      ? {
          value,
          label: tickLabels[i]!,
          x1: p,
          y1: top,
          x2: p,
          y2: top + plotHeight,
          labelX: p,
          labelY: round(top + plotHeight + fontSize + gap),
        }
      : {
          value,
          label: tickLabels[i]!,
          x1: left,
          y1: p,
          x2: left + plotWidth,
          y2: p,
          labelX: left - gap,
          labelY: round(p + fontSize * 0.35),
        };
  });

  // Thin the category labels so neighbours never overlap.
  const every = horizontal ? 1 : Math.max(1, Math.ceil((widestCategory + gap) / bandSize));
  const categoryLabels: CategoryLabel[] = [];
  spec.categories.forEach((label, index) => {
    if (index % every !== 0) return;
    const centre = round(bandStart(index) + bandSize / 2);
    categoryLabels.push(
      horizontal
        ? { index, label, x: left - gap, y: round(centre + fontSize * 0.35), anchor: 'end' }
        : { index, label, x: centre, y: round(top + plotHeight + fontSize + gap), anchor: 'middle' },
    );
  });

  const bars: Bar[] = [];
  const lines: ChartGeometry['lines'] = [];
  if (spec.type === 'bar') {
    const inner = bandSize * 0.8;
    const thickness = inner / seriesCount;
    spec.series.forEach((list, s) => {
      list.forEach((value, index) => {
        const along = round(bandStart(index) + bandSize * 0.1 + s * thickness);
        const end = valuePos(value);
        const from = Math.min(zero, end);
        const length = round(Math.abs(end - zero));
        bars.push(
          horizontal
            ? { series: s, index, value, x: round(from), y: along, width: length, height: round(thickness) }
            : { series: s, index, value, x: along, y: round(from), width: round(thickness), height: length },
        );
      });
    });
  } else {
    spec.series.forEach((list, s) => {
      const points = list.map((value, index) => ({ index, value, x: round(bandStart(index) + bandSize / 2), y: round(valuePos(value)) }));
      const path = points.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join('');
      lines.push({ series: s, points, path });
    });
  }

  const baseline = horizontal
    ? { x1: round(zero), y1: top, x2: round(zero), y2: top + plotHeight }
    : { x1: left, y1: round(zero), x2: left + plotWidth, y2: round(zero) };
  return {
    width,
    height,
    fontSize,
    orientation,
    plot,
    baseline,
    ticks,
    categoryLabels,
    bars,
    lines,
    markers: n <= 40,
  };
}
