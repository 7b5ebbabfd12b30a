import { tagMarkup } from './embed-snippet.js';
import examples from './embed-examples.json' with { type: 'json' };

/**
 * What a partner pastes for each widget: the attributes that make a working example. Paths under /data/
 * are the kit site's published JSON; the /embed/ page prefixes them with the site's origin, the partner
 * tests with the data server's. A widget missing here still embeds (it shows its own "no data" view with
 * the hotline); add a line when a widget needs data to be useful.
 */
export interface EmbedExample {
  /** Attribute values; "true" for a boolean attribute that is present. Site paths (/…) become absolute. */
  attributes: Record<string, string>;
  /** Light-DOM content to put inside the tag (e.g. inline JSON). */
  content?: string;
  /** The page on the kit's site that shows the same thing: the fallback links to it. */
  page?: string;
}

// Kept as JSON so the Node benchmark reads the same examples: { "la-x": { "attributes": { "src": "/data/x.json" } } }.
export const embedExamples: Record<string, EmbedExample> = examples;

/** The test widget of tests/fixtures/demo-element.ts, used to prove the embed harness on its own. */
export const demoExample: EmbedExample = { attributes: { src: '/data/demo-list.json' } };

/** The markup for one widget, with /data/ paths resolved against `dataOrigin`. */
export function widgetMarkup(
  tag: string,
  example: EmbedExample | undefined,
  dataOrigin: string,
  extra: Record<string, string> = {},
): string {
  const resolve = (value: string) => (value.startsWith('/') ? `${dataOrigin}${value}` : value);
  return tagMarkup(tag, { ...(example?.attributes ?? {}), ...extra }, resolve, example?.content ?? '');
}
