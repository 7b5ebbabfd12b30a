// The css`` minifier (esbuild's) runs on every shipped build: it must shrink templates without changing their
// meaning, and touch nothing that is not a whole stylesheet in a css`` template.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss, minifyCssTemplates } from '../../scripts/build/css-minify.mjs';

describe('css templates ship minified, with the same meaning', () => {
  it('drops comments and indentation', () => {
    const out = minifyCssTemplates(
      'const s = css`\n  /* why */\n  :host {\n    display: block;\n  }\n  a, b > c {\n    color: red;\n  }\n`;',
    );
    assert.equal(out, 'const s = css`:host{display:block}a,b>c{color:red}`;');
  });

  it('keeps what quoted strings hold, descendant pseudo-classes and the spacing calc() needs', () => {
    const out = minifyCssTemplates(
      "css`.a :focus-visible { font-family: 'PingFang SC',  \"Noto Sans\"; content: 'a ;  b'; width: calc(100% - 2px); }`",
    );
    assert.equal(out, 'css`.a :focus-visible{font-family:PingFang SC,Noto Sans;content:"a ;  b";width:calc(100% - 2px)}`');
  });

  it('keeps media queries, custom properties and !important', () => {
    const out = minifyCssTemplates(
      'css`@media (forced-colors: active) {\n  li:hover a :focus-visible { --_x: 1px; color: red !important; opacity: 0.5; font-size: 10.5pt; }\n}\n:host { all: initial; }`',
    );
    assert.equal(
      out,
      'css`@media(forced-colors:active){li:hover a :focus-visible{--_x: 1px;color:red!important;opacity:.5;font-size:10.5pt}}:host{all:initial}`',
    );
  });

  it('leaves templates with interpolations, other tagged templates and a comment naming `css` alone', () => {
    const code = 'css`a { color: ${x}; }`; html`<p>  a  </p>`; /** The `css` tag: */ const t = `a  b`;';
    assert.equal(minifyCssTemplates(code), code);
  });

  it('keeps characters as written: a CSS escape such as \\2610 would empty a JS template', () => {
    assert.equal(minifyCssTemplates("css`li::before { content: '☐ '; }`"), 'css`li:before{content:"☐ "}`');
    const escaped = "css`li::before { content: '\\\\2713'; }`";
    assert.equal(minifyCssTemplates(escaped), escaped);
  });

  it("keeps a third-party sheet's every rule and value when asked, dropping only white space and comments", () => {
    const leaflet = '/* x */\n.a {\n  color: black;\n  margin: 17px 0;\n  margin: 1.3em 0;\n  background: rgba(255, 255, 255, 0.5);\n}\n';
    assert.equal(minifyCss(leaflet, { keepRules: true }), '.a{color:black;margin:17px 0;margin:1.3em 0;background:rgba(255,255,255,0.5)}');
  });

  it('leaves a template that is not a whole stylesheet as written, rather than break it', () => {
    const code = 'css`color: red;  `';
    assert.equal(minifyCssTemplates(code), code);
  });
});
