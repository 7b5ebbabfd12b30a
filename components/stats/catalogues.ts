import type { Catalogue } from '../core/locale.js';
import { metaZh } from './meta.strings.js';
import { metaEn } from './meta.strings.en.js';
import { statChartZh } from './stat-chart.strings.js';
import { statChartEn } from './stat-chart.strings.en.js';
import { statZh } from './stat.strings.js';
import { statEn } from './stat.strings.en.js';

/**
 * Both languages of each statistics catalogue, for the site's build and the tests. The widgets ship only
 * the Chinese and load the English on an English page (`lazyStrings`), so they never import this file.
 */
export const metaStrings: Catalogue<typeof metaZh> = { 'zh-CN': metaZh, en: metaEn };
export const statStrings: Catalogue<typeof statZh> = { 'zh-CN': statZh, en: statEn };
export const statChartStrings: Catalogue<typeof statChartZh> = { 'zh-CN': statChartZh, en: statChartEn };
