/**
 * What <la-rights-faq> needs once the reader does more than read: search, copy link and read aloud. One
 * chunk, loaded when the search box is first focused or an action first tapped. No Lit in it, so it shares
 * nothing with the widget's first download.
 */
export { buildIndex, search } from './search.js';
export { copyLink, readAloud } from './answer-actions.js';
