import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { buildCdn } from '../../scripts/build-cdn.mjs';
import { discoverWidgets } from '../../scripts/widgets.mjs';
import { demoExample, embedExamples, widgetMarkup, type EmbedExample } from '../../src/lib/embed-widgets.js';

/**
 * Partner pages that fight back. Two local servers on two ports stand for two origins: the partner's site
 * (pages with the CSP and the CSS of the test) and the widget host (the CDN build, with CORS as a CDN sends
 * it). Data comes from a third origin, the kit site under test (its /data/ is open to any origin).
 * The CDN is built with the same code as dist/cdn/, for every widget in the checkout plus the test widget
 * <la-demo-list>, so the harness proves itself whatever widgets exist yet.
 */

export interface EmbedWidget {
  tag: string;
  example: EmbedExample | undefined;
}

const fixtureWidget = { tag: 'la-demo-list', name: 'demo-list', source: 'tests/fixtures/demo-element.ts' };
const cdnWidgets = [...discoverWidgets().filter((w) => w.tag !== fixtureWidget.tag), fixtureWidget];

export const widgets: EmbedWidget[] = cdnWidgets.map((w) => ({
  tag: w.tag,
  example: w === fixtureWidget ? demoExample : embedExamples[w.tag],
}));

export interface PartnerPage {
  /** Extra <head> markup (stylesheets, classic scripts) from the partner origin. */
  head?: string;
  body: string;
  csp?: string;
  /** Where loader.js comes from: '' (the normal folder) or 'hang/' (every widget module hangs). */
  cdnFolder?: string;
}

export interface EmbedServers {
  partnerOrigin: string;
  widgetOrigin: string;
  dataOrigin: string;
  /** Serves `page` at `/<name>.html` on the partner origin. */
  addPage(name: string, page: PartnerPage): string;
  /** Serves a static file (CSS or a classic script) on the partner origin. */
  addFile(name: string, type: string, body: string): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`)),
  );
}

export async function startEmbedServers(dataOrigin: string): Promise<EmbedServers> {
  const cdnDir = path.resolve(`.tmp/embed-cdn-${process.pid}`);
  await buildCdn({ widgets: cdnWidgets, outdir: cdnDir });

  const widgetServer = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    // /hang/<file>: the loader answers, every widget module never does (a dead CDN edge).
    const hang = url.pathname.startsWith('/hang/');
    const rel = url.pathname.replace(/^\/(hang\/)?/, '');
    const file = path.join(cdnDir, path.normalize(rel));
    if (hang && rel !== 'loader.js') return; // left open until the test ends
    if (!file.startsWith(cdnDir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(response);
  });

  const pages = new Map<string, { type: string; body: string; csp?: string }>();
  const partnerServer = http.createServer((request, response) => {
    const entry = pages.get(new URL(request.url ?? '/', 'http://x').pathname);
    if (request.url === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (!entry) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': entry.type,
      'Cache-Control': 'no-store',
      ...(entry.csp ? { 'Content-Security-Policy': entry.csp } : {}),
    });
    response.end(entry.body);
  });

  const [partnerOrigin, widgetOrigin] = await Promise.all([listen(partnerServer), listen(widgetServer)]);
  const sockets = new Set<import('node:net').Socket>();
  for (const server of [widgetServer, partnerServer]) server.on('connection', (socket) => sockets.add(socket));

  return {
    partnerOrigin,
    widgetOrigin,
    dataOrigin,
    addPage(name, page) {
      const body = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Partner agency page</title>
    ${page.head ?? ''}
    <script type="module" src="${widgetOrigin}/${page.cdnFolder ?? ''}loader.js"></script>
  </head>
  <body>
    <main><h1>合作单位页面</h1>${page.body}</main>
  </body>
</html>`;
      pages.set(`/${name}.html`, { type: 'text/html; charset=utf-8', body, csp: page.csp });
      return `${partnerOrigin}/${name}.html`;
    },
    addFile(name, type, body) {
      pages.set(`/${name}`, { type, body });
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([widgetServer, partnerServer].map((s) => new Promise((resolve) => s.close(resolve))));
      fs.rmSync(cdnDir, { recursive: true, force: true });
    },
  };
}

/** Every widget once, each in its own fixed-width box, with data from the data origin. */
export function allWidgetsMarkup(dataOrigin: string, extra: Record<string, string> = {}): string {
  return widgets
    .map((w) => `<section class="slot" data-for="${w.tag}">${widgetMarkup(w.tag, w.example, dataOrigin, extra)}</section>`)
    .join('\n');
}

/** Waits until every kit element on the page (light DOM) is defined and has rendered. */
export async function waitForWidgets(page: Page, tags: string[] = widgets.map((w) => w.tag)): Promise<void> {
  await page.waitForFunction(
    (list) =>
      list.every((tag) => {
        const elements = [...document.querySelectorAll(tag)] as (HTMLElement & { updateComplete?: Promise<unknown> })[];
        return customElements.get(tag) && elements.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0);
      }),
    tags,
  );
}

/** The strict policy of the issue, for a page whose widgets come from `widgetOrigin`. */
export function strictCsp(widgetOrigin: string, dataOrigin: string): string {
  return `default-src 'self'; script-src 'self' ${widgetOrigin}; style-src 'self'; connect-src 'self' ${dataOrigin}`;
}
