import type { Catalogue } from '../core/locale.js';

/**
 * Words the cards get a moment after the list shows, in both languages: a workstation's own changes to its
 * hours, the directions links and "address copied". They load with card-extras.ts; the server page imports
 * them at build time.
 */
const zh = {
  'change.range': '{from}至{to}',
  'change.closed': '{days}不接待',
  'change.hours': '{days}只在{hours}开门',
  'change.why': '{text}（{why}）',
  'change.unreadable': '还有临时变动没能读出来，去之前先打电话问',
  'item.amap': '高德地图导航',
  'item.tencent': '腾讯地图导航',
  'item.baidu': '百度地图导航',
  'item.copied': '地址已复制',
  'item.copyFailed': '没有复制成功，请长按地址复制',
};

export type CardExtrasKey = keyof typeof zh;

export const cardExtrasStrings: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'change.range': '{from} to {to}',
    'change.closed': '{days}: closed',
    'change.hours': '{days}: open {hours} only',
    'change.why': '{text} ({why})',
    'change.unreadable': 'Some changes to the hours could not be read: call before you go',
    'item.amap': 'Directions in AMap',
    'item.tencent': 'Directions in Tencent Maps',
    'item.baidu': 'Directions in Baidu Maps',
    'item.copied': 'Address copied',
    'item.copyFailed': 'Could not copy: press and hold the address to copy it',
  },
};
