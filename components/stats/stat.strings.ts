import type { LoadedCatalogue } from '../core/locale.js';
import { metaZh } from './meta.strings.js';

export const statZh = {
  ...metaZh,
  definition: '统计口径（怎么算的）',
};

/** What `<la-stat>` and `<la-stat-group>` ship: the Chinese; the English loads on an English page. */
export const statWords: LoadedCatalogue<typeof statZh> = { 'zh-CN': statZh };
export const statLazyWords = { en: () => import('./stat.strings.en.js').then((m) => m.statEn) };
