// The kit's css`` templates reach the browser as written, comments and indentation included. esbuild's CSS
// minifier (the bundler that ships the code) shrinks each one in every build that ships code: the size
// check, the CDN bundles and the site. Templates with ${} interpolations are left alone, and so is a
// template esbuild cannot read as a whole stylesheet (it would warn, and we keep the text as written).
import { transformSync } from 'esbuild';

// Not after a backtick: a comment naming `css` is not a template.
const CSS_TEMPLATE = /(?<![`\w])css`([^`]*)`/g;

/**
 * One stylesheet's text, minified by esbuild; unchanged if esbuild warns about it. The text sits in a JS
 * template literal, where a CSS escape such as \2610 would be an invalid escape that empties the whole
 * template: characters stay as written (charset utf8), and an output with a backslash is not used.
 */
export function minifyCss(text, { keepRules = false } = {}) {
  // keepRules: white space and comments only, every rule and value as written (a third-party sheet, Leaflet's,
  // that a test compares rule by rule with the installed one).
  const how = keepRules ? { minifyWhitespace: true } : { minify: true };
  const { code, warnings } = transformSync(text, { loader: 'css', ...how, charset: 'utf8', logLevel: 'silent' });
  return warnings.length || /[\\`]|\$\{/.test(code) ? text : code.trim();
}

/** The source with each static css`` template minified. */
export function minifyCssTemplates(code) {
  return code.replace(CSS_TEMPLATE, (whole, body) => (body.includes('${') ? whole : `css\`${minifyCss(body)}\``));
}

const isComponentSource = (file) => /[\\/]components[\\/].+\.ts$/.test(file) && !file.endsWith('.d.ts');

/** Minifies the css`` templates of one of the kit's own TypeScript files, before it is transpiled. */
const transformComponentSource = (code, id) => {
  const file = id.split('?')[0];
  return isComponentSource(file) ? { code: minifyCssTemplates(code), map: null } : null;
};

/** Vite plugin (the Astro site). */
export function viteMinifyCss() {
  return { name: 'la-minify-css-templates', enforce: 'pre', apply: 'build', transform: transformComponentSource };
}

/** Rolldown plugin (the CDN bundles, scripts/build/cdn-bundles.mjs, and the size measure). */
export const rolldownMinifyCss = { name: 'la-minify-css-templates', transform: transformComponentSource };
