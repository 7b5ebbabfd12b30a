// Lit's css`` templates reach the browser as written, comments and indentation included. This removes
// comments and needless white space from them (outside quoted strings) in every build that ships code:
// the size check, the CDN bundles and the site. Templates with ${} interpolations are left alone.
import fs from 'node:fs';

const CSS_TEMPLATE = /\bcss`([^`]*)`/g;
const QUOTED = /('[^'\n]*'|"[^"\n]*")/;

/** Removes comments and needless white space outside quoted strings. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(QUOTED)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};])\s*/g, '$1')
            .replace(/,\s+/g, ',')
            // A child combinator (or a media range) needs no space around ">"; "+" keeps its, for calc().
            .replace(/\s*>\s*/g, '>')
            .replace(/\s+!important/g, '!important')
            // 0.5 is .5 (a digit before it, as in 10.5pt, keeps it whole).
            .replace(/([\s:,(/])0\.(\d)/g, '$1.$2')
            // "prop: value" right after { or ; is a declaration (a selector there has no space after its
            // colon, and a media query's colon follows a parenthesis): the space goes.
            .replace(/([{;](?:--)?[\w-]+):\s+/g, '$1:'),
    )
    .join('')
    .replace(/;}/g, '}')
    .trim();
}

/** The source with each static css`` template minified. */
export function minifyCssTemplates(code) {
  return code.replace(CSS_TEMPLATE, (whole, body) => (body.includes('${') ? whole : `css\`${minifyCss(body)}\``));
}

const isComponentSource = (file) => /[\\/]components[\\/].+\.ts$/.test(file) && !file.endsWith('.d.ts');

/** esbuild plugin: minify css`` templates in the kit's own TypeScript. */
export const esbuildMinifyCss = {
  name: 'la-minify-css-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]components[\\/].+\.ts$/ }, async (args) => ({
      contents: minifyCssTemplates(await fs.promises.readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};

const transformComponentSource = (code, id) => {
  const file = id.split('?')[0];
  return isComponentSource(file) ? { code: minifyCssTemplates(code), map: null } : null;
};

/** Vite plugin (the Astro site): the same, before TypeScript is transpiled. */
export function viteMinifyCss() {
  return { name: 'la-minify-css-templates', enforce: 'pre', apply: 'build', transform: transformComponentSource };
}

/** Rolldown plugin (the CDN bundles, scripts/build/cdn-bundles.mjs): the same. */
export const rolldownMinifyCss = { name: 'la-minify-css-templates', transform: transformComponentSource };
