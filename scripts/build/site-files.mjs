// An Astro integration that writes sw-precache.json from the pages actually built, so pages added later
// by anyone are covered without a list to maintain: what the service worker (public/sw.js) saves for
// offline use. It stamps the built sw.js with a cache name made from what it saves, so each deployment that
// changes the offline pages installs a fresh cache and the old one, with its outdated hashed files, is
// deleted. The sitemap is @astrojs/sitemap's (astro.config.mjs), filtered with `inSitemap` below.
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

/**
 * Whether a built page belongs in the sitemap: its canonical link names the page itself (a short link,
 * /Q/<CODE>/, names its campaign page instead), and it is not the offline page, which the service worker
 * shows in place of a page it cannot fetch.
 * @param {string} root the built site
 * @param {string} url the page's absolute URL, as the sitemap integration passes it
 */
export function inSitemap(root, url) {
  const pathname = decodeURI(new URL(url).pathname);
  const file = path.join(root, pathname, 'index.html');
  if (pathname === '/offline/' || !fs.existsSync(file)) return false;
  return /<link rel="canonical" href="([^"]+)"/.exec(fs.readFileSync(file, 'utf8'))?.[1] === url;
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
  return {
    name: 'la-site-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
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
