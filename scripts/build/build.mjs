#!/usr/bin/env node
// Builds everything a deployment needs: the npm package (dist/), its custom-elements manifest, then the
// site with the content in content/ (dist-site/). Steps added by later work go in `steps` below.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { defaultArchive, harvestDeployment } from './cdn-versions.mjs';

const steps = [
  ['shipped rule packs (engine)', ['scripts/build/ship-rules.mjs']],
  // Leaflet's sheet from the installed package, before anything compiles the map.
  ['Leaflet styles', ['scripts/build/leaflet-styles.mjs']],
  ['components (dist/)', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']],
  [
    'custom elements manifest',
    [
      'node_modules/@custom-elements-manifest/analyzer/cem.js',
      'analyze',
      '--litelement',
      '--globs',
      'components/**/*.ts',
      '--exclude',
      'components/**/*.stories.ts',
      '--outdir',
      './',
      '--quiet',
    ],
  ],
  ['package custom elements manifest (dist/custom-elements.json)', ['scripts/build/package-manifest.mjs']],
  ['site (dist-site/)', ['node_modules/astro/bin/astro.mjs', 'build']],
];
if (fs.existsSync('scripts/build/build-cdn.mjs')) steps.splice(1, 0, ['CDN bundles (dist/cdn/)', ['scripts/build/build-cdn.mjs']]);

// Astro empties the site folder: first keep the CDN versions the previous output published (see
// scripts/build/cdn-versions.mjs), so that they are still served after this build.
const previous = process.env.LA_SITE_OUT ?? 'dist-site';
const kept = harvestDeployment(previous, JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
if (kept.length) console.log(`kept CDN ${kept.join(', ')} from ${previous}/cdn/ in ${defaultArchive()}/`);

for (const [name, args] of steps) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    console.error(`build failed at: ${name}`);
    process.exit(result.status ?? 1);
  }
  console.log(`built ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
