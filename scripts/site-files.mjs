// An Astro integration that writes two files from the pages actually built, so pages added later by
// anyone are covered without a list to maintain:
//  - sitemap.xml: every page whose canonical address is itself, with its hreflang alternates;
//  - sw-precache.json: what the service worker (public/sw.js) saves for offline use;
// and it stamps the built sw.js with a cache name made from what it saves, so each deployment that changes
// the offline pages installs a fresh cache and the old one, with its outdated hashed files, is deleted.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Pages saved for offline use when they exist: the shell, the offline page, the FAQ, the workstations, the check, the papers, the work log. */
export const OFFLINE_PAGES = [
  '/',
  '/en/',
  '/offline/',
  '/faq/',
  '/en/faq/',
  '/map/',
  '/en/map/',
  '/check/',
  '/en/check/',
  '/papers/',
  '/en/papers/',
  '/log/',
  '/en/log/',
];

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

const CACHE_PLACEHOLDER = 'la-site-v1';

/** Writes the cache name into the built sw.js: a hash of the offline pages, the data and every asset name. */
export function stampServiceWorker(root, urls) {
  const hash = createHash('sha256');
  for (const url of urls) {
    const file = path.join(root, url.endsWith('/') ? `${url}index.html` : url);
    hash.update(url).update(fs.readFileSync(file));
  }
  const assets = path.join(root, '_assets');
  if (fs.existsSync(assets)) for (const name of fs.readdirSync(assets).sort()) hash.update(name);
  const worker = path.join(root, 'sw.js');
  const source = fs.readFileSync(worker, 'utf8');
  if (!source.includes(`'${CACHE_PLACEHOLDER}'`)) throw new Error(`sw.js: the cache name '${CACHE_PLACEHOLDER}' to stamp is missing`);
  const name = `la-site-${hash.digest('hex').slice(0, 12)}`;
  fs.writeFileSync(worker, source.replace(`'${CACHE_PLACEHOLDER}'`, `'${name}'`));
  return name;
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
        const pages = OFFLINE_PAGES.filter(exists);
        fs.writeFileSync(path.join(root, 'sw-precache.json'), JSON.stringify({ pages, data }));
        stampServiceWorker(root, [...pages, ...data]);
      },
    },
  };
}
