import type { LoadedCatalogue } from '../core/locale.js';

/**
 * Messages of <la-work-log> in Chinese, shipped with the widget; English (work-log.strings.en.ts) loads on an
 * English page and is typed against this, so a missing English message fails the build.
 */
export const zh = {
  title: '记工本',
  private: '只存在您的手机里，不会发给任何人。',
  loading: '正在打开记工本…',
  'store.failed': '这个浏览器存不了记工本。请换手机自带的浏览器，或者写在纸上。',
  'day.label': '记哪一天',
  'day.prev': '前一天',
  'day.next': '后一天',
  'status.today': '今天干活了吗？',
  'status.question': '{date}干活了吗？',
  'status.worked': '干了一天',
  'status.half': '干了半天',
  'status.off': '没干',
  'status.saved': '记好了：{date}，{status}。',
  'status.none': '还没记',
  more: '多写几句（可以不写）',
  made: '{date}记的',
  changed: '{date}改的',
  'month.prev': '上个月',
  'month.next': '下个月',
  'summary.heading': '这个月算一算',
  'summary.days': '干活天数',
  'summary.dayCount': '{days}天',
  'summary.due': '应得工资',
  'summary.paid': '已经拿到',
  'summary.owed': '还欠您',
  'summary.noWage': '有{days}天没写工钱：请在“老板/包工头”里写上一天多少钱。',
  'employers.heading': '老板 / 包工头',
  'employers.none': '还没写老板或包工头。',
  'employer.add': '加一个老板或包工头',
  'me.heading': '我自己的名字和电话（给工友名单用，可以不写）',
  'photo.heading': '工地的维权告示牌',
  'photo.why': '工地门口应当有维权信息告示牌，写着老板、包工头和投诉电话。拍下来，以后有用。',
  'photo.take': '拍告示牌',
  'photo.alt': '维权告示牌照片，{date}拍的',
  'photo.failed': '照片没存上，请再拍一次。',
  'deadline.heading': '讨薪的期限',
  'deadline.text': '如果{date}以后就没再干：最晚在{safe}以前申请劳动仲裁。',
  'deadline.add': '加到手机日历',
  'tools.heading': '更多',
  'tools.print': '打印记录',
  'tools.import': '从文件读进来',
  'tools.roster': '工友名单',
  'tools.clear': '退出并清除',
  'file.json': '存成备份文件（换手机用）',
  'file.csv': '存成表格（Excel）',
  back: '返回',
};
export type WorkLogMessages = typeof zh;
export type WorkLogKey = keyof WorkLogMessages;

export const workLogWords: LoadedCatalogue<WorkLogMessages> = { 'zh-CN': zh };
