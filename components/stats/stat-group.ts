import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LaDataElement } from '../core/data-element.js';
import { Checker } from '../core/validate.js';
import { META_KEYS } from './indicators.js';
import { statStyles } from './stat.styles.js';

type RawRow = Record<string, unknown>;

/**
 * Every figure of a published stats document as a responsive grid of `<la-stat>`, for a partner page
 * that wants them all: `<la-stat-group src="https://…/data/stats.json">`. The group checks only that the
 * document has reports; each figure checks its own row, so one bad row shows an error in its own place
 * and the others render. Register `<la-stat>` too (stat-group.define.ts does).
 *
 * @summary The bureau's figures as a grid of <la-stat>.
 * @slot - Server-rendered HTML of the figures, shown before the element upgrades and while its data loads.
 * @csspart grid - The list that lays the figures out.
 * @csspart figure - Each figure.
 * @cssproperty --la-stat-group-min - Narrowest a figure may get before the grid wraps (default 14em).
 * @cssproperty --la-stat-group-surface - Background of each figure.
 */
export class LaStatGroup extends LaDataElement<RawRow[]> {
  static override styles = [
    ...statStyles,
    css`
      :host {
        padding: 0;
      }
      ul {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--la-stat-group-min, 14em)), 1fr));
        gap: var(--_space-4);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      la-stat {
        block-size: 100%;
        border-radius: var(--_radius);
        background: var(--la-stat-group-surface, var(--_surface-alt));
      }
    `,
  ];

  /** Only these indicator ids, in this order (comma-separated); all of them when absent. */
  @property({ reflect: true }) indicators: string | null = null;

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

  override render() {
    if (!this.value) return html`${this.dataState === 'loading' ? html`<slot></slot>` : ''}${this.renderStatus()}`;
    return html`<ul part="grid">
      ${this.value.map((row) => html`<li><la-stat part="figure" .data=${row} ?large-text=${this.largeText}></la-stat></li>`)}
    </ul>`;
  }
}
