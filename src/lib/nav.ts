import type { siteStrings } from '../i18n/site.strings.js';

type SiteKey = keyof (typeof siteStrings)['zh-CN'];

// The pages that exist in this build; a section appears in the header only once its page exists,
// so a deployment that drops a widget never links to a missing page. Pages in every language live under
// pages/[...locale]/ (Astro's i18n routing), the rest (offline) directly under pages/.
const pageFiles = Object.keys(import.meta.glob('../pages/**/index.astro')).map((file) => file.replace('/[...locale]/', '/'));
/** Whether a language-neutral section path ("/faq/") has a page in this build. */
export const pageExists = (path: string) => path === '/' || pageFiles.includes(`../pages${path}index.astro`);

/** The main sections, in the order they appear in the header. Paths are language-neutral. */
const sections: { path: string; label: SiteKey }[] = [
  { path: '/', label: 'nav.home' },
  { path: '/check/', label: 'nav.check' },
  { path: '/map/', label: 'nav.map' },
  { path: '/faq/', label: 'nav.faq' },
  { path: '/papers/', label: 'nav.papers' },
  { path: '/log/', label: 'nav.log' },
  { path: '/stats/', label: 'nav.stats' },
  { path: '/about/', label: 'nav.about' },
];
// The embed-code page is for partner agencies' web editors, not workers: it is linked from the footer.

export const navItems = sections.filter((item) => pageExists(item.path));

/** The three things a worker comes for, linked only where the page exists in this build. */
export const mainActions = sections.filter((item) => ['/check/', '/map/', '/faq/'].includes(item.path) && pageExists(item.path));
