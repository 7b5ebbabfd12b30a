import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Watches a page for what must never happen on the site: console errors, uncaught exceptions, and any
 * request to another origin (privacy: no third party by default).
 */
export function watchPage(page: Page, baseURL: string) {
  const problems: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
  });
  return problems;
}

/**
 * axe with the WCAG 2.1 AA rules and best practices; any violation fails with its help text. axe-core runs in
 * the page itself (shadow roots included), injected once per document: @axe-core/playwright's AxeBuilder
 * opens a blank page on every call to merge the results of frames, which the kit's pages do not have, and
 * took ten times as long (about a second a call), which the suite's time could not afford.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const summary = await page.evaluate(async (tags) => {
    type Result = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, AXE_TAGS);
  expect(summary).toEqual([]);
}

/** At 200% zoom a 640 px phone is 320 CSS px wide: nothing may need sideways scrolling. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The phone the personas use (personas.md), and the same phone at 200 % zoom. */
export const PHONE = { width: 390, height: 844 } as const;
export const PHONE_ZOOM_200 = { width: 195, height: 422 } as const;

/**
 * Compares what a person sees with the committed baseline (`<spec>-snapshots/<name>.png`). Waits for the
 * fonts, so a screen is never captured with Chinese still in a fallback face. `mask` paints over areas another
 * spec owns (a widget whose contents change there). Regenerate a baseline on
 * purpose with `npx playwright test <spec> --update-snapshots`, then look at it before committing.
 */
export async function expectScreen(page: Page, name: string, options: { fullPage?: boolean; mask?: Locator[] } = {}): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await expect(page).toHaveScreenshot(`${name}.png`, { fullPage: options.fullPage ?? true, mask: options.mask ?? [] });
}

/**
 * Draws every card of a long list, inside widgets too, as a person scrolling sees it. The screenshot
 * `stylePath` (screenshot.css) does this for the page, but the style it adds to a shadow root is not always
 * applied before the capture, so a widget's off-screen cards (content-visibility: auto) came out blank, at
 * heights that changed from run to run. This adds the rule to every open shadow root and waits for a frame.
 */
export async function drawOffScreenContent(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { content-visibility: visible !important; }');
    const visit = (root: Document | ShadowRoot) => {
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
    };
    visit(document);
    await new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
  });
}

/** Decodes the QR code as it is drawn on screen, with jsQR running in the page. */
export async function decodeQr(page: Page, qr: Locator): Promise<string | null> {
  const png = (await qr.screenshot()).toString('base64');
  await page.addScriptTag({ path: 'node_modules/jsqr/dist/jsQR.js' });
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height);
    const jsQR = (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
    return jsQR(pixels.data, pixels.width, pixels.height)?.data ?? null;
  }, png);
}

/** A crop of a printed page, in pixels at the chosen resolution. */
export type Crop = { x: number; y: number; w: number; h: number };

/** Each page of a PDF as a PNG, drawn by poppler's pdftoppm at `resolution` dpi (optionally cropped). */
export function pdfAsPngs(pdf: Buffer, resolution = 40, crop?: Crop): Buffer[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'la-print-'));
  try {
    const file = path.join(dir, 'print.pdf');
    fs.writeFileSync(file, pdf);
    const args = ['-png', '-r', String(resolution)];
    if (crop) args.push('-x', String(crop.x), '-y', String(crop.y), '-W', String(crop.w), '-H', String(crop.h));
    execFileSync('pdftoppm', [...args, file, path.join(dir, 'page')]);
    return fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.png'))
      .sort()
      .map((name) => fs.readFileSync(path.join(dir, name)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The page printed as Chromium prints it (its CSS page size, with backgrounds), each PDF page as a PNG. */
export async function printedPages(page: Page, resolution = 40, crop?: Crop): Promise<Buffer[]> {
  await page.evaluate(() => document.fonts.ready);
  return pdfAsPngs(await page.pdf({ preferCSSPageSize: true, printBackground: true }), resolution, crop);
}

/** Page sizes of a PDF in points, read from its page objects' MediaBox. */
export function pdfPageSizes(pdf: Buffer): [number, number][] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Type\s*\/Page\b[\s\S]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
    Number(m[3]) - Number(m[1]),
    Number(m[4]) - Number(m[2]),
  ]);
}

/** Visits `path` until the service worker controls the page (it has saved the offline pages), then goes offline. */
export async function goOfflineAfterVisiting(context: BrowserContext, page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await context.setOffline(true);
}
