import type { APIRoute } from 'astro';
import { versioned } from '../../lib/data-version.js';
import { getRulePacks } from '../../lib/rules.js';

/** The eligibility rule packs, as validated at build time: `<la-eligibility-checker src="/data/rules.json">`. */
export const GET: APIRoute = async () => Response.json(versioned({ packs: await getRulePacks() }));
