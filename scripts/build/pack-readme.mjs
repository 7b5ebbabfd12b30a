#!/usr/bin/env node
// npm always ships the README.md at the package root. The repository's README is for the people who work
// on the kit; the package's (package-readme.md) is for those who install it. `prepack` puts the package's
// in place and keeps the repository's aside; `postpack` puts it back. A pack that stopped half way is
// repaired by the next run of either.
import fs from 'node:fs';

const ASIDE = '.README.repository.md';
const restore = () => {
  if (fs.existsSync(ASIDE)) fs.renameSync(ASIDE, 'README.md');
};

if (process.argv[2] === 'prepack') {
  restore();
  fs.renameSync('README.md', ASIDE);
  fs.copyFileSync('package-readme.md', 'README.md');
} else {
  restore();
}
