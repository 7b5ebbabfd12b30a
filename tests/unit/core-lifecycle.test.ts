import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ReactiveController } from '@lit/reactive-element/reactive-controller.js';
import { h } from '../../components/core/dom.js';
import { LaElement, type PropertyValues } from '../../components/core/element.js';
import type { LoadedCatalogue } from '../../components/core/locale.js';
import { state } from '../../components/core/reactive.js';

/** Records the order of what the base calls, as a Lit element would record it. */
class LifecycleProbe extends LaElement<{ greeting: string }> {
  static override strings = { 'zh-CN': { greeting: '你好' } };
  static override attributeNames = ['mood'];
  calls: string[] = [];
  changedSeen: PropertyValues[] = [];
  @state() count = 0;

  protected override willUpdate(changed: PropertyValues): void {
    this.calls.push('willUpdate');
    this.changedSeen.push(changed);
  }
  protected render() {
    this.calls.push('render');
    return h('p', null, `${this.t('greeting')} ${this.count}`);
  }
  protected override updated(): void {
    this.calls.push(`updated:${String(this.hasUpdated)}`);
  }
}
LifecycleProbe.define('la-test-lifecycle');

class Recorder implements ReactiveController {
  log: string[] = [];
  hostConnected() {
    this.log.push('connected');
  }
  hostDisconnected() {
    this.log.push('disconnected');
  }
  hostUpdate() {
    this.log.push('update');
  }
  hostUpdated() {
    this.log.push('updated');
  }
}

describe('LaElement has the shape of a Lit element', () => {
  it('batches changes into one update: willUpdate, render, updated, with what changed and its old value', async () => {
    const el = await fixture<LifecycleProbe>(html`<la-test-lifecycle></la-test-lifecycle>`);
    expect(el.hasUpdated).to.equal(true);
    expect(el.shadowRoot!.textContent).to.equal('你好 0');
    el.calls = [];
    el.count = 1;
    el.count = 2;
    el.setAttribute('mood', 'calm');
    await el.updateComplete;
    expect(el.calls).to.deep.equal(['willUpdate', 'render', 'updated:true']);
    const changed = el.changedSeen.at(-1)!;
    expect(changed.get('count')).to.equal(0, 'the value before the first change of the batch');
    expect(changed.has('mood')).to.equal(true);
    expect(el.shadowRoot!.textContent).to.equal('你好 2');
  });

  it('tells a reactive controller of connection, each update and disconnection, as Lit does', async () => {
    const el = await fixture<LifecycleProbe>(html`<la-test-lifecycle></la-test-lifecycle>`);
    const controller = new Recorder();
    el.addController(controller);
    expect(controller.log).to.deep.equal(['connected'], 'added to a connected host: connected at once');
    el.count = 5;
    await el.updateComplete;
    expect(controller.log).to.deep.equal(['connected', 'update', 'updated']);
    el.remove();
    expect(controller.log.at(-1)).to.equal('disconnected');
    el.removeController(controller);
    document.body.append(el);
    await el.updateComplete;
    expect(controller.log.at(-1)).to.equal('disconnected', 'a removed controller hears nothing more');
    el.remove();
  });

  it('connects a controller added in the constructor once, even when the element is upgraded already in the page', async () => {
    // A partner page's markup is in the page before the loader defines the widget: the constructor then
    // runs on a connected element, and connectedCallback follows. A controller that starts a timer on
    // connect would start two and stop one.
    const recorders: Recorder[] = [];
    class WithController extends LaElement<Record<string, never>> {
      static override strings = { 'zh-CN': {} };
      readonly recorder = new Recorder();
      constructor() {
        super();
        this.addController(this.recorder);
        recorders.push(this.recorder);
      }
      protected render() {
        return '';
      }
    }
    const holder = document.createElement('div');
    holder.innerHTML = '<la-test-upgraded></la-test-upgraded>';
    document.body.append(holder);
    WithController.define('la-test-upgraded');
    expect(recorders).to.have.length(1);
    expect(recorders[0]!.log.filter((call) => call === 'connected')).to.deep.equal(['connected']);
    holder.remove();
    expect(recorders[0]!.log.at(-1)).to.equal('disconnected');
  });
});

describe('words a widget does not bundle load on first use', () => {
  it('loads the English once, renders the waiting state meanwhile, and updateComplete waits for it', async () => {
    let loads = 0;
    let release!: () => void;
    class Lazy extends LaElement<{ hello: string }> {
      static override strings: LoadedCatalogue<{ hello: string }> = { 'zh-CN': { hello: '你好' } };
      static override lazyStrings = {
        en: () => {
          loads++;
          return new Promise<{ hello: string }>((resolve) => (release = () => resolve({ hello: 'Hello' })));
        },
      };
      protected render() {
        return this.wordsReady ? this.t('hello') : '…';
      }
    }
    Lazy.define('la-test-lazy-words');
    const wrapper = await fixture(
      html`<div lang="en"><la-test-lazy-words></la-test-lazy-words><la-test-lazy-words></la-test-lazy-words></div>`,
    );
    const [first, second] = wrapper.querySelectorAll<Lazy>('la-test-lazy-words');
    await new Promise((resolve) => setTimeout(resolve));
    expect(first!.shadowRoot!.textContent).to.equal('…');
    const done = first!.updateComplete;
    release();
    await done;
    await second!.updateComplete;
    expect(first!.shadowRoot!.textContent).to.equal('Hello');
    expect(second!.shadowRoot!.textContent).to.equal('Hello');
    expect(loads).to.equal(1, 'one load for every element on the page');
  });

  it('falls back to the Chinese, with a warning, when the words cannot load', async () => {
    class Offline extends LaElement<{ hello: string }> {
      static override strings: LoadedCatalogue<{ hello: string }> = { 'zh-CN': { hello: '你好' } };
      static override lazyStrings = { en: () => Promise.reject(new Error('offline')) };
      protected render() {
        return this.t('hello');
      }
    }
    Offline.define('la-test-offline-words');
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const wrapper = await fixture(html`<div lang="en"><la-test-offline-words></la-test-offline-words></div>`);
      const el = wrapper.querySelector<Offline>('la-test-offline-words')!;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.equal('你好');
    } finally {
      console.warn = original;
    }
    expect(warnings.join()).to.contain('<la-test-offline-words> en: Error: offline');
  });

  it('asks for the words again on retryWords(), after they could not load', async () => {
    let fail = true;
    class Retry extends LaElement<{ hello: string }> {
      static override strings: LoadedCatalogue<{ hello: string }> = { 'zh-CN': { hello: '你好' } };
      static override lazyStrings = { en: () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve({ hello: 'Hello' })) };
      retry() {
        this.retryWords();
      }
      protected render() {
        return this.t('hello');
      }
    }
    Retry.define('la-test-retry-words');
    const original = console.warn;
    console.warn = () => {};
    try {
      const wrapper = await fixture(html`<div lang="en"><la-test-retry-words></la-test-retry-words></div>`);
      const el = wrapper.querySelector<Retry>('la-test-retry-words')!;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.equal('你好');
      fail = false;
      el.retry();
      await waitUntil(() => el.shadowRoot!.textContent === 'Hello', 'the English words arrive on the retry');
    } finally {
      console.warn = original;
    }
  });
});
