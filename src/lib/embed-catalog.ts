import fs from 'node:fs';
import type { Locale } from '../../components/core/locale.js';
import { translator } from '../../components/core/locale.js';
import { embedStrings, widgetNames } from '../i18n/embed.strings.js';
import { getSite } from './content.js';
import type { CdnFile } from './embed-snippet.js';
import { embedExamples } from './embed-widgets.js';

/**
 * What the /embed/ pages offer, read at build time from what the build produced just before the site:
 * custom-elements.json (each widget's attributes, parts, summary) and dist/cdn/manifest.json (file names,
 * integrity hashes, the pinned version). Nothing is listed by hand, so a new widget appears by itself.
 */

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  cssParts?: { name: string; description?: string }[];
  events?: { name: string; description?: string }[];
}

export interface CdnManifest {
  version: string;
  loader: CdnFile;
  /** The chunk every widget file imports (scripts/build/cdn-bundles.mjs); absent when the build has no widget. */
  core?: CdnFile;
  widgets: Record<string, CdnFile>;
  /** Each widget with the core in one file, which the loader takes for a page with one kind of widget. */
  solo: Record<string, CdnFile>;
  themes: Record<string, CdnFile>;
}

export interface EmbedOption {
  name: string;
  kind: 'boolean' | 'text' | 'number';
  description: string;
  /** The example value a partner starts from ('' for none). */
  value: string;
}

export interface EmbedWidget {
  tag: string;
  summary: string;
  options: EmbedOption[];
  parts: { name: string; description: string }[];
  events: { name: string; description: string }[];
  cdn: CdnFile | undefined;
}

const readJson = <T>(file: string): T | undefined => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
};

/** Attributes a partner sets through the page rather than per widget. */
const PAGE_LEVEL = new Set(['large-text']);

export function cdnManifest(): CdnManifest | undefined {
  return readJson<CdnManifest>('dist/cdn/manifest.json');
}

export function embedCatalog(): EmbedWidget[] {
  const manifest = readJson<{ modules: { declarations?: ManifestDeclaration[] }[] }>('custom-elements.json');
  const cdn = cdnManifest();
  const declarations = (manifest?.modules ?? []).flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  return declarations
    .filter((d) => d.tagName!.startsWith('la-') && cdn?.widgets[d.tagName!])
    .map((d) => {
      const tag = d.tagName!;
      const example = embedExamples[tag]?.attributes ?? {};
      const options = (d.attributes ?? [])
        .filter((a) => !PAGE_LEVEL.has(a.name))
        .map<EmbedOption>((a) => ({
          name: a.name,
          kind: /^boolean\b/.test(a.type?.text ?? '') ? 'boolean' : /^number\b/.test(a.type?.text ?? '') ? 'number' : 'text',
          description: a.description ?? '',
          value: example[a.name] ?? '',
        }));
      return {
        tag,
        summary: d.summary ?? d.description ?? '',
        options,
        parts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
        events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
        cdn: cdn?.widgets[tag],
      };
    })
    .sort((a, b) => pickOrder(a.tag) - pickOrder(b.tag) || a.tag.localeCompare(b.tag));
}

/** The picker lists widgets in the order of `widgetNames` (the checker, which partners paste most, first);
 * a widget not named there comes after them. */
function pickOrder(tag: string): number {
  const index = Object.keys(widgetNames).indexOf(tag);
  return index < 0 ? Infinity : index;
}

/** Everything both embed pages start from. */
export async function embedPage(locale: Locale) {
  return { t: translator(embedStrings, locale), site: await getSite(), cdn: cdnManifest(), widgets: embedCatalog() };
}
