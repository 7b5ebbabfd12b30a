import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { Locale } from '../core/locale.js';
import type { ChartType } from './chart-geometry.js';
import { formatFigure, formatTick } from './format.js';
import type { Series } from './indicators.js';
import { seriesColour, seriesDash } from './palette.js';

/**
 * The interactive chart, loaded by <la-stat-chart> only when the reader asks (this module and Chart.js
 * form a separate chunk). Only the parts used are registered, so the rest of Chart.js is tree-shaken away.
 */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip);

/**
 * Puts the interactive chart where the SVG `picture` stands, labelled with the chart's `summary` for
 * screen readers, and returns a function that destroys it and puts the SVG back.
 */
export function openInteractiveChart(picture: Element, series: Series[], type: ChartType, locale: Locale, summary: string): () => void {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', summary);
  const box = document.createElement('div');
  box.className = 'canvas-box';
  box.setAttribute('part', 'chart');
  box.append(canvas);
  picture.replaceWith(box);
  const chart = drawInteractiveChart(canvas, series, type, locale, matchMedia('(prefers-reduced-motion: reduce)').matches);
  return () => {
    chart.destroy();
    box.replaceWith(picture);
  };
}

function drawInteractiveChart(canvas: HTMLCanvasElement, series: Series[], type: ChartType, locale: Locale, reducedMotion: boolean) {
  const first = series[0]!;
  const horizontal = type === 'bar' && first.kind !== 'month';
  return new Chart(canvas, {
    type,
    data: {
      labels: first.points.map((p) => p.label[locale]),
      datasets: series.map((s, i) => ({
        label: s.label[locale],
        data: s.points.map((p) => p.value),
        backgroundColor: seriesColour(i),
        borderColor: seriesColour(i),
        borderDash: seriesDash(i) ? seriesDash(i).split(' ').map(Number) : [],
      })),
    },
    options: {
      animation: reducedMotion ? false : undefined,
      indexAxis: horizontal ? 'y' : 'x',
      maintainAspectRatio: true,
      aspectRatio: horizontal ? 1.4 : 1.8,
      locale,
      scales: {
        [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { callback: (value: string | number) => formatTick(Number(value), locale) } },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label}: ${formatFigure(Number(item.raw), series[item.datasetIndex]!.unit, 'exact', locale).spoken}`,
          },
        },
      },
    },
  });
}
