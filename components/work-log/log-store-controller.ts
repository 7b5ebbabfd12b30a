import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element/reactive-controller.js';
import { emptyLog, type NoticePhoto, type WorkLog } from './log-model.js';
import { clearEverything, loadLog, loadPhotos, saveLog, savePhoto } from './log-store.js';

/**
 * Keeps the element's copy of the log in step with IndexedDB: loads it when the element connects, writes
 * every change at once (a worker closes the page without saving), and clears it all on "exit and clear".
 * Photo URLs made for display are released when the element leaves the page.
 */
export class LogStoreController implements ReactiveController {
  log: WorkLog = emptyLog();
  photos: (NoticePhoto & { url: string })[] = [];
  status: 'loading' | 'ready' | 'failed' = 'loading';
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    void this.#load();
  }

  hostDisconnected(): void {
    this.#release();
  }

  async #load(): Promise<void> {
    try {
      const [log, photos] = await Promise.all([loadLog(), loadPhotos()]);
      this.#release();
      this.log = log;
      this.photos = photos.map((p) => ({ ...p, url: p.blob ? URL.createObjectURL(p.blob) : '' }));
      this.status = 'ready';
    } catch {
      this.status = 'failed';
    }
    this.#host.requestUpdate();
  }

  #release(): void {
    for (const photo of this.photos) if (photo.url) URL.revokeObjectURL(photo.url);
    this.photos = [];
  }

  /** Shows the new log at once and writes it; a failed write is shown, never swallowed. */
  async save(log: WorkLog): Promise<boolean> {
    this.log = log;
    this.#host.requestUpdate();
    try {
      await saveLog(log);
      return true;
    } catch {
      this.status = 'failed';
      this.#host.requestUpdate();
      return false;
    }
  }

  async addPhoto(blob: Blob, taken: string): Promise<boolean> {
    const photo: NoticePhoto = { id: `p${Date.now().toString(36)}`, taken, type: blob.type, blob };
    try {
      await savePhoto(photo);
    } catch {
      return false;
    }
    this.photos = [...this.photos, { ...photo, url: URL.createObjectURL(blob) }];
    this.#host.requestUpdate();
    return true;
  }

  async clear(): Promise<void> {
    await clearEverything();
    this.#release();
    this.log = emptyLog();
    this.#host.requestUpdate();
  }
}
