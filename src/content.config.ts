import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { parseStatsReport, type StatsReport } from '../components/stats/indicators.js';
import { jsonLoader } from './lib/json-loader.js';
import { parseSite, type SiteConfig } from './lib/site-schema.js';
import { parseWorkstationFile } from './lib/workstations.js';
import type { WorkstationDirectory } from '../components/workstation-map/workstations.js';

// Validation happens in the loaders with the widgets' own parsers; the schemas only carry the types.
const site = defineCollection({
  loader: jsonLoader({ name: 'site', file: 'site.json', parse: parseSite }),
  schema: z.custom<SiteConfig>(),
});

const stats = defineCollection({
  loader: jsonLoader({ name: 'stats', parse: parseStatsReport }),
  schema: z.custom<StatsReport>(),
});

const workstations = defineCollection({
  loader: jsonLoader({ name: 'workstations', parse: parseWorkstationFile }),
  schema: z.custom<WorkstationDirectory>(),
});

export const collections = { site, stats, workstations };
