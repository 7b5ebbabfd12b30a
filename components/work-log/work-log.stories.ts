import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit-html';
import { emptyLog, recordDay, saveEmployer, type WorkLog } from './log-model.js';
import { clearEverything, DB_NAME, saveLog } from './log-store.js';
import './work-log.define.js';

const meta: Meta = {
  title: 'Widgets/Work-day log',
  component: 'la-work-log',
  parameters: {
    docs: {
      description: {
        component:
          'The days a worker worked, kept on the phone (IndexedDB, never sent): one tap a day, the employer or 包工头, a month’s figures, the notice-board photo, a printable record, a file to keep, the deadline in the calendar and the crew roster. Each story sets what the phone holds before it renders.',
      },
    },
  },
};
export default meta;

const NOW = '2026-11-20T20:00:00+08:00';
/** Three weeks for 王老板 at 300 yuan a day, two half days, 1,000 yuan received, and one day changed. */
function sample(): WorkLog {
  let log = saveEmployer(
    emptyLog(),
    { id: 'wang', name: '王老板', phone: '13800000000', siteAddress: '中山市火炬区某工地', dailyWage: 300 },
    NOW,
  );
  for (let d = 2; d <= 20; d++) {
    const date = `2026-11-${String(d).padStart(2, '0')}`;
    const status = d % 7 === 0 ? 'off' : d % 9 === 0 ? 'half' : 'worked';
    log = recordDay(log, date, { status, site: '火炬区工地', employerId: 'wang', ...(d === 10 ? { received: 1000 } : {}) }, NOW);
  }
  return recordDay(
    log,
    '2026-11-12',
    { status: 'half', site: '火炬区工地', employerId: 'wang', work: '扎钢筋' },
    '2026-11-13T08:00:00+08:00',
  );
}

/** A connection a story keeps open (Loading): the next story closes it so its own reads can go ahead. */
let held: IDBDatabase | undefined;
const openAt = (version: number) =>
  new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });

/** What the phone holds before the story renders: a log, nothing, or a database the widget cannot open. */
const holding = (log: WorkLog | 'nothing' | 'unreadable' | 'busy') => [
  async () => {
    held?.close();
    held = undefined;
    await clearEverything();
    if (log === 'unreadable')
      (await openAt(99)).close(); // a newer version than the widget knows: it cannot open it
    else if (log === 'busy') {
      // Deleting while a connection is open waits, and so does every read after it: the widget stays loading.
      held = await openAt(1);
      indexedDB.deleteDatabase(DB_NAME);
    } else if (log !== 'nothing') await saveLog(log);
  },
];

const at = (day: string, extra = '') => html`<la-work-log today=${day} ?large-text=${extra === 'large'}></la-work-log>`;
export const Loading: StoryObj = { loaders: holding('busy'), render: () => at('2026-11-20') };
export const Ready: StoryObj = { loaders: holding(sample()), render: () => at('2026-11-20') };
/** The phone's storage cannot be read (private mode in some browsers, a newer database): the log says so. */
export const LoadError: StoryObj = { loaders: holding('unreadable'), render: () => at('2026-11-20') };
export const Empty: StoryObj = { loaders: holding('nothing'), render: () => at('2026-11-20') };
export const LargeText: StoryObj = { loaders: holding(sample()), render: () => at('2026-11-20', 'large') };
export const English: StoryObj = {
  loaders: holding(sample()),
  render: () => html`<div lang="en">${at('2026-11-20')}</div>`,
};
