import { interpolate, type LoadedCatalogue, type Locale, type Messages } from './locale.js';

/**
 * Messages every widget shares: loading, errors and the hotline. The English ones (core.strings.en.ts)
 * travel with each widget's English words, so a phone showing Chinese never downloads them.
 */
const zh = {
  'status.loading': '正在读取信息…',
  'error.title': '信息暂时打不开',
  'error.network': '网络不通，信息没有读出来。',
  'error.timeout': '网络太慢，等了很久也没有读出来。',
  'error.http': '服务器没有给出信息（错误代码 {status}）。',
  'error.invalid-json': '收到的信息格式不对。',
  'error.invalid-data': '收到的信息有错误。',
  'error.missing': '这里还没有要显示的信息。',
  'error.retry': '再试一次',
  'hotline.lead': '您可以直接打电话问：',
  'hotline.name': '12348 法律服务热线（免费咨询）',
};

export type CoreMessageKey = keyof typeof zh;

/**
 * A message from a component's catalogue in `locale`; Chinese, the component's then the core's, fills any gap.
 * A widget whose Chinese loads lazily too (the map) has none until it is here.
 */
export function message(own: LoadedCatalogue<Messages>, locale: Locale, key: string, values?: Record<string, string | number>): string {
  const template = (own[locale] as Messages | undefined)?.[key] ?? own['zh-CN']?.[key] ?? (zh as Messages)[key] ?? key;
  return interpolate(template, values);
}
