import type { APIRoute } from 'astro';
import { versioned } from '../../lib/data-version.js';
import { getWorkstations } from '../../lib/workstations.js';

/** Every legal-aid workstation, validated at build time; partner embeds read it with `src`. */
export const GET: APIRoute = async () => Response.json(versioned(await getWorkstations()));
