import type { APIRoute } from 'astro';
import { versioned } from '../../lib/data-version.js';
import { getFaq } from '../../lib/content.js';

/** Every FAQ answer in this language, as validated at build time; <la-rights-faq> reads it. */
export const GET: APIRoute = async () => Response.json(versioned({ locale: 'en', entries: await getFaq('en') }));
