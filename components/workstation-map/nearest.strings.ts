import type { Catalogue } from '../core/locale.js';

/** Words of "nearest first", in both languages: they load with nearest.ts, only when the worker asks. */
const zh = {
  'near.denied': '没有拿到您的位置。请选您在哪个镇街：',
  'near.timeout': '找位置太慢。请选您在哪个镇街：',
  'near.unsupported': '这个手机不能定位。请选您在哪个镇街：',
  'near.pick': '我在哪个镇街',
  'near.choose': '请选择',
  'near.here': '您的位置',
  'near.sorted': '按离{place}的远近排列，最近的在最前面。',
  'item.distance': '离您约{distance}',
  'item.distanceFrom': '离{place}约{distance}',
};

export const nearestStrings: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'near.denied': 'We could not get your position. Choose your town or district:',
    'near.timeout': 'Finding your position took too long. Choose your town or district:',
    'near.unsupported': 'This phone cannot find its position. Choose your town or district:',
    'near.pick': 'I am in',
    'near.choose': 'Choose',
    'near.here': 'your position',
    'near.sorted': 'Sorted by distance from {place}, nearest first.',
    'item.distance': 'About {distance} from you',
    'item.distanceFrom': 'About {distance} from {place}',
  },
};
