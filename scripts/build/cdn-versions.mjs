#!/usr/bin/env node
// Published CDN versions never change. A partner pins `/cdn/<version>/loader.js` with its integrity hash;
// if those bytes changed, or the folder vanished with the next deployment, the partner's page would load
// nothing. So every site build publishes:
//  - every version in the archive (`cdn-archive/<version>/`, or $LA_CDN_ARCHIVE), copied as it is;
//  - the version being built (dist/cdn/) at /cdn/<version>/, unless the archive already holds that version:
//    then the new build must be byte-identical to it, or the build fails and asks for a new version.
// A version enters the archive when it is released (`npm run release` runs `--record`), from the previous
// deployment's output (`--from-deployment <dir>`: the build does it with the old dist-site/ before Astro
// empties it, for every version but the one being built), or from the npm tarball of that version
// (`--from-npm <version>` or `--from-tarball <file.tgz>`). See RELEASING.md.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

export const defaultArchive = () => process.env.LA_CDN_ARCHIVE ?? 'cdn-archive';
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** Every file under `dir`, as sorted relative paths with forward slashes. */
export function filesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The first difference between two folders ('' when they hold the same files with the same bytes). */
export function folderDifference(a, b) {
  const left = filesUnder(a);
  const right = filesUnder(b);
  for (const file of new Set([...left, ...right])) {
    if (!left.includes(file)) return `${file} is new`;
    if (!right.includes(file)) return `${file} is missing`;
    if (!fs.readFileSync(path.join(a, file)).equals(fs.readFileSync(path.join(b, file)))) return `${file} has changed`;
  }
  return '';
}

/** The versions an archive (or a site's cdn/ folder) holds. */
export const versionsIn = (dir) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => VERSION.test(name) && fs.statSync(path.join(dir, name)).isDirectory()) : [];

/**
 * Adds `from` to the archive as `version`. A version already archived is never rewritten: identical bytes
 * are fine, different bytes throw.
 */
export function archiveVersion(from, version, archive = defaultArchive()) {
  if (!VERSION.test(version)) throw new Error(`"${version}" is not a version`);
  const target = path.join(archive, version);
  if (fs.existsSync(target)) {
    const difference = folderDifference(target, from);
    if (difference) throw new Error(immutableMessage(version, difference, archive));
    return false;
  }
  fs.mkdirSync(archive, { recursive: true });
  fs.cpSync(from, target, { recursive: true });
  return true;
}

const immutableMessage = (version, difference, archive) =>
  `CDN version ${version} is already published (${path.join(archive, version)}) and this build would change it: ${difference}. ` +
  'A published version never changes, or partners pinned to it load nothing (their integrity hashes fail). ' +
  'Release a new version instead: npm run changeset, then npm run version-packages (see RELEASING.md).';

/**
 * Harvests the versions a previous deployment output (`siteDir`, holding cdn/<version>/) published, except
 * `current`, which may be an unreleased build. Returns the versions added to the archive.
 */
export function harvestDeployment(siteDir, current, archive = defaultArchive()) {
  const cdn = path.join(siteDir, 'cdn');
  const archived = versionsIn(archive);
  // A version already archived stays as archived: the old output was copied from there.
  return versionsIn(cdn).filter(
    (version) => version !== current && !archived.includes(version) && archiveVersion(path.join(cdn, version), version, archive),
  );
}

/**
 * Writes /cdn/<version>/ for every archived version and for `version` (from `distCdn`) into `siteDir`.
 * Throws when `version` is archived and `distCdn` differs from it. Returns the versions published.
 */
export function publishCdnVersions({ siteDir, distCdn = 'dist/cdn', version, archive = defaultArchive() }) {
  const archived = versionsIn(archive);
  if (archived.includes(version)) {
    const difference = folderDifference(path.join(archive, version), distCdn);
    if (difference) throw new Error(immutableMessage(version, difference, archive));
  }
  for (const old of archived) fs.cpSync(path.join(archive, old), path.join(siteDir, 'cdn', old), { recursive: true });
  if (!archived.includes(version)) fs.cpSync(distCdn, path.join(siteDir, 'cdn', version), { recursive: true });
  return [...new Set([...archived, version])].sort();
}

/** The CDN folder of a package tarball (an npm release of the kit), extracted into the archive. */
export function archiveTarball(tarball, archive = defaultArchive()) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'la-cdn-'));
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', scratch]);
    const { version } = JSON.parse(fs.readFileSync(path.join(scratch, 'package/package.json'), 'utf8'));
    const cdn = path.join(scratch, 'package/dist/cdn');
    if (!fs.existsSync(path.join(cdn, 'loader.js'))) throw new Error(`${tarball}: no dist/cdn/loader.js in the package`);
    archiveVersion(cdn, version, archive);
    return version;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) {
  const { values } = parseArgs({
    options: {
      record: { type: 'boolean' },
      'from-deployment': { type: 'string' },
      'from-npm': { type: 'string', multiple: true },
      'from-tarball': { type: 'string', multiple: true },
      archive: { type: 'string', default: defaultArchive() },
    },
  });
  const { name, version } = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  try {
    if (values.record) {
      // After a release build: this version is published from now on.
      if (!fs.existsSync('dist/cdn/loader.js')) throw new Error('dist/cdn/ is missing: run npm run build first');
      console.log(
        archiveVersion('dist/cdn', version, values.archive) ? `archived CDN ${version}` : `CDN ${version} was already archived, unchanged`,
      );
    }
    if (values['from-deployment']) {
      const added = harvestDeployment(values['from-deployment'], '', values.archive);
      console.log(`archived from ${values['from-deployment']}: ${added.join(', ') || 'nothing new'}`);
    }
    for (const tarball of values['from-tarball'] ?? [])
      console.log(`archived CDN ${archiveTarball(tarball, values.archive)} from ${tarball}`);
    for (const wanted of values['from-npm'] ?? []) {
      // `npm pack <name>@<version>` downloads the published tarball from the registry the npm client uses.
      const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'la-npm-'));
      try {
        const [packed] = JSON.parse(
          execFileSync('npm', ['pack', `${name}@${wanted}`, '--json', '--pack-destination', scratch], { encoding: 'utf8' }),
        );
        console.log(`archived CDN ${archiveTarball(path.join(scratch, packed.filename), values.archive)} from npm`);
      } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
      }
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
