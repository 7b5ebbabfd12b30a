import type { Catalogue } from '../core/locale.js';
import { en } from './workstation-map.strings.en.js';
import { zh } from './workstation-map.strings.zh-CN.js';

export type { WorkstationMapKey, WorkstationMapMessages } from './workstation-map.strings.zh-CN.js';

/** Both languages at once, for the Astro page that renders the list at build time (the widget loads one). */
export const workstationMapStrings: Catalogue<typeof zh> = { 'zh-CN': zh, en };
