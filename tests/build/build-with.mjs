// Builds the site from a changed copy of content/, to prove that bad content stops the build with a
// message naming the file and the field.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * @param {(dir: string) => void} mutate changes the copied content folder
 * @param {(outDir: string) => Promise<void> | void} [inspect] looks at the built site before it is removed
 * @returns {Promise<{ code: number | null, output: string, contentDir: string }> | { code: number | null, output: string, contentDir: string }}
 */
export function buildWithContent(mutate, inspect) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'la-content-'));
  const contentDir = path.join(work, 'content');
  fs.cpSync('content', contentDir, { recursive: true });
  mutate(contentDir);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: {
      ...process.env,
      LA_CONTENT_DIR: contentDir,
      LA_SITE_OUT: path.join(work, 'out'),
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
    timeout: 180_000,
  });
  const outcome = { code: result.status, output: `${result.stdout}\n${result.stderr}`, contentDir };
  const cleanUp = () => fs.rmSync(work, { recursive: true, force: true });
  if (!inspect) {
    cleanUp();
    return outcome;
  }
  return Promise.resolve(inspect(path.join(work, 'out')))
    .then(() => outcome)
    .finally(cleanUp);
}

/** Reads, changes and writes back a JSON file. */
export function editJson(file, change) {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, JSON.stringify(change(data) ?? data, null, 2));
}
