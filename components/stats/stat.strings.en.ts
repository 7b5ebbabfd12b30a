import { metaEn } from './meta.strings.en.js';
import type { statZh } from './stat.strings.js';

export const statEn: Record<keyof typeof statZh, string> = {
  ...metaEn,
  definition: 'What is counted',
};
