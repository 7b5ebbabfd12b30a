/** The markup partners paste, built the same way at build time (the page) and in the browser (the picker). */

export interface CdnFile {
  file: string;
  integrity: string;
}

export const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `<tag a="…" b></tag>`: `true` gives a bare boolean attribute, `false` and '' leave it out; `resolve`
 * turns site paths (/data/…) into the URL the partner's page must use.
 */
export function tagMarkup(
  tag: string,
  attributes: Record<string, string | boolean>,
  resolve: (value: string) => string = (value) => value,
  content = '',
): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== false && value !== '')
    .map(([name, value]) => (typeof value === 'string' ? ` ${name}="${escapeAttribute(resolve(value))}"` : ` ${name}`))
    .join('');
  return `<${tag}${attrs}>${content}</${tag}>`;
}

/** A module script pinned by version folder and subresource integrity. */
export function pinnedScript(base: string, file: CdnFile): string {
  return `<script type="module" src="${base}${file.file}" integrity="${file.integrity}" crossorigin="anonymous"></script>`;
}

/** A stylesheet (a partner theme) pinned the same way. */
export function pinnedStylesheet(base: string, file: CdnFile): string {
  return `<link rel="stylesheet" href="${base}${file.file}" integrity="${file.integrity}" crossorigin="anonymous">`;
}

/** Where a version's CDN files live on the kit's site. */
export const cdnBase = (siteUrl: string, version: string) => new URL(`/cdn/${version}/`, siteUrl).href;

/** The words of a snippet's fallback, in the snippet's language. */
export interface FallbackWords {
  hotline: string;
  page: string;
}

/**
 * What a partner page shows where the loader cannot load (the CDN blocked, an old browser): the 12348
 * hotline and a link to the same page on the bureau's site. Inside the tag, so a widget that loads shows
 * it only as its own fallback.
 */
export const fallbackMarkup = (words: FallbackWords, pageUrl: string) =>
  `\n  <p>${escapeAttribute(words.hotline)} <a href="tel:12348">12348</a> · <a href="${escapeAttribute(pageUrl)}">${escapeAttribute(words.page)}</a></p>\n`;

/**
 * The two lines for a CMS: the versioned loader, then the widget with absolute URLs (data, and the links a
 * widget prints: `check-href`, `map-href`), holding its fallback when `fallback` is given.
 */
export function loaderSnippet(
  siteUrl: string,
  version: string,
  loader: CdnFile,
  tag: string,
  attributes: Record<string, string | boolean>,
  fallback?: { words: FallbackWords; page: string },
): string {
  const base = cdnBase(siteUrl, version);
  const absolute = (value: string) => (value.startsWith('/') ? new URL(value, siteUrl).href : value);
  const content = fallback ? fallbackMarkup(fallback.words, absolute(fallback.page)) : '';
  return `${pinnedScript(base, loader)}\n${tagMarkup(tag, attributes, absolute, content)}`;
}
