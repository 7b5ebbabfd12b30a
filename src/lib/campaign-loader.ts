import fs from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { DataValidationError } from '../../components/core/validate.js';
import { findReusedCode, parseCampaign } from './campaign-schema.js';
import { contentDir, displayPath } from './content-dir.js';
import { invalidContent } from './json-loader.js';
import { readMarkdownFile } from './front-matter.js';
import { pageExists } from './nav.js';

/**
 * Loads content/campaigns/*.md (format: src/lib/front-matter.ts). Each file is checked by parseCampaign;
 * across files, a short code may be printed for one campaign only. A bad file stops the build with its
 * path and the field.
 */
export function campaignLoader(): Loader {
  return {
    name: 'la-campaigns',
    async load({ store, parseData }) {
      const dir = path.join(contentDir, 'campaigns');
      const names = await fs.readdir(dir).catch(() => [] as string[]);
      const codes = new Map<string, string>();
      store.clear();
      // README.md beside the campaigns explains the format to whoever edits them; it is not a campaign.
      for (const name of names.filter((n) => n.endsWith('.md') && n !== 'README.md').sort()) {
        const file = path.join(dir, name);
        const where = displayPath(file);
        const id = path.basename(name, '.md');
        let campaign;
        try {
          const { data, sections } = readMarkdownFile(await fs.readFile(file, 'utf8'));
          campaign = parseCampaign({ ...(data as object), id, body: sections }, where, pageExists);
        } catch (error) {
          if (error instanceof DataValidationError) throw invalidContent(where, error);
          throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
        }
        const reused = findReusedCode(codes, campaign);
        if (reused) {
          throw new Error(`${where}: invalid content. field "${reused.field}" "${reused.code}" is already used by ${reused.usedBy}`);
        }
        for (const spot of campaign.posters) codes.set(spot.code, where);
        const data = await parseData({ id, data: campaign as unknown as Record<string, unknown> });
        store.set({ id, data, filePath: path.relative(process.cwd(), file) });
      }
    },
  };
}
