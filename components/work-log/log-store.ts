import { emptyLog, type NoticePhoto, type WorkLog } from './log-model.js';
import type { Roster } from './roster.js';

/**
 * The log kept on the phone, in IndexedDB: never sent anywhere. One database per kit, three stores: the
 * log itself, the notice-board photos (as Blobs, so a picture is not copied into the log file), and the
 * roster the spokesman is compiling. "Exit and clear" deletes the whole database.
 */

export const DB_NAME = 'legal-aid-kit-work-log';
const STORES = ['log', 'photos', 'roster'] as const;
type Store = (typeof STORES)[number];

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

function open(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, 1);
  request.onupgradeneeded = () => {
    for (const name of STORES) if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name);
  };
  return done(request);
}

async function run<T>(store: Store, mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    const tx = db.transaction(store, mode);
    const result = await done(act(tx.objectStore(store)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
    return result;
  } finally {
    db.close();
  }
}

export const loadLog = async (): Promise<WorkLog> =>
  ((await run('log', 'readonly', (s) => s.get('log'))) as WorkLog | undefined) ?? emptyLog();
export const saveLog = (log: WorkLog): Promise<unknown> => run('log', 'readwrite', (s) => s.put(log, 'log'));

export const loadPhotos = async (): Promise<NoticePhoto[]> => (await run('photos', 'readonly', (s) => s.getAll())) as NoticePhoto[];
export const savePhoto = (photo: NoticePhoto): Promise<unknown> => run('photos', 'readwrite', (s) => s.put(photo, photo.id));
export const deletePhoto = (id: string): Promise<unknown> => run('photos', 'readwrite', (s) => s.delete(id));

export const loadRoster = async (): Promise<Roster | undefined> =>
  (await run('roster', 'readonly', (s) => s.get('roster'))) as Roster | undefined;
export const saveRoster = (roster: Roster): Promise<unknown> => run('roster', 'readwrite', (s) => s.put(roster, 'roster'));

/** Removes everything the log ever stored on this phone. */
export function clearEverything(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('could not delete the log'));
    // Another tab holding the database open: the deletion waits for it and completes when it closes.
    request.onblocked = () => undefined;
  });
}
