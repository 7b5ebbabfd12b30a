import type { Catalogue } from '../core/locale.js';
import { zh } from './rights-faq.strings.js';
import { en } from './rights-faq.strings.en.js';

/** Both languages at once, for the Astro pages that render the answers at build time. */
export const rightsFaqStrings: Catalogue<typeof zh> = { 'zh-CN': zh, en };
