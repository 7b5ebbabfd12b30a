// The offline service worker, registered by the site's own script (src/scripts/site-prefs.js).
// Installs the pages listed in /sw-precache.json (the shell, the offline page, the FAQ, the workstations, the check)
// with the hashed assets they load, and the published /data/*.json. Pages and data: network first, the
// saved copy when the network fails or hangs, else the offline page with the hotline. Hashed assets never
// change: cache first. Nothing about the visitor is stored; browsers without service workers never load this.
// The build replaces this name with one made from the offline pages and assets (scripts/build/site-files.mjs):
// a deployment that changes them installs a new cache, and `activate` deletes the old one.
const CACHE = 'la-site-v1';
const SLOW_NETWORK_MS = 6000;

// Static imports (from "./x.js") and dynamic ones (import("./x.js"): the checker's words, its result view
// and what that loads), so a page works offline with every part it may load on demand.
const assetRefs = (text, base) =>
  [...text.matchAll(/(?:src|href)="(\/_assets\/[^"]+)"|(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map(
    (m) => new URL(m[1] ?? m[2], base).pathname,
  );

async function save(cache, url, seen) {
  if (seen.has(url)) return;
  seen.add(url);
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) return;
  await cache.put(url, response.clone());
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('html') || type.includes('javascript')) {
    const refs = assetRefs(await response.text(), new URL(url, self.location.origin));
    await Promise.all(refs.map((ref) => save(cache, ref, seen)));
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const list = await (await fetch('/sw-precache.json', { cache: 'no-cache' })).json();
      const seen = new Set();
      await Promise.all([...list.pages, ...list.data].map((url) => save(cache, url, seen)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(request, response.clone());
    return response;
  });
  const slow = new Promise((resolve) => setTimeout(resolve, SLOW_NETWORK_MS));
  try {
    const first = await Promise.race([network, slow]);
    if (first) return first;
    return (await cache.match(request, { ignoreSearch: true })) ?? (await network);
  } catch {
    const saved = await cache.match(request, { ignoreSearch: true });
    if (saved) return saved;
    if (request.mode === 'navigate') return (await cache.match('/offline/')) ?? Response.error();
    return Response.error();
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(url.pathname.startsWith('/_assets/') ? cacheFirst(event.request) : networkFirst(event.request));
});
