import type { APIRoute } from 'astro';
import { versioned } from '../../lib/data-version.js';
import { getStatsReports } from '../../lib/content.js';

/**
 * Every statistics report as validated at build time: { reports: [{ ...source and period, indicators,
 * series }] }, each indicator and series carrying its own source, period and dates, ready for embeds.
 */
export const GET: APIRoute = async () => Response.json(versioned({ reports: await getStatsReports() }));
