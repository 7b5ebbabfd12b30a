/**
 * Reads the bureau's Markdown files: JSON front matter between two `---` lines, then a body written in one
 * section per language, each opened by a `## zh-CN` or `## en` line. Paragraphs are separated by blank lines
 * and shown as plain text (no Markdown features, so nothing in a file can inject markup).
 *
 *     ---
 *     { "title": { "zh-CN": "…", "en": "…" } }
 *     ---
 *     ## zh-CN
 *     第一段。
 *
 *     ## en
 *     First paragraph.
 *
 * JSON rather than YAML: the bureau already edits JSON (site.json), and a JSON mistake has one clear message.
 */
export interface MarkdownFile {
  data: unknown;
  /** Paragraphs per language section, keyed by the language written after `##`. */
  sections: Record<string, string[]>;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function readMarkdownFile(text: string): MarkdownFile {
  const match = FENCE.exec(text.replace(/^\uFEFF/, ''));
  if (!match) throw new Error('must start with front matter between two lines of ---');
  let data: unknown;
  try {
    data = JSON.parse(match[1]!);
  } catch (error) {
    throw new Error(`the front matter is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  return { data, sections: readSections(match[2]!) };
}

function readSections(body: string): Record<string, string[]> {
  const sections: Record<string, string[]> = {};
  let current: string[] | undefined;
  let paragraph: string[] = [];
  const flush = () => {
    if (current && paragraph.length) current.push(paragraph.join(' ').trim());
    paragraph = [];
  };
  for (const line of body.split(/\r?\n/)) {
    const heading = /^##\s+(\S+)\s*$/.exec(line);
    if (heading) {
      flush();
      current = sections[heading[1]!] = [];
    } else if (line.trim() === '') flush();
    else paragraph.push(line.trim());
  }
  flush();
  return sections;
}
