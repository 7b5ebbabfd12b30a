import { css } from '../core/css.js';
import { h, setAttr } from '../core/dom.js';
import type { Messages } from '../core/locale.js';
import { LaDataElement } from '../core/data-element.js';
import { Checker } from '../core/validate.js';
import { META_KEYS, type Indicator, type StatsDocument } from './indicators.js';
import { LaStat } from './stat.js';
import { statLazyWords, statWords } from './stat.strings.js';
import { statusStyles } from '../core/status.styles.js';
import { baseTokens } from '../core/tokens.styles.js';

type RawRow = Record<string, unknown>;

/**
 * Every figure of a published stats document as a responsive grid of `<la-stat>`, for a partner page
 * that wants them all: `<la-stat-group src="https://…/data/stats.json">`. The group checks only that the
 * document has reports; each figure checks its own row, so one bad row shows an error in its own place
 * and the others render. Register `<la-stat>` too (stat-group.define.ts does). Written without Lit, like
 * the figures it holds.
 *
 * @summary The bureau's figures as a grid of <la-stat>.
 * @attr indicators - Only these indicator ids, in this order (comma-separated); all of them when absent.
 * @attr src - URL of the JSON data (a published stats document).
 * @attr timeout - How long to wait for `src`, in milliseconds (default 10,000).
 * @attr large-text - Large-text mode for every figure.
 * @slot - Server-rendered HTML of the figures, shown before the element upgrades and while its data loads.
 * @csspart grid - The list that lays the figures out.
 * @csspart figure - Each figure.
 * @cssproperty [--la-stat-group-min=14em] - Narrowest a figure may get before the grid wraps.
 * @cssproperty [--la-stat-group-surface=var(--la-color-surface-alt)] - Background of each figure.
 * @cssproperty [--la-stat-value-color=var(--la-color-primary)] - Colour of every figure's number (must keep 4.5:1 contrast on its background).
 * @cssproperty [--la-stat-value-size=32px] - Size of every figure's number before large-text scaling.
 * @cssproperty [--la-stat-padding=var(--la-space-4)] - Space around each figure.
 * @cssproperty [--la-stat-sample-surface=#fff4ce] - Background of the sample-data badge.
 * @cssproperty [--la-stat-sample-text=#5c3c00] - Text colour of the sample-data badge.
 */
export class LaStatGroup extends LaDataElement<RawRow[], Messages, StatsDocument> {
  // Its own words are the core's loading and error views (English too, among the figures' words).
  static override strings = statWords;
  static override lazyStrings = statLazyWords;
  // The figures style themselves (each its own shadow root): the group needs the tokens, its status and grid.
  static override styles = [
    baseTokens,
    statusStyles,
    css`
      ul {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--la-stat-group-min, 14em)), 1fr));
        gap: var(--_space-4);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li > * {
        block-size: 100%;
        border-radius: var(--_radius);
        background: var(--la-stat-group-surface, var(--_surface-alt));
      }
    `,
  ];

  static override attributeNames = [...LaDataElement.attributeNames, 'indicators', 'large-text'];

  /** The tag the figures are drawn with: `la-stat`, or `<group tag>-figure` when `la-stat` is not this kit's. */
  static figureTag = 'la-stat';

  /** Registers the group and the figures it draws: never a figure of another kit version. */
  static override define(tag: string, registry?: CustomElementRegistry): void {
    super.define(tag, registry);
    LaStat.define('la-stat', registry);
    // define() has warned once if another version holds <la-stat>: the group draws its own figure instead.
    if ((registry ?? globalThis.customElements)?.get('la-stat') !== LaStat) LaStat.define((this.figureTag = `${tag}-figure`), registry);
  }

  /** Only these indicator ids, in this order (comma-separated); all of them when absent. */
  get indicators(): string | null {
    return this.getAttribute('indicators');
  }
  set indicators(value: string | null) {
    setAttr(this, 'indicators', value);
  }

  /** Each row with its report's source and period folded in, still unchecked: each figure checks its own. */
  protected parseData(raw: unknown): RawRow[] {
    const check = new Checker();
    const reports = check.array(check.object(raw) ?? {}, 'reports', { nonEmpty: true }) ?? [];
    const rows = reports.flatMap((report) => {
      const record = (report ?? {}) as RawRow;
      const inherited = Object.fromEntries(META_KEYS.filter((k) => k in record).map((k) => [k, record[k]]));
      const list = Array.isArray(record['indicators']) ? (record['indicators'] as unknown[]) : [];
      return list.map((row) => ({ ...inherited, ...(row as RawRow) }));
    });
    const wanted = this.indicators?.split(',').map((id) => id.trim());
    return check.done(wanted ? wanted.map((id) => rows.find((row) => row['id'] === id) ?? { id }) : rows, '<la-stat-group>');
  }

  protected render() {
    if (!this.value) return [h('slot', null), this.renderStatus()];
    return h(
      'ul',
      { part: 'grid' },
      this.value.map((row) => {
        const figure = h((this.constructor as typeof LaStatGroup).figureTag as 'la-stat', {
          part: 'figure',
          'large-text': this.largeText,
        }) as LaStat;
        // Unchecked on purpose: each figure checks its own row.
        figure.data = row as unknown as Indicator;
        return h('li', null, figure);
      }),
    );
  }
}
