import type { APIRoute } from 'astro';
import { getStatsReports } from '../../lib/content.js';

/** Every statistics report, as validated at build time. */
export const GET: APIRoute = async () => Response.json({ reports: await getStatsReports() });
