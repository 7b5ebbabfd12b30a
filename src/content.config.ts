import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { parseStatsReport, type StatsReport } from '../components/stats/indicators.js';
import { parseRulePack, type RulePack } from '../components/eligibility/engine/packs.js';
import { parseHolidayCalendar, type HolidayCalendar } from '../components/core/holidays.js';
import { campaignLoader } from './lib/campaign-loader.js';
import type { Campaign } from './lib/campaign-schema.js';
import { faqLoader } from './lib/faq-loader.js';
import type { FaqSource } from './lib/faq-source.js';
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

// Eligibility rule packs, one file per region (GB/T 2260 code).
const rules = defineCollection({
  loader: jsonLoader({ name: 'rules', parse: parseRulePack }),
  schema: z.custom<RulePack>(),
});

// The State Council's public holidays and 调休 working days: the engine's last days and the map's "open now".
const calendar = defineCollection({
  loader: jsonLoader({ name: 'calendar', file: 'calendar/holidays.json', parse: parseHolidayCalendar }),
  schema: z.custom<HolidayCalendar>(),
});

const campaigns = defineCollection({ loader: campaignLoader(), schema: z.custom<Campaign>() });

const workstations = defineCollection({
  loader: jsonLoader({ name: 'workstations', parse: parseWorkstationFile }),
  schema: z.custom<WorkstationDirectory>(),
});

const faq = defineCollection({ loader: faqLoader(), schema: z.custom<FaqSource>() });

export const collections = { site, stats, rules, calendar, campaigns, workstations, faq };
