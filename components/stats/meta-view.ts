import { html, nothing } from 'lit';
import type { Locale } from '../core/locale.js';
import type { StatsMeta } from './indicators.js';
import type { metaStrings } from './meta.strings.js';

type MetaKey = keyof (typeof metaStrings)['zh-CN'];

/**
 * The small print under every statistics widget: sample badge, period, source and "数据截至…", so a
 * stale copy in a cached page says how old it is.
 */
export function renderMeta(
  meta: StatsMeta,
  locale: Locale,
  t: (key: MetaKey, values?: Record<string, string>) => string,
  date: (v: string) => string,
) {
  return html`<p class="meta" part="meta">
    ${meta.sample ? html`<span class="sample">${t('meta.sample')}</span><br />` : nothing}
    ${t('meta.period', { start: date(meta.period.start), end: date(meta.period.end) })}<br />
    ${t('meta.source', { source: meta.source[locale] })}<br />
    ${t('meta.asOf', { date: date(meta.lastUpdated) })}
  </p>`;
}
