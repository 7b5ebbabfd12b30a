import type { Catalogue } from '../../components/core/locale.js';

/** Words of the /log/ page itself; the log's own words are the widget's. */
const zh = {
  title: '记工本：把干活的天数记在手机上',
  lead: '讨薪最难的是证明干了多少天。每天点一下，老板不认账时就有记录。只存在您的手机里。',
  paper: '没有手机也可以记在纸上。每天写下：',
  'paper.date': '日期，干了一天还是半天',
  'paper.site': '在哪个工地，干了什么活',
  'paper.boss': '老板或包工头的名字和电话',
  'paper.money': '拿到多少钱，谁给的',
  'paper.board': '工地门口维权告示牌上写的老板、包工头和投诉电话',
  noscript: '打开浏览器的脚本功能，就可以在手机上记工、算欠多少钱、打印记录。',
};

export const logStrings: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    title: 'Work-day log: keep your days worked on your phone',
    lead: 'The hardest part of claiming unpaid wages is proving the days you worked. Tap once a day and you have a record when the employer denies it. Kept on your phone only.',
    paper: 'No phone? Write it on paper. Each day, note:',
    'paper.date': 'the date, and whether you worked all day or half a day',
    'paper.site': 'which site, and what work you did',
    'paper.boss': 'the employer’s or gang boss’s name and phone',
    'paper.money': 'money received, and who paid it',
    'paper.board': 'the employer, gang boss and complaint phone on the rights notice board at the site gate',
    noscript: 'Turn on scripts in your browser to keep the log on your phone, see what you are owed and print the record.',
  },
};
