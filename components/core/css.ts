/**
 * The kit's `css` tag: a style sheet's text, turned into one constructed sheet shared by every element that
 * adopts it (a strict CSP allows constructed sheets). Where they are missing (iOS before 16.4) each shadow
 * root gets `<style>` children instead. It does what Lit's css-tag did for the kit in a third of the bytes.
 */
export class CSSResult {
  #sheet: CSSStyleSheet | undefined;
  constructor(readonly cssText: string) {}

  /** The constructed sheet, made on first use; undefined where the browser cannot adopt sheets. */
  get styleSheet(): CSSStyleSheet | undefined {
    if (!this.#sheet && canAdoptSheets) {
      this.#sheet = new CSSStyleSheet();
      this.#sheet.replaceSync(this.cssText);
    }
    return this.#sheet;
  }
}

export type CSSResultGroup = CSSResult | readonly CSSResultGroup[];

/** Without a DOM (the kit imported in Node, for server rendering) there is nothing to adopt: never throws. */
// (Every browser with adoptedStyleSheets has constructable sheets with replaceSync: they shipped together.)
const canAdoptSheets = !!globalThis.Document && 'adoptedStyleSheets' in Document.prototype;

/** Static text only: a widget's styles never hold values, so nothing from data can reach a sheet. */
export const css = (strings: TemplateStringsArray): CSSResult => new CSSResult(strings.join(''));

/** A sheet from text the kit produced itself (a lazily loaded view's styles); never from data. */
export const unsafeCSS = (text: string): CSSResult => new CSSResult(text);

/**
 * Adds the styles `root` does not have yet, after those it has: the element's own when it is made, a lazily
 * loaded view's later. `useSheets` is false only where the browser cannot adopt sheets (and in its test).
 */
export function adoptStyles(root: ShadowRoot, styles: CSSResultGroup, useSheets = canAdoptSheets): void {
  for (const result of [styles].flat(9) as CSSResult[]) {
    if (useSheets) {
      const sheet = result.styleSheet!;
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } else if (![...root.querySelectorAll('style')].some((style) => style.textContent === result.cssText)) {
      root.append(Object.assign(document.createElement('style'), { textContent: result.cssText }));
    }
  }
}
