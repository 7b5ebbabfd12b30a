import type { APIRoute } from 'astro';
import { versioned } from '../../lib/data-version.js';
import { getWorkstations, toWorkstationFile } from '../../lib/workstations.js';

/** Every legal-aid workstation, validated at build time, in the file's own format; partner embeds read it with `src`. */
export const GET: APIRoute = async () => Response.json(versioned(toWorkstationFile(await getWorkstations())));
