import { expect } from '@open-wc/testing';
import { LaElement } from '../../components/core/element.js';

/** The smallest kit element: the define guard is what is tested here. */
abstract class MinimalElement extends LaElement {
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

  it('defines the same class under a second tag with a subclass, never throwing', () => {
    class Twice extends MinimalElement {}
    Twice.define('la-test-first-tag');
    const warnings = captureWarnings();
    try {
      expect(() => Twice.define('partner-second-tag')).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
    const second = customElements.get('partner-second-tag')!;
    expect(second).not.to.equal(Twice);
    expect(document.createElement('partner-second-tag')).to.be.instanceOf(Twice);
  });
});

describe('a property set before the element is defined (as the loader defines widgets later)', () => {
  class Late extends MinimalElement {
    seen: unknown[] = [];
    #data: unknown;
    get data(): unknown {
      return this.#data;
    }
    set data(value: unknown) {
      this.#data = value;
      this.seen.push(value);
    }
  }

  it('is kept: set again through the class once the element is defined', async () => {
    const el = document.createElement('la-test-late') as HTMLElement & { data?: unknown };
    el.data = { names: ['早到的数据'] };
    document.body.append(el);
    try {
      Late.define('la-test-late');
      // Set again once the subclasses' own fields exist: a microtask after the upgrade.
      await Promise.resolve();
      const upgraded = el as unknown as Late;
      expect(upgraded).to.be.instanceOf(Late);
      expect(Object.hasOwn(el, 'data')).to.equal(false);
      expect(upgraded.data).to.deep.equal({ names: ['早到的数据'] });
      expect(upgraded.seen).to.deep.equal([{ names: ['早到的数据'] }]);
    } finally {
      el.remove();
    }
  });
});
