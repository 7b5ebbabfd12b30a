import fs from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { DataValidationError } from '../../components/core/validate.js';
import { contentDir, displayPath } from './content-dir.js';

/** The build error for a file whose content breaks its schema: the file, then every bad field. */
export function invalidContent(where: string, error: DataValidationError): Error {
  return new Error(`${where}: invalid content. ${error.problems.map((p) => `field "${p.path}" ${p.message}`).join('; ')}`, {
    cause: error,
  });
}

/** Reads one of the bureau's JSON files with its parser; a file that is not JSON or breaks the schema throws, naming the file. */
export async function readContentJson<T>(file: string, parse: (raw: unknown, where: string) => T): Promise<T> {
  const where = displayPath(file);
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${where}: cannot read the file as JSON (${(error as Error).message})`, { cause: error });
  }
  try {
    return parse(raw, where);
  } catch (error) {
    if (error instanceof DataValidationError) throw invalidContent(where, error);
    throw error;
  }
}

/**
 * A content-collection loader for the bureau's JSON files. Every file is checked with the same parser the
 * widgets use at run time; a bad file stops the build with its path and the bad fields.
 */
export function jsonLoader<T extends object>(options: {
  name: string;
  dir?: string;
  file?: string;
  parse: (raw: unknown, where: string) => T;
}): Loader {
  return {
    name: `la-${options.name}`,
    async load({ store, parseData }) {
      const files = options.file
        ? [path.join(contentDir, options.file)]
        : (await fs.readdir(path.join(contentDir, options.dir ?? options.name)))
            .filter((name) => name.endsWith('.json'))
            .sort()
            .map((name) => path.join(contentDir, options.dir ?? options.name, name));
      store.clear();
      for (const file of files) {
        const parsed = await readContentJson(file, options.parse);
        const id = path.basename(file, '.json');
        const data = await parseData({ id, data: parsed as Record<string, unknown> });
        store.set({ id, data, filePath: path.relative(process.cwd(), file) });
      }
    },
  };
}
