import type { APIRoute } from 'astro';
import { versioned } from '../../lib/data-version.js';
import { getHolidayCalendar, getRulePacks } from '../../lib/rules.js';

/**
 * The eligibility rule packs and the holiday calendar the deadlines need, as validated at build time, in one
 * request: `<la-eligibility-checker src="/data/v1/rules.json">`.
 */
export const GET: APIRoute = async () => Response.json(versioned({ packs: await getRulePacks(), calendar: await getHolidayCalendar() }));
