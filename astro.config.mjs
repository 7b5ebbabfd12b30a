import fs from 'node:fs';
import { defineConfig } from 'astro/config';
import { viteMinifyCss } from './scripts/css-minify.mjs';
import { kitStyles } from './scripts/kit-styles.mjs';
import { publishEmbed } from './scripts/publish-embed.mjs';
import siteFiles from './scripts/site-files.mjs';

// The canonical origin comes from the bureau's own content, so a deployment only edits content/.
const contentDir = process.env.LA_CONTENT_DIR ?? 'content';
let siteUrl = 'https://legal-aid.example.org';
try {
  siteUrl = JSON.parse(fs.readFileSync(`${contentDir}/site.json`, 'utf8')).siteUrl ?? siteUrl;
} catch {
  // The content loader reports a missing or broken site.json with its file name; keep the default here.
}

export default defineConfig({
  site: siteUrl,
  outDir: process.env.LA_SITE_OUT ?? './dist-site',
  trailingSlash: 'ignore',
  // Stylesheets stay files (never inline <style>) so the pages pass a strict style-src 'self' CSP.
  build: { format: 'directory', inlineStylesheets: 'never', assets: '_assets' },
  // Sitemap and offline list; then the CDN embed files (/cdn/<version>/) and Storybook (/storybook/) for partners.
  integrations: [siteFiles(), publishEmbed()],
  // The widgets' css`` templates ship without comments or indentation, as in the CDN build.
  vite: { plugins: [viteMinifyCss(), kitStyles()] },
  server: { port: 4321, host: '127.0.0.1' },
  preview: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  telemetry: false,
});
