import type { siteStrings } from '../i18n/site.strings.js';

type SiteKey = keyof (typeof siteStrings)['zh-CN'];

/** The main sections, in the order they appear in the header. Paths are language-neutral. */
export const navItems: { path: string; label: SiteKey }[] = [{ path: '/', label: 'nav.home' }];
