import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit-html';
import { emptyLog, recordDay, saveEmployer, type WorkLog } from './log-model.js';
import { clearEverything, saveLog } from './log-store.js';
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

const holding = (log: WorkLog | null) => [async () => (log ? saveLog(log) : clearEverything())];

export const Empty: StoryObj = { loaders: holding(null), render: () => html`<la-work-log today="2026-11-20"></la-work-log>` };
export const LoggedMonth: StoryObj = { loaders: holding(sample()), render: () => html`<la-work-log today="2026-11-20"></la-work-log>` };
export const LargeText: StoryObj = {
  loaders: holding(sample()),
  render: () => html`<la-work-log today="2026-11-20" large-text></la-work-log>`,
};
export const English: StoryObj = {
  loaders: holding(sample()),
  render: () => html`<div lang="en"><la-work-log today="2026-11-20"></la-work-log></div>`,
};
