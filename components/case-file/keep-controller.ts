import type { ReactiveController } from '@lit/reactive-element/reactive-controller.js';
import type { LaElement } from '../core/element.js';
import { clearAll, loadKept, saveKept, takeHandover, type Handover } from './handover.js';

/**
 * Where the worker's answers live besides memory: what the check handed over in this tab, and, only when
 * he ticks 「保存在这部手机上」, a copy on the phone, written after every update. "Exit and clear" removes both.
 */
export class KeepController implements ReactiveController {
  keep = false;
  readonly #host: LaElement;
  readonly #receive: (handover: Handover) => void;
  readonly #current: () => Handover;

  constructor(host: LaElement, receive: (handover: Handover) => void, current: () => Handover) {
    this.#host = host;
    this.#receive = receive;
    this.#current = current;
    host.addController(this);
  }

  hostConnected(): void {
    const kept = loadKept();
    this.keep = !!kept;
    const handed = takeHandover() ?? kept;
    if (handed) this.#receive(handed);
  }

  hostUpdated(): void {
    if (this.keep) saveKept(this.#current());
  }

  set(keep: boolean): void {
    this.keep = keep;
    if (!keep) saveKept(null);
    this.#host.requestUpdate();
  }

  clear(): void {
    clearAll();
    this.keep = false;
  }
}
