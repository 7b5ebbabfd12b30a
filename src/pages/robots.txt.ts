import type { APIRoute } from 'astro';
import { getSite } from '../lib/content.js';

/** Everything may be indexed; the sitemap (@astrojs/sitemap, written after the build) lists the pages. */
export const GET: APIRoute = async () => {
  const { siteUrl } = await getSite();
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}/sitemap-index.xml\n`);
};
