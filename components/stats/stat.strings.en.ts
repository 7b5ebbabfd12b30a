import { metaEn } from './meta.strings.en.js';

// Checked against the Chinese in catalogues.ts (no import back: this file loads lazily from the Chinese one).
export const statEn = {
  ...metaEn,
  definition: 'What is counted',
};
