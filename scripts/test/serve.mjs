#!/usr/bin/env node
// Serves the built site the way a plain static host would: directory indexes, the 404 page, text
// compressed with gzip, and /data/* and /cdn/* open to any origin (partner embeds read and load them).
// `npm start`, the e2e tests and the benchmark's Lighthouse runs use it.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    root: { type: 'string', default: 'dist-site' },
  },
});
const root = path.resolve(values.root);
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** Paths whose bytes never change once published: hashed assets and /cdn/<version>/. */
const IMMUTABLE = /^\/(?:_assets\/|cdn\/\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?\/)/;

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;
const compressed = new Map();

/** The file gzipped once (and again when it changes), as a host's static gzip would send it. */
function gzipped(file) {
  const { mtimeMs } = fs.statSync(file);
  const cached = compressed.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const body = zlib.gzipSync(fs.readFileSync(file), { level: 9 });
  compressed.set(file, { mtimeMs, body });
  return body;
}

function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.join(root, path.normalize(decoded));
  if (!candidate.startsWith(root)) return null;
  for (const file of [candidate, path.join(candidate, 'index.html'), `${candidate}.html`]) {
    try {
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // try the next form
    }
  }
  return null;
}

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = resolveFile(url.pathname);
  const headers = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
  // Partner pages on other origins read the data and load the CDN modules (module scripts are CORS requests).
  if (/^\/(data|cdn)\//.test(url.pathname)) headers['Access-Control-Allow-Origin'] = '*';
  if (!file) {
    const notFound = path.join(root, '404.html');
    response.writeHead(404, { ...headers, 'Content-Type': TYPES['.html'] });
    response.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found');
    return;
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  // Hashed assets and published CDN versions never change (scripts/build/cdn-versions.mjs); pages and data must be
  // revalidated so a cached copy is never stale (a data major like /data/v1/ keeps its format, not its figures).
  const cache = IMMUTABLE.test(url.pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(200, {
    ...headers,
    'Content-Type': type,
    'Cache-Control': cache,
    Vary: 'Accept-Encoding',
    ...(gzip && { 'Content-Encoding': 'gzip' }),
  });
  if (request.method === 'HEAD') response.end();
  else if (gzip) response.end(gzipped(file));
  else fs.createReadStream(file).pipe(response);
});

server.listen(Number(values.port), values.host, () => {
  console.log(`legal-aid-kit site on http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${values.port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
