#!/usr/bin/env node
// After `changeset version` bumps package.json, the kit's runtime VERSION (compared by define() when two
// copies of the kit meet on one page, and pinned in the CDN snippets) must follow.
import fs from 'node:fs';

const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const file = 'components/core/version.ts';
const source = fs.readFileSync(file, 'utf8');
fs.writeFileSync(file, source.replace(/VERSION = '[^']*'/, `VERSION = '${version}'`));
console.log(`${file}: VERSION = '${version}'`);
