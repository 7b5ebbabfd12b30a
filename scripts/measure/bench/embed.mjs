// Benchmark plugin for the plain <script> embed (needs `npm run build`):
//  - gzip bytes of the CDN loader, against its budget in scripts/measure/budgets.mjs;
//  - for each widget, what a phone fetches before it runs, counted as its npm entry is (with the chunks it
//    always loads at once, such as the words of its language), and in how many files: from its one-file
//    build (what the loader gives a page with one kind of widget), against the entry's budget; and from the
//    shared build (a page with several kinds), whose core the other widgets share;
//  - every widget on one page with the shared core;
//  - time from the loader arriving to each widget being defined, on strict-CSP partner pages whose widgets
//    come from another origin: every widget on one page, and each alone (median of a few loads).
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { entryBudgets } from '../budgets.mjs';
import { fetchedAtOnce, staticClosure } from '../../build/cdn-imports.mjs';
import { chromiumArgs, chromiumPath } from '../../test/chromium.mjs';
import { folderHandler, pagesHandler, partnerPage, startServer, strictCsp } from '../../test/embed-servers.mjs';
import { gzipSizeOfFiles } from '../sizes.mjs';

const CDN = 'dist/cdn';
const RUNS = 5;

export default async function embedBench() {
  if (!fs.existsSync(`${CDN}/manifest.json`)) return [{ name: 'embed: dist/cdn not built', value: 0, unit: '' }];
  const cdn = JSON.parse(fs.readFileSync(`${CDN}/manifest.json`, 'utf8'));
  /** The budget row of an entry: `loader`, or a widget by its tag. */
  const rowOf = (idOrTag) => entryBudgets.find((row) => row.id === idOrTag.replace(/^la-/, ''));
  const rows = [
    {
      name: 'embed: cdn loader.js (gzip)',
      value: gzipSizeOfFiles(staticClosure([`${CDN}/loader.js`])),
      unit: 'B',
      budget: rowOf('loader')?.budget,
    },
  ];
  const everything = new Set();
  for (const [tag, entry] of Object.entries(cdn.widgets)) {
    const solo = fetchedAtOnce(`${CDN}/${cdn.solo[tag].file}`, rowOf(tag)?.eager);
    const shared = fetchedAtOnce(`${CDN}/${entry.file}`, rowOf(tag)?.eager);
    for (const file of shared.all) everything.add(file);
    // The budget goes on what a page with this one kind of widget gets, counted as the npm entry is.
    rows.push(
      {
        name: `embed: cdn ${cdn.solo[tag].file}, a page with one kind of widget (gzip, with its words)`,
        value: gzipSizeOfFiles(solo.all),
        unit: 'B',
        budget: rowOf(tag)?.budget,
      },
      { name: `embed: cdn ${cdn.solo[tag].file} files loaded before it runs`, value: solo.before, unit: 'files' },
      {
        name: `embed: cdn ${entry.file} with the shared core, a page with several kinds (gzip, with its words)`,
        value: gzipSizeOfFiles(shared.all),
        unit: 'B',
      },
      { name: `embed: cdn ${entry.file} files loaded before it runs`, value: shared.before, unit: 'files' },
    );
  }
  rows.push({
    name: 'embed: cdn every widget on one page, the core once (gzip, with their words)',
    value: gzipSizeOfFiles(everything),
    unit: 'B',
  });

  const tags = Object.keys(cdn.widgets);
  if (!tags.length || !fs.existsSync('dist-site/data')) return rows;

  const pages = new Map();
  const [partner, widgetHost, data] = await Promise.all([
    startServer(pagesHandler(pages)),
    startServer(folderHandler(CDN)),
    startServer(folderHandler('dist-site')),
  ]);
  const examples = JSON.parse(fs.readFileSync('src/lib/embed-examples.json', 'utf8'));
  const attributes = (tag) =>
    Object.entries(examples[tag]?.attributes ?? {})
      .map(([name, value]) => ` ${name}="${value.startsWith('/data/') ? data.origin + value : value}"`)
      .join('');
  const addPage = (name, list) =>
    pages.set(`/${name}.html`, {
      type: 'text/html; charset=utf-8',
      body: partnerPage({
        body: list.map((tag) => `<${tag}${attributes(tag)}></${tag}>`).join(''),
        loaderUrl: `${widgetHost.origin}/loader.js`,
      }),
      csp: strictCsp(widgetHost.origin, data.origin),
    });
  // Every widget on one page (the shared core), and each alone (its one-file build).
  addPage('all', tags);
  for (const tag of tags) addPage(tag, [tag]);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const times = new Map(
    tags.flatMap((tag) => [
      [`all ${tag}`, []],
      [`alone ${tag}`, []],
    ]),
  );
  /** Milliseconds from loader.js arriving to each of `list` being defined, on `name`.html. */
  const timeDefined = async (name, list) => {
    const page = await browser.newPage();
    await page.goto(`${partner.origin}/${name}.html`);
    const result = await page.evaluate(async (wanted) => {
      const loader = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/loader.js'));
      const start = loader ? loader.responseEnd : 0;
      return Promise.all(wanted.map(async (tag) => (await customElements.whenDefined(tag), performance.now()) - start));
    }, list);
    await page.close();
    return result;
  };
  try {
    for (let run = 0; run < RUNS; run++) {
      (await timeDefined('all', tags)).forEach((ms, i) => times.get(`all ${tags[i]}`).push(ms));
      for (const tag of tags) times.get(`alone ${tag}`).push((await timeDefined(tag, [tag]))[0]);
    }
  } finally {
    await browser.close();
    await Promise.all([partner.close(), widgetHost.close(), data.close()]);
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const tag of tags) {
    rows.push(
      {
        name: `embed: loader → <${tag}> defined, every widget on a strict-CSP page (median)`,
        value: Math.round(median(times.get(`all ${tag}`))),
        unit: 'ms',
      },
      {
        name: `embed: loader → <${tag}> defined, alone on a strict-CSP page (median)`,
        value: Math.round(median(times.get(`alone ${tag}`))),
        unit: 'ms',
      },
    );
  }
  return rows;
}
