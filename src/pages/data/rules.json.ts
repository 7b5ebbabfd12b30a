import type { APIRoute } from 'astro';
import { getHolidayCalendar, getRulePacks } from '../../lib/rules.js';

/**
 * The eligibility rule packs and the holiday calendar the deadlines need, as validated at build time, in one
 * request: `<la-eligibility-checker src="/data/rules.json">`.
 */
export const GET: APIRoute = async () => Response.json({ packs: await getRulePacks(), calendar: await getHolidayCalendar() });
