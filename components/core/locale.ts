/** Locales the kit ships catalogues for; zh-CN is the default and the last fallback. */
export type Locale = 'zh-CN' | 'en';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type Messages = Record<string, string>;
/** A component's catalogue: every locale must carry every key of zh-CN (checked by the type). */
export type Catalogue<M extends Messages> = { 'zh-CN': M } & Record<Exclude<Locale, 'zh-CN'>, Record<keyof M, string>>;
/** A widget's catalogue as it ships: the Chinese always, other languages once loaded (`LaElement.lazyStrings`). */
export type LoadedCatalogue<M extends Messages = Messages> = { 'zh-CN': M } & Partial<
  Record<Exclude<Locale, 'zh-CN'>, Record<keyof M, string>>
>;

/**
 * The chain of catalogue keys to try for a BCP 47 tag: full tag, its language, then zh-CN.
 * e.g. zh-HK → zh-HK, zh, zh-CN;  en-GB → en-GB, en, zh-CN;  fr → fr, zh-CN.
 */
export function fallbackChain(tag: string | null | undefined): string[] {
  const chain: string[] = [];
  const clean = (tag ?? '').trim();
  if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(clean)) {
    const parts = clean.split('-');
    for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  }
  chain.push(DEFAULT_LOCALE);
  return chain;
}

/** Picks the supported locale for a `lang` value; anything unknown or malformed gives zh-CN. */
export function resolveLocale(tag: string | null | undefined): Locale {
  // Of the two locales only English differs from the default: a well-formed tag whose language is English
  // (en, en-GB, EN), as its fallbackChain() would hold "en"; zh-HK, fr or anything malformed is zh-CN.
  return /^en(-[a-z0-9]{2,8})*$/i.test((tag ?? '').trim()) ? 'en' : DEFAULT_LOCALE;
}

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible so it is caught in review. */
export function interpolate(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** A translate function bound to one catalogue and locale. */
export function translator<M extends Messages>(catalogue: Catalogue<M>, locale: Locale) {
  const messages = (catalogue[locale] ?? catalogue[DEFAULT_LOCALE]) as Record<keyof M, string>;
  return (key: keyof M & string, values?: Record<string, string | number>): string =>
    interpolate(messages[key] ?? catalogue[DEFAULT_LOCALE][key] ?? key, values);
}

/**
 * The key of a message that changes with a number: `base.one`, `base.other`… as Intl.PluralRules says for the
 * locale (English "1 question", "2 questions"; Chinese has one form, `other`). A catalogue gives each form the
 * locale needs.
 */
export function pluralKey<K extends string>(base: K, count: number, locale: Locale): `${K}.${Intl.LDMLPluralRule}` {
  return `${base}.${new Intl.PluralRules(locale).select(count)}`;
}
