import fs from 'node:fs';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { viteMinifyCss } from './scripts/build/css-minify.mjs';
import { kitStyles } from './scripts/build/kit-styles.mjs';
import { publishEmbed } from './scripts/build/publish-embed.mjs';
import siteFiles, { inSitemap } from './scripts/build/site-files.mjs';

// The canonical origin comes from the bureau's own content, so a deployment only edits content/.
const contentDir = process.env.LA_CONTENT_DIR ?? 'content';
let siteUrl = 'https://legal-aid.example.org';
try {
  siteUrl = JSON.parse(fs.readFileSync(`${contentDir}/site.json`, 'utf8')).siteUrl ?? siteUrl;
} catch {
  // The content loader reports a missing or broken site.json with its file name; keep the default here.
}

const outDir = process.env.LA_SITE_OUT ?? './dist-site';
const LOCALES = ['zh-CN', 'en'];
const DEFAULT_LOCALE = 'zh-CN';

export default defineConfig({
  site: siteUrl,
  outDir,
  trailingSlash: 'ignore',
  // Chinese at the root, English under /en/: pages under src/pages/[...locale]/ are built in both, and
  // src/i18n/index.ts makes every link with Astro's astro:i18n helpers.
  i18n: { locales: LOCALES, defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // Stylesheets stay files (never inline <style>) so the pages pass a strict style-src 'self' CSP.
  build: { format: 'directory', inlineStylesheets: 'never', assets: '_assets' },
  integrations: [
    // /sitemap-index.xml (named in robots.txt): the pages search engines should index, each with its
    // other language and, as in the pages' own <link rel="alternate">, the Chinese page as x-default.
    sitemap({
      filter: (url) => inSitemap(outDir, url),
      namespaces: { news: false, image: false, video: false },
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((code) => [code, code])) },
      serialize: (item) => {
        const chinese = item.links?.find((link) => link.lang === DEFAULT_LOCALE);
        return chinese ? { ...item, links: [...item.links, { lang: 'x-default', url: chinese.url }] } : item;
      },
    }),
    // The offline list; then the CDN embed files (/cdn/<version>/) and Storybook (/storybook/) for partners.
    siteFiles(),
    publishEmbed(),
  ],
  // The widgets' css`` templates ship without comments or indentation, as in the CDN build.
  vite: { plugins: [viteMinifyCss(), kitStyles()] },
  server: { port: 4321, host: '127.0.0.1' },
  preview: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  telemetry: false,
});
