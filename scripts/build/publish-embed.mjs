// Puts what partners download into the built site, beside the pages that explain it:
//   dist/cdn/        → <site>/cdn/<version>/   (the plain <script> embed, pinned by version; every
//                                              earlier published version too, unchanged: cdn-versions.mjs)
//   dist-storybook/  → <site>/storybook/       (when Storybook has been built)
// and, before the site build (the elements manifest exists by then), the React JSX typings dist/jsx.d.ts.
// Used as an Astro integration (astro.config.mjs) and, for Storybook, after `npm run build-storybook`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { publishCdnVersions } from './cdn-versions.mjs';
import { writeJsxTypes } from './jsx-types.mjs';

const version = () => JSON.parse(fs.readFileSync('package.json', 'utf8')).version;

/** The versions published into `siteDir`/cdn/, or null without a CDN build. Throws if a published one would change. */
export function copyCdn(siteDir) {
  if (!fs.existsSync('dist/cdn/loader.js')) return null;
  return publishCdnVersions({ siteDir, version: version() });
}

export function copyStorybook(siteDir) {
  if (!fs.existsSync('dist-storybook/index.html')) return false;
  fs.rmSync(path.join(siteDir, 'storybook'), { recursive: true, force: true });
  fs.cpSync('dist-storybook', path.join(siteDir, 'storybook'), { recursive: true });
  return true;
}

/** Astro integration: JSX typings before the site build, the CDN and Storybook copied after it. */
export function publishEmbed() {
  return {
    name: 'legal-aid-kit-publish-embed',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!fs.existsSync('custom-elements.json')) return logger.warn('custom-elements.json is missing: no JSX typings');
        writeJsxTypes('custom-elements.json', 'dist/jsx.d.ts');
      },
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const published = copyCdn(siteDir);
        if (published) logger.info(`CDN files in /cdn/${version()}/ (published: ${published.join(', ')})`);
        else logger.warn('dist/cdn/ is missing: run scripts/build/build-cdn.mjs before the site build');
        if (copyStorybook(siteDir)) logger.info('Storybook in /storybook/');
      },
    },
  };
}

// `node scripts/build/publish-embed.mjs`: after Storybook is built, publish it into the already built site.
if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) {
  const siteDir = process.env.LA_SITE_OUT ?? 'dist-site';
  if (fs.existsSync(siteDir) && copyStorybook(siteDir)) console.log(`Storybook published in ${siteDir}/storybook/`);
}
