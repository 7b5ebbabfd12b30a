// Two local origins for partner-page tests and the embed benchmark: a partner site (pages served with the
// Content-Security-Policy of the test) and a widget host (a CDN folder, with CORS as a CDN sends it).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Starts `handler` on a free loopback port; close() also ends connections left open. */
export async function startServer(handler) {
  const server = http.createServer(handler);
  const sockets = new Set();
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Serves the files of `dir` to any origin. Under /hang/ only loader.js answers: every widget module
 * hangs, like a dead CDN edge.
 */
export function folderHandler(dir) {
  const root = path.resolve(dir);
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const hang = url.pathname.startsWith('/hang/');
    const rel = url.pathname.replace(/^\/(hang\/)?/, '');
    if (hang && rel !== 'loader.js') return;
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(response);
  };
}

/** Serves in-memory pages and files: `pages` maps a path to { type, body, csp? }. */
export function pagesHandler(pages) {
  return (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    if (pathname === '/favicon.ico') return response.writeHead(204).end();
    const entry = pages.get(pathname);
    if (!entry) return response.writeHead(404).end();
    response.writeHead(200, {
      'Content-Type': entry.type,
      'Cache-Control': 'no-store',
      ...(entry.csp ? { 'Content-Security-Policy': entry.csp } : {}),
    });
    response.end(entry.body);
  };
}

/**
 * A partner's page: its own head and body, and the kit's loader: `loaderTag`, the <script> as the /embed/
 * page prints it (with its integrity hash), or else a bare module script from `loaderUrl`.
 * @param {{ head?: string, body: string, loaderUrl?: string, loaderTag?: string }} page
 */
export function partnerPage({ head = '', body, loaderUrl, loaderTag = `<script type="module" src="${loaderUrl}"></script>` }) {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Partner agency page</title>
    ${head}
    ${loaderTag}
  </head>
  <body>
    <main><h1>合作单位页面</h1>${body}</main>
  </body>
</html>`;
}

/** The strict policy of issue 8, for a page whose widgets come from `widgetOrigin`. */
export function strictCsp(widgetOrigin, dataOrigin) {
  return `default-src 'self'; script-src 'self' ${widgetOrigin}; style-src 'self'; connect-src 'self' ${dataOrigin}`;
}
