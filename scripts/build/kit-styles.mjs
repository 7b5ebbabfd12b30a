// The site wears the kit's own tokens: its stylesheet gets the kit's colour tokens (--la-color-*, with the
// defaults the widgets fall back to) and its .visually-hidden rule, read from components/core/tokens.styles.ts,
// so neither is written twice. Imported by src/layouts/Base.astro as `virtual:kit-styles.css`.
import fs from 'node:fs';

const ID = 'virtual:kit-styles.css';
const SOURCE = 'components/core/tokens.styles.ts';

/** The page CSS for the kit's tokens and shared rules, from the source of tokens.styles.ts. */
export function kitPageCss(source) {
  const colours = [...source.matchAll(/var\((--la-color-[\w-]+), (#[0-9a-f]{3,8})\)/gi)].map(([, name, value]) => `${name}: ${value};`);
  const hidden = /\.visually-hidden \{[^}]*\}/.exec(source);
  if (colours.length < 5 || !hidden) throw new Error(`${SOURCE}: the colour tokens or .visually-hidden could not be read`);
  return `:root {\n  ${colours.join('\n  ')}\n}\n${hidden[0]}\n`;
}

/** Vite plugin serving the module. */
export function kitStyles() {
  return {
    name: 'legal-aid-kit-styles',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      this.addWatchFile(SOURCE);
      return kitPageCss(fs.readFileSync(SOURCE, 'utf8'));
    },
  };
}
