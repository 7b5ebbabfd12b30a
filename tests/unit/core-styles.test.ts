import { expect } from '@open-wc/testing';
import { adoptStyles, css, unsafeCSS } from '../../components/core/css.js';

const red = css`
  p {
    color: rgb(200, 0, 0);
  }
`;
const wide = css`
  p {
    padding-inline: 7px;
  }
`;

function shadowParagraph(): { root: ShadowRoot; p: HTMLParagraphElement; host: HTMLElement } {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const p = document.createElement('p');
  root.append(p);
  return { root, p, host };
}

describe('widget styles', () => {
  it('share one constructed sheet between every element, and adding again adds nothing', () => {
    const a = shadowParagraph();
    const b = shadowParagraph();
    adoptStyles(a.root, [red, [wide]]);
    adoptStyles(b.root, red);
    adoptStyles(a.root, [red, wide]);
    expect(a.root.adoptedStyleSheets).to.have.length(2);
    expect(b.root.adoptedStyleSheets[0]).to.equal(a.root.adoptedStyleSheets[0]);
    expect(getComputedStyle(a.p).color).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(a.p).paddingInlineStart).to.equal('7px');
    a.host.remove();
    b.host.remove();
  });

  it('become <style> children where sheets cannot be adopted (iOS before 16.4), once each', () => {
    const { root, p, host } = shadowParagraph();
    adoptStyles(root, [red], false);
    adoptStyles(root, [red, unsafeCSS('p { padding-inline: 7px; }')], false);
    expect(root.querySelectorAll('style')).to.have.length(2);
    expect(root.adoptedStyleSheets).to.have.length(0);
    expect(getComputedStyle(p).color).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(p).paddingInlineStart).to.equal('7px');
    host.remove();
  });
});
