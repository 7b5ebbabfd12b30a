// An Astro integration that writes two files from the pages actually built, so pages added later by
// anyone are covered without a list to maintain:
//  - sitemap.xml: every page whose canonical address is itself, with its hreflang alternates;
//  - sw-precache.json: what the service worker (public/sw.js) saves for offline use.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Pages saved for offline use when they exist: the shell, the offline page, the FAQ and the workstations. */
const OFFLINE_PAGES = ['/', '/en/', '/offline/', '/faq/', '/en/faq/', '/map/', '/en/map/'];

function htmlFiles(dir) {
  return fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => String(f).endsWith('.html'))
    .map(String)
    .sort();
}

const urlOf = (file) =>
  `/${file
    .split(path.sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')}`;
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function sitemapEntry(html, absolute) {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (canonical !== absolute) return null;
  const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)]
    .map(([, lang, href]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(href)}"/>`)
    .join('\n');
  return `  <url>\n    <loc>${escapeXml(absolute)}</loc>\n${alternates ? `${alternates}\n` : ''}  </url>`;
}

export default function siteFiles() {
  let site = '';
  return {
    name: 'la-site-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = String(config.site ?? '').replace(/\/$/, '');
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const entries = [];
        for (const file of htmlFiles(root)) {
          if (file === '404.html' || file.startsWith(`offline${path.sep}`)) continue;
          const entry = sitemapEntry(fs.readFileSync(path.join(root, file), 'utf8'), `${site}${urlOf(file)}`);
          if (entry) entries.push(entry);
        }
        fs.writeFileSync(
          path.join(root, 'sitemap.xml'),
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`,
        );

        const exists = (url) => fs.existsSync(path.join(root, url, 'index.html'));
        const dataDir = path.join(root, 'data');
        const data = fs.existsSync(dataDir)
          ? fs
              .readdirSync(dataDir)
              .filter((f) => f.endsWith('.json'))
              .sort()
              .map((f) => `/data/${f}`)
          : [];
        fs.writeFileSync(path.join(root, 'sw-precache.json'), JSON.stringify({ pages: OFFLINE_PAGES.filter(exists), data }));
      },
    },
  };
}
