import type { Catalogue } from '../core/locale.js';
import { metaStrings, metaZh } from './meta.strings.js';

const zh = {
  ...metaZh,
  definition: '统计口径（怎么算的）',
};

export const statStrings: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    ...metaStrings.en,
    definition: 'What is counted',
  },
};
