import { VERSION } from './version.js';

/** A custom element class that knows which kit version defined it. */
export type KitElementClass = (abstract new () => HTMLElement) & { kitVersion?: string };

/**
 * Registers a kit element. Quiet when the tag already holds this kit version (two bundles of one release);
 * warns, never throws, when another version holds it, and leaves that one in place. A class already
 * defined under another tag is defined through a subclass (a registry takes each constructor once). Does
 * nothing where there is no registry (a module imported in Node for server rendering).
 */
export function defineElement(
  tag: string,
  element: KitElementClass,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  const existing = registry?.get(tag) as KitElementClass | undefined;
  if (!existing) {
    try {
      registry?.define(tag, element as CustomElementConstructor);
    } catch {
      registry!.define(tag, class extends (element as CustomElementConstructor) {});
    }
    return;
  }
  const theirs = existing.kitVersion;
  const ours = element.kitVersion ?? VERSION;
  if (existing !== element && theirs !== ours) {
    console.warn(
      `legal-aid-kit: <${tag}> is already defined by ${theirs ? `version ${theirs}` : 'another script'}; version ${ours} will not replace it.`,
    );
  }
}
