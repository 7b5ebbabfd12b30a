/** Words of the printable record, both languages: they load with it, only when it is opened. */
const zh = {
  title: '记工记录',
  made: '记录日期',
  earlier: '改动前',
  date: '日期',
  status: '干活',
  site: '工地',
  hours: '小时',
  work: '干的活',
  received: '拿到的钱',
  employer: '老板/包工头',
  printed: '打印日期：{date}。每一天都写着哪天记的、哪天改的，改动前的也留着。',
  empty: '还没有记录。',
  worker: '记工人：{name}',
  wage: '日工资{amount}',
  go: '打印',
};
const en: typeof zh = {
  title: 'Work-day record',
  made: 'Written',
  earlier: 'Before the change',
  date: 'Date',
  status: 'Worked',
  site: 'Site',
  hours: 'Hours',
  work: 'Work done',
  received: 'Money received',
  employer: 'Employer / gang boss',
  printed: 'Printed {date}. Each day shows when it was written and changed; earlier values are kept.',
  empty: 'Nothing logged yet.',
  worker: 'Kept by: {name}',
  wage: 'daily wage {amount}',
  go: 'Print',
};
export const printWords = { 'zh-CN': zh, en };
export type PrintKey = keyof typeof zh;
