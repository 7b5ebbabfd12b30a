import { getCollection, getEntry } from 'astro:content';
import type { StatsReport } from '../../components/stats/indicators.js';
import type { SiteConfig } from './site-schema.js';

export async function getSite(): Promise<SiteConfig> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.json is missing');
  return entry.data as SiteConfig;
}

export async function getStatsReports(): Promise<StatsReport[]> {
  return (await getCollection('stats')).map((entry) => entry.data as StatsReport);
}
