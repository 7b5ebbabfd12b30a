// The css`` minifier runs on every shipped build: it must shrink templates without changing their meaning.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCssTemplates } from '../../scripts/build/css-minify.mjs';

describe('css templates ship minified, with the same meaning', () => {
  it('drops comments and indentation', () => {
    const out = minifyCssTemplates(
      'const s = css`\n  /* why */\n  :host {\n    display: block;\n  }\n  a, b > c {\n    color: red;\n  }\n`;',
    );
    assert.equal(out, 'const s = css`:host{display:block}a,b>c{color:red}`;');
  });

  it('keeps quoted strings, descendant pseudo-classes and calc spacing as written', () => {
    const out = minifyCssTemplates(
      "css`.a :focus-visible { font-family: 'PingFang SC',  \"Noto Sans\"; content: 'a ;  b'; width: calc(1px + 2px); }`",
    );
    assert.equal(out, "css`.a :focus-visible{font-family:'PingFang SC',\"Noto Sans\";content:'a ;  b';width:calc(1px + 2px)}`");
  });

  it('drops the space after a declaration colon, never in a selector or a media query', () => {
    const out = minifyCssTemplates(
      'css`@media (forced-colors: active) {\n  li:hover a :focus-visible { --_x: 1px; color: red !important; opacity: 0.5; font-size: 10.5pt; }\n}\n:host { all: initial; }`',
    );
    assert.equal(
      out,
      'css`@media (forced-colors: active){li:hover a :focus-visible{--_x:1px;color:red!important;opacity:.5;font-size:10.5pt}}:host{all:initial}`',
    );
  });

  it('leaves templates with interpolations and other tagged templates alone', () => {
    const code = 'css`a { color: ${x}; }`; html`<p>  a  </p>`;';
    assert.equal(minifyCssTemplates(code), code);
  });
});
