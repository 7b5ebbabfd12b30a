import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { parseStatsReport, type StatsReport } from '../components/stats/indicators.js';
import { faqLoader } from './lib/faq-loader.js';
import type { FaqSource } from './lib/faq-source.js';
import { jsonLoader } from './lib/json-loader.js';
import { parseSite, type SiteConfig } from './lib/site-schema.js';

// Validation happens in the loaders with the widgets' own parsers; the schemas only carry the types.
const site = defineCollection({
  loader: jsonLoader({ name: 'site', file: 'site.json', parse: parseSite }),
  schema: z.custom<SiteConfig>(),
});

const stats = defineCollection({
  loader: jsonLoader({ name: 'stats', parse: parseStatsReport }),
  schema: z.custom<StatsReport>(),
});

const faq = defineCollection({ loader: faqLoader(), schema: z.custom<FaqSource>() });

export const collections = { site, stats, faq };
