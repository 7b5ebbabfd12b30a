/**
 * The small Markdown subset the bureau writes answers in: paragraphs, lists, **bold** and links. Pure, no
 * DOM: the Astro page and the widget both render its output through escaping templates, so nothing in an
 * answer can become markup or script, whatever the file contains.
 */

export type Inline = { text: string; strong?: true; href?: string };
export type Block = { list?: 'ul' | 'ol'; items: Inline[][] };

/** Only links a worker can safely follow: this site, https, or a phone number. Anything else is plain text. */
export function safeHref(raw: string): string | undefined {
  const href = raw.trim();
  // \p{Cc}: a tab or newline inside "java\tscript:" must not slip through.
  if (/[\s\\<>"'`\p{Cc}]/u.test(href)) return undefined;
  if (/^https:\/\/[^/]/i.test(href) || /^tel:\+?[\d-]{3,20}$/i.test(href)) return href;
  return /^(\/(?!\/)|#|\.\.?\/)/.test(href) ? href : undefined;
}

const INLINE = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]*)\)/g;

/** Bold and links inside one line; everything else stays text. */
export function parseInline(line: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of line.matchAll(INLINE)) {
    if (m.index > last) out.push({ text: line.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ text: m[1], strong: true });
    else {
      const href = safeHref(m[3]!);
      out.push(href ? { text: m[2]!, href } : { text: m[2]! });
    }
    last = m.index + m[0].length;
  }
  if (last < line.length) out.push({ text: line.slice(last) });
  return out;
}

const ITEM = /^\s*(?:([-*])|\d+[.)])\s+(.*)$/;

/** Splits text into paragraphs and lists; a blank line ends a block. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: Block | undefined;
  const flush = () => {
    if (paragraph.length) blocks.push({ items: [parseInline(paragraph.join(' '))] });
    paragraph = [];
    list = undefined;
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const item = ITEM.exec(line);
    if (!line.trim()) flush();
    else if (item) {
      if (paragraph.length) flush();
      const kind = item[1] ? 'ul' : 'ol';
      if (list?.list !== kind) blocks.push((list = { list: kind, items: [] }));
      list.items.push(parseInline(item[2]!.trim()));
    } else if (list && /^\s+/.test(line)) {
      list.items[list.items.length - 1]!.push({ text: ` ${line.trim()}` });
    } else {
      list = undefined;
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/** The words alone, for search and read-aloud. */
export function plainText(blocks: Block[]): string {
  return blocks.map((b) => b.items.map((item) => item.map((i) => i.text).join('')).join('\n')).join('\n');
}

/**
 * Conditional blocks, for what holds only where the site's rule pack says so (a local promise such as the
 * same-day green channel). Resolved at build time (src/lib/faq-source.ts) against the switches of the
 * site's region: the published answers and pages never contain them, and the widget never reads them.
 *
 *     ::: if sameDayGreenChannel
 *     本市承诺：当日申请、当日受理、当日指派律师。
 *     :::
 *     ::: if not sameDayGreenChannel
 *     …
 *     :::
 *
 * The lines inside stay when the switch is on (`if`) or off (`if not`), and are dropped otherwise.
 */
const FENCE = /^\s*:::(.*)$/;
const OPENER = /^\s*if\s+(not\s+)?([A-Za-z][\w-]*)\s*$/;

export interface ResolvedConditions {
  text: string;
  /** The switches the blocks name, in order of first use. */
  names: string[];
  /** What is wrong with the blocks, each starting with its line number: an unknown switch, a block left open… */
  problems: string[];
}

export function resolveConditions(source: string, switches: Readonly<Record<string, boolean>>): ResolvedConditions {
  const kept: string[] = [];
  const names: string[] = [];
  const problems: string[] = [];
  let open: { line: number; keep: boolean } | undefined;
  source.split(/\r\n?|\n/).forEach((line, i) => {
    const fence = FENCE.exec(line);
    if (!fence) {
      if (!open || open.keep) kept.push(line);
      return;
    }
    const at = `line ${i + 1}:`;
    const rest = fence[1]!.trim();
    if (!rest) {
      if (open) open = undefined;
      else problems.push(`${at} ":::" closes no block`);
      return;
    }
    const opener = OPENER.exec(rest);
    if (!opener) return void problems.push(`${at} "${line.trim()}" must read "::: if <switch>" or "::: if not <switch>"`);
    if (open) problems.push(`${at} a block inside the block of line ${open.line} (close it with ":::" first)`);
    const name = opener[2]!;
    if (!names.includes(name)) names.push(name);
    if (!Object.hasOwn(switches, name)) problems.push(`${at} unknown switch "${name}" (known: ${Object.keys(switches).join(', ')})`);
    open = { line: i + 1, keep: Boolean(switches[name]) !== Boolean(opener[1]) };
  });
  if (open) problems.push(`line ${open.line}: the block is never closed with ":::"`);
  return { text: kept.join('\n'), names, problems };
}
