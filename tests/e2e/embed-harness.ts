import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { buildCdn } from '../../scripts/build/build-cdn.mjs';
import { folderHandler, pagesHandler, partnerPage, startServer } from '../../scripts/test/embed-servers.mjs';
export { strictCsp } from '../../scripts/test/embed-servers.mjs';
import { discoverWidgets } from '../../scripts/build/widgets.mjs';
import { pinnedScript } from '../../src/lib/embed-snippet.js';
import { demoExample, embedExamples, widgetMarkup, type EmbedExample } from '../../src/lib/embed-widgets.js';

/**
 * Partner pages that fight back. Two local servers on two ports stand for two origins: the partner's site
 * (pages with the CSP and the CSS of the test) and the widget host (the CDN build, with CORS as a CDN sends
 * it). Data comes from a third origin serving the built site's /data/ (open to any origin).
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
  /** The integrity hash in the loader's tag, when a test needs one that does not match the file. */
  loaderIntegrity?: string;
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

/** The demo widget's data, published beside the kit site's own /data/ files on the data origin. */
const demoData = { names: ['南城法律援助工作站', '东区劳动仲裁院工作站'] };

export async function startEmbedServers(): Promise<EmbedServers> {
  const cdnDir = path.resolve(`.tmp/embed-cdn-${process.pid}`);
  const dataDir = path.resolve(`.tmp/embed-data-${process.pid}`);
  const manifest = await buildCdn({ widgets: cdnWidgets, outdir: cdnDir });
  // The data origin: the built site's published JSON, open to any origin as scripts/test/serve.mjs serves it.
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.cpSync('dist-site/data', path.join(dataDir, 'data'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'data/demo-list.json'), JSON.stringify(demoData));
  const pages = new Map<string, { type: string; body: string; csp?: string }>();
  const [partner, widgetHost, data] = await Promise.all([
    startServer(pagesHandler(pages)),
    startServer(folderHandler(cdnDir)),
    startServer(folderHandler(dataDir)),
  ]);
  return {
    partnerOrigin: partner.origin,
    widgetOrigin: widgetHost.origin,
    dataOrigin: data.origin,
    addPage(name, page) {
      // The loader as the /embed/ page prints it, integrity hash included: the browser checks it.
      const loader = { ...manifest.loader, integrity: page.loaderIntegrity ?? manifest.loader.integrity };
      const loaderTag = pinnedScript(`${widgetHost.origin}/${page.cdnFolder ?? ''}`, loader);
      const body = partnerPage({ head: page.head, body: page.body, loaderTag });
      pages.set(`/${name}.html`, { type: 'text/html; charset=utf-8', body, csp: page.csp });
      return `${partner.origin}/${name}.html`;
    },
    addFile(name, type, body) {
      pages.set(`/${name}`, { type, body });
    },
    async close() {
      await Promise.all([partner.close(), widgetHost.close(), data.close()]);
      fs.rmSync(cdnDir, { recursive: true, force: true });
      fs.rmSync(dataDir, { recursive: true, force: true });
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
        return customElements.get(tag) && elements.every((el) => (el.shadowRoot?.querySelector('.la-root')?.childElementCount ?? 0) > 0);
      }),
    tags,
  );
}
