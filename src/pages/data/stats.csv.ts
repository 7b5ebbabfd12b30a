import type { APIRoute } from 'astro';
import { CSV_BOM, toCsv } from '../../../components/stats/csv.js';
import { statsTable } from '../../../components/stats/publish.js';
import { getStatsReports } from '../../lib/content.js';

/** The same figures as /data/stats.json, one line per figure or chart point, for journalists' spreadsheets. */
export const GET: APIRoute = async () =>
  new Response(CSV_BOM + toCsv(statsTable(await getStatsReports())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
