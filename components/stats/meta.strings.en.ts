import { coreEn } from '../core/core.strings.en.js';
import type { metaZh } from './meta.strings.js';

/** The meta line's English, with the core's: loaded only on an English page (and by the site at build). */
export const metaEn: Record<keyof typeof metaZh, string> & typeof coreEn = {
  ...coreEn,
  'meta.period': 'Period: {start} to {end}',
  'meta.source': 'Source: {source}',
  'meta.asOf': 'Data as of {date}',
  'meta.sample': 'Sample data, not figures published by the bureau',
};
