import type { APIRoute } from 'astro';
import { versioned } from '../../lib/data-version.js';
import { getHolidayCalendar } from '../../lib/rules.js';

/** Public holidays and 调休 working days by year, each with its notice: for "open now" and legal last days. */
export const GET: APIRoute = async () => Response.json(versioned(await getHolidayCalendar()));
