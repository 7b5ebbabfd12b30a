import type { APIRoute } from 'astro';
import { getSite } from '../lib/content.js';

/** Lets a worker add the site to the home screen; names come from the bureau's content. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return Response.json({
    name: site.name['zh-CN'],
    short_name: '法律援助',
    description: site.tagline['zh-CN'],
    lang: 'zh-CN',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5394',
    icons: [
      { src: '/favicon.svg', type: 'image/svg+xml', sizes: 'any' },
      { src: '/icon-192.png', type: 'image/png', sizes: '192x192' },
      { src: '/icon-512.png', type: 'image/png', sizes: '512x512' },
      { src: '/icon-512.png', type: 'image/png', sizes: '512x512', purpose: 'maskable' },
    ],
  });
};
