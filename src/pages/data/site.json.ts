import type { APIRoute } from 'astro';
import { versioned } from '../../lib/data-version.js';
import { getSite } from '../../lib/content.js';

/** The bureau's contact details for partner embeds. */
export const GET: APIRoute = async () => Response.json(versioned(await getSite()));
