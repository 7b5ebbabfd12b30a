import path from 'node:path';

/** Where the bureau's data lives. LA_CONTENT_DIR lets tests build the site from fixture content. */
export const contentDir = path.resolve(process.env.LA_CONTENT_DIR ?? 'content');

/** A path as people know it in error messages: relative to the project when possible. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}
