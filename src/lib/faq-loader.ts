import fs from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { DataValidationError } from '../../components/core/validate.js';
import { contentDir, displayPath } from './content-dir.js';
import { parseRulePack, resolveParameters, type SwitchId } from '../../components/eligibility/engine/packs.js';
import { invalidContent, readContentJson } from './json-loader.js';
import { parseFaqSource } from './faq-source.js';
import { parseSite } from './site-schema.js';

/**
 * The rule-pack switches in force today for the site's region (content/site.json `region`, content/rules/):
 * the FAQ's conditional blocks are resolved against them, as the checker page resolves its packs.
 */
async function siteSwitches(): Promise<Record<SwitchId, boolean>> {
  const { region } = await readContentJson(path.join(contentDir, 'site.json'), parseSite);
  const dir = path.join(contentDir, 'rules');
  const names = (await fs.readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const packs = await Promise.all(names.map((name) => readContentJson(path.join(dir, name), parseRulePack)));
  return resolveParameters(packs, region, new Date().toISOString().slice(0, 10)).switches;
}

/**
 * Loads content/faq/*.md with the FAQ's own parser, conditional blocks resolved for the site's region. A file
 * with a missing field, an unknown switch, or an id another file already uses, stops the build with the
 * file's path.
 */
export function faqLoader(): Loader {
  return {
    name: 'la-faq',
    async load({ store, parseData }) {
      const dir = path.join(contentDir, 'faq');
      const files = (await fs.readdir(dir)).filter((name) => name.endsWith('.md')).sort();
      const owners = new Map<string, string>();
      const switches = await siteSwitches();
      store.clear();
      for (const name of files) {
        const file = path.join(dir, name);
        const where = displayPath(file);
        let source;
        try {
          source = parseFaqSource(await fs.readFile(file, 'utf8'), where, switches);
        } catch (error) {
          if (!(error instanceof DataValidationError)) throw error;
          throw invalidContent(where, error);
        }
        const id = source.entries['zh-CN'].id;
        const other = owners.get(id);
        if (other)
          throw new Error(`${where}: invalid content. field "id" "${id}" is already used by ${other}; each question needs its own id`);
        owners.set(id, where);
        const data = await parseData({ id, data: source as unknown as Record<string, unknown> });
        store.set({ id, data, filePath: path.relative(process.cwd(), file) });
      }
    },
  };
}
