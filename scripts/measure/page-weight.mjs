// What a first visit to a built page downloads: the HTML, its stylesheets, and its scripts with every
// module they import statically (gzip). Used by the page-budget test and the benchmark.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSize } from './sizes.mjs';

// Published beside the site but not pages of it: Storybook (a developer tool) and the CDN files.
const notPages = new Set(['storybook', 'cdn']);

export function listPages(root = 'dist-site') {
  const pages = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && dir === root && notPages.has(entry.name)) continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) pages.push(full);
    }
  };
  walk(root);
  return pages.sort();
}

export function pageUrl(file, root = 'dist-site') {
  const rel = path.relative(root, file).split(path.sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
}

function localAsset(root, ref, fromFile) {
  if (!ref || /^(https?:)?\/\//.test(ref) || ref.startsWith('data:')) return null;
  const clean = ref.split(/[?#]/)[0];
  return clean.startsWith('/') ? path.join(root, clean) : path.join(path.dirname(fromFile), clean);
}

export function pageWeight(file, root = 'dist-site') {
  const html = fs.readFileSync(file, 'utf8');
  const seen = new Set();
  let css = 0;
  let js = 0;
  const addScript = (asset) => {
    if (!asset || seen.has(asset) || !fs.existsSync(asset)) return;
    seen.add(asset);
    const code = fs.readFileSync(asset);
    js += gzipSize(code);
    // Static imports only: dynamic import() chunks load on demand.
    for (const match of code.toString().matchAll(/(?:^|[;}\s])import\s*(?:[\w${}\s,*]+from\s*)?["']([^"']+)["']/g)) {
      addScript(localAsset(root, match[1], asset));
    }
  };
  for (const match of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const asset = localAsset(root, match[1], file);
    if (asset && fs.existsSync(asset)) css += gzipSize(fs.readFileSync(asset));
  }
  for (const match of html.matchAll(/<script[^>]+src="([^"]+)"/g)) addScript(localAsset(root, match[1], file));
  // Inline module scripts that import chunks.
  for (const match of html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const imp of match[1].matchAll(/import\s*(?:[\w${}\s,*]+from\s*)?["']([^"']+)["']/g)) addScript(localAsset(root, imp[1], file));
  }
  const htmlGzip = gzipSize(Buffer.from(html));
  return { html: htmlGzip, css, js, total: htmlGzip + css + js };
}
