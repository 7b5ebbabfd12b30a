import { getCollection, getEntry } from 'astro:content';
import type { StatsReport } from '../../components/stats/indicators.js';
import type { Locale } from '../../components/core/locale.js';
import type { FaqEntry } from '../../components/rights-faq/faq-data.js';
import type { FaqSource } from './faq-source.js';
import type { SiteConfig } from './site-schema.js';

export async function getSite(): Promise<SiteConfig> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.json is missing');
  return entry.data as SiteConfig;
}

export async function getStatsReports(): Promise<StatsReport[]> {
  return (await getCollection('stats')).map((entry) => entry.data as StatsReport);
}

/** The FAQ in one language, in the bureau's order. */
export async function getFaq(locale: Locale): Promise<FaqEntry[]> {
  const sources = (await getCollection('faq')).map((entry) => entry.data as FaqSource);
  return sources
    .sort((a, b) => a.order - b.order || a.entries.en.id.localeCompare(b.entries.en.id))
    .map((source) => source.entries[locale]);
}
