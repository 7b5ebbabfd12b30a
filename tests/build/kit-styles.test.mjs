// The site's stylesheet takes the kit's colour tokens and .visually-hidden from the kit's own source
// (scripts/build/kit-styles.mjs), so the site never declares a second set.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { kitPageCss } from '../../scripts/build/kit-styles.mjs';

const source = fs.readFileSync('components/core/tokens.styles.ts', 'utf8');

describe('the kit styles the site wears', () => {
  it('declares every colour token with the default the widgets fall back to, and .visually-hidden once', () => {
    const css = kitPageCss(source);
    assert.match(css, /--la-color-text: #1f2328;/);
    assert.match(css, /--la-color-primary: #0b5394;/);
    assert.match(css, /--la-color-surface-alt: #f3f5f7;/);
    assert.equal(css.match(/\.visually-hidden/g)?.length, 1);
    assert.match(css, /clip-path: inset\(50%\)/);
  });

  it('refuses a source it cannot read, instead of giving the site no colours', () => {
    assert.throws(() => kitPageCss('export const baseTokens = css``;'), /could not be read/);
  });

  it('no stylesheet of the site declares --site-* tokens or its own .visually-hidden', () => {
    for (const file of ['src/styles/site.css', 'src/styles/posters.css']) {
      const css = fs.readFileSync(file, 'utf8');
      assert.doesNotMatch(css, /--site-/, file);
      assert.doesNotMatch(css, /\.visually-hidden\s*\{/, file);
    }
  });
});
