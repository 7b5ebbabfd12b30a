import type { APIRoute } from 'astro';
import { getRulePacks } from '../../lib/rules.js';

/** The eligibility rule packs, as validated at build time: `<la-eligibility-checker src="/data/rules.json">`. */
export const GET: APIRoute = async () => Response.json({ packs: await getRulePacks() });
