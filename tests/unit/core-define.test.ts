import { expect } from '@open-wc/testing';
import { LaPlainElement } from '../../components/core/plain-element.js';

/** The smallest kit element: the define guard is what is tested here. */
abstract class MinimalElement extends LaPlainElement {
  protected render() {
    return '';
  }
}

function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('registering a widget twice never breaks the page', () => {
  it('is quiet when the same version defines the same tag again', () => {
    class First extends MinimalElement {}
    class Second extends MinimalElement {}
    const warnings = captureWarnings();
    try {
      First.define('la-test-same');
      expect(() => Second.define('la-test-same')).not.to.throw();
      expect(() => First.define('la-test-same')).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
    expect(customElements.get('la-test-same')).to.equal(First);
  });

  it('warns, and keeps the first definition, when another version holds the tag', () => {
    class Old extends MinimalElement {
      static override readonly kitVersion = '0.0.1';
    }
    class Current extends MinimalElement {}
    Old.define('la-test-versions');
    const warnings = captureWarnings();
    try {
      expect(() => Current.define('la-test-versions')).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('version 0.0.1');
    expect(customElements.get('la-test-versions')).to.equal(Old);
  });

  it('warns when a script that is not the kit took the tag first', () => {
    class Foreign extends HTMLElement {}
    customElements.define('la-test-foreign', Foreign);
    class Mine extends MinimalElement {}
    const warnings = captureWarnings();
    try {
      expect(() => Mine.define('la-test-foreign')).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.join(' ')).to.contain('another script');
  });

  it('can register under a partner-chosen tag name', () => {
    class Renamed extends MinimalElement {}
    Renamed.define('partner-legal-aid-widget');
    expect(customElements.get('partner-legal-aid-widget')).to.equal(Renamed);
  });
});
