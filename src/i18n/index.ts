import { getAbsoluteLocaleUrl, getPathByLocale, getRelativeLocaleUrl } from 'astro:i18n';
import type { Locale } from '../../components/core/locale.js';
import { DEFAULT_LOCALE, translator } from '../../components/core/locale.js';
import { siteStrings } from './site.strings.js';

// The languages and their URLs come from Astro's i18n routing (astro.config.mjs: zh-CN at the root,
// English under /en/); each page file under src/pages/[...locale]/ is built once per language.
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** The site's translate function for one page. */
export const siteT = (locale: Locale) => translator(siteStrings, locale);

/** A site path in a language: zh-CN at the root, English under /en/. */
export function localePath(locale: Locale, path = '/'): string {
  return getRelativeLocaleUrl(locale, path);
}

/** The same path as a full URL on the site's own origin (canonical links, hreflang alternates). */
export function localeUrl(locale: Locale, path = '/'): string {
  return getAbsoluteLocaleUrl(locale, path);
}

/** A page's path without its language prefix ("/en/faq/" → "/faq/"); a path without one stays as it is. */
export function barePath(locale: Locale, path: string): string {
  const prefix = `/${getPathByLocale(locale)}`;
  const prefixed = locale !== DEFAULT_LOCALE && (path === prefix || path.startsWith(`${prefix}/`));
  return prefixed ? path.slice(prefix.length) || '/' : path;
}

/** The same page in the other language. */
export function otherLocalePath(locale: Locale, currentPath: string): string {
  return localePath(locale === 'en' ? 'zh-CN' : 'en', barePath(locale, currentPath));
}

/** The page's language, as Astro's i18n routing found it in the URL. */
export function pageLocale(current: string | undefined): Locale {
  const locale = LOCALES.find((code) => code === current);
  if (!locale) throw new Error(`This page's language "${current}" is not one of ${LOCALES.join(', ')}`);
  return locale;
}

type StaticPath<Props> = { params: Record<string, string | undefined>; props?: Props };

/**
 * getStaticPaths for a page built in every language: each path of `each(locale)` with the language
 * prefix as the `locale` param (none for zh-CN, "en" for English). Without `each`, one page per language.
 */
export async function localePaths<Props = Record<string, never>>(
  each: (locale: Locale) => StaticPath<Props>[] | Promise<StaticPath<Props>[]> = () => [{ params: {} }],
): Promise<StaticPath<Props>[]> {
  const paths: StaticPath<Props>[] = [];
  for (const locale of LOCALES) {
    const prefix = locale === DEFAULT_LOCALE ? undefined : getPathByLocale(locale);
    for (const path of await each(locale)) paths.push({ ...path, params: { ...path.params, locale: prefix } });
  }
  return paths;
}

/** Localized content text. */
export function pick(text: { 'zh-CN': string; en: string }, locale: Locale): string {
  return text[locale];
}
