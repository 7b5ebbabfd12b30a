import { h } from '../core/dom.js';
import type { Locale } from '../core/locale.js';
import type { StatsMeta } from './indicators.js';
import type { metaZh } from './meta.strings.js';

type MetaKey = keyof typeof metaZh;

/**
 * The small print under every statistics widget: sample badge, period, source and "数据截至…", so a
 * stale copy in a cached page says how old it is. A plain DOM node, so both the Lit chart and the
 * Lit-free figure can show it.
 */
export function metaView(
  meta: StatsMeta,
  locale: Locale,
  t: (key: MetaKey, values?: Record<string, string>) => string,
  date: (v: string) => string,
): HTMLElement {
  return h(
    'p',
    { class: 'meta', part: 'meta' },
    meta.sample && [h('span', { class: 'sample' }, t('meta.sample')), h('br', null)],
    t('meta.period', { start: date(meta.period.start), end: date(meta.period.end) }),
    h('br', null),
    t('meta.source', { source: meta.source[locale] }),
    h('br', null),
    t('meta.asOf', { date: date(meta.lastUpdated) }),
  );
}
