import { h } from '../core/dom.js';
import { formatDate } from '../core/format.js';
import type { Locale } from '../core/locale.js';
import type { StatsMeta } from './indicators.js';
import type { metaZh } from './meta.strings.js';

export type MetaKey = keyof typeof metaZh;
/** A statistics widget's words, as its views take them. */
export type StatsWords<K extends string> = (key: K, values?: Record<string, string>) => string;

/**
 * The small print under every statistics view: sample badge, period, source and "数据截至…", so a stale
 * copy in a cached page says how old it is. A pure function of (meta, words, locale), built with `h()`: the
 * widgets show it, and the site renders the same function at build time (src/lib/render-view.ts).
 */
export function metaView(meta: StatsMeta, t: StatsWords<MetaKey>, locale: Locale): HTMLElement {
  const date = (value: string) => formatDate(value, locale);
  return h(
    'p',
    { class: 'figure-meta', part: 'meta' },
    meta.sample && [h('span', { class: 'sample-badge' }, t('meta.sample')), h('br', null)],
    t('meta.period', { start: date(meta.period.start), end: date(meta.period.end) }),
    h('br', null),
    t('meta.source', { source: meta.source[locale] }),
    h('br', null),
    t('meta.asOf', { date: date(meta.lastUpdated) }),
  );
}
