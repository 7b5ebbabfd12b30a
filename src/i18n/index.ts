import type { Locale } from '../../components/core/locale.js';
import { translator } from '../../components/core/locale.js';
import { siteStrings } from './site.strings.js';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** The site's translate function for one page. */
export const siteT = (locale: Locale) => translator(siteStrings, locale);

/** A site path in a language: zh-CN at the root, English under /en/. */
export function localePath(locale: Locale, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === 'en' ? `/en${clean}` : clean;
}

/** The same page in the other language. */
export function otherLocalePath(locale: Locale, currentPath: string): string {
  const bare = currentPath.replace(/^\/en(?=\/|$)/, '') || '/';
  return localePath(locale === 'en' ? 'zh-CN' : 'en', bare);
}

/** Localized content text. */
export function pick(text: { 'zh-CN': string; en: string }, locale: Locale): string {
  return text[locale];
}
