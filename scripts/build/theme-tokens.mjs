// The --la-* custom properties partners may set, read from the design tokens themselves
// (components/core/tokens.styles.ts), so the documented defaults can never drift from the code.
// Used by the custom-elements manifest (every widget lists them) and the partner guide's table.
import fs from 'node:fs';

const about = {
  '--la-text-scale': ['文字放大倍数（整页适老化时设为 1.3）', 'Text size multiplier (set 1.3 for page-wide large text)'],
  '--la-large-text-scale': ['加 large-text 属性时的放大倍数', 'Multiplier used when the widget has large-text'],
  '--la-font-family': ['字体', 'Font family'],
  '--la-color-text': ['正文颜色', 'Text colour'],
  '--la-color-text-muted': ['次要文字颜色', 'Secondary text colour'],
  '--la-color-primary': ['主色：链接、按钮', 'Main colour: links and buttons'],
  '--la-color-on-primary': ['主色按钮上的文字颜色', 'Text on main-colour buttons'],
  '--la-color-danger': ['错误提示颜色', 'Colour of error messages'],
  '--la-color-danger-surface': ['错误提示底色', 'Background of error messages'],
  '--la-color-warning-surface': ['提醒底色', 'Background of warnings'],
  '--la-color-success': ['“可以申请”等好消息的颜色', 'Colour of good news ("you can apply")'],
  '--la-color-surface': ['底色', 'Background'],
  '--la-color-surface-alt': ['卡片、表格的浅底色', 'Light background of cards and tables'],
  '--la-color-border': ['边框颜色', 'Border colour'],
  '--la-color-focus': ['键盘焦点框颜色', 'Keyboard focus ring colour'],
  '--la-font-size-sm': ['小字号', 'Small text size'],
  '--la-font-size-base': ['正文字号', 'Body text size'],
  '--la-font-size-lg': ['标题字号', 'Heading size'],
  '--la-font-size-xl': ['大标题、大数字字号', 'Large heading and big figure size'],
  '--la-line-height': ['行高', 'Line height'],
  '--la-radius': ['圆角', 'Corner radius'],
};

/** The text after `var(--la-name,` up to its closing parenthesis, nested parentheses included. */
function defaultAfter(source, start) {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')') {
      if (depth === 0) return source.slice(start, i);
      depth--;
    }
  }
  return source.slice(start);
}

/** @returns {{ name: string, default: string, zh: string, en: string }[]} in source order, each once */
export function themeTokens(file = 'components/core/tokens.styles.ts') {
  const source = fs.readFileSync(file, 'utf8');
  const tokens = new Map();
  for (const match of source.matchAll(/var\(\s*(--la-[\w-]+)\s*,/g)) {
    const name = match[1];
    if (tokens.has(name)) continue;
    const value = defaultAfter(source, match.index + match[0].length)
      .replace(/\s+/g, ' ')
      .trim();
    const spacing = /^--la-space-(\d+)$/.exec(name);
    const [zh, en] = about[name] ?? (spacing ? [`间距 ${spacing[1]} 档`, `Spacing step ${spacing[1]}`] : [name, name]);
    tokens.set(name, { name, default: value, zh, en });
  }
  return [...tokens.values()];
}
