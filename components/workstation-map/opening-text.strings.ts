import type { Catalogue } from '../core/locale.js';

/**
 * Words of "open now", in both languages: they load with the code that tells it (card-extras.ts), a moment
 * after the list, and with the checker's plan.
 */
const zh = {
  'open.now': '现在开门，{time}关门',
  'open.today': '现在关门，今天{time}开门',
  'open.tomorrow': '现在关门，明天{time}开门',
  'open.later': '现在关门，{day}{time}开门',
  'open.never': '没有固定开门时间，去之前先打电话',
  'open.soon': '快关门了，{time}关门',
  'open.holiday': '{name}放假，{day}{time}开门',
  'open.closedToday': '今天不接待，{day}{time}开门',
};

export const openingStrings: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'open.now': 'Open now, closes at {time}',
    'open.today': 'Closed now, opens today at {time}',
    'open.tomorrow': 'Closed now, opens tomorrow at {time}',
    'open.later': 'Closed now, opens {day} at {time}',
    'open.never': 'No fixed opening hours: call before you go',
    'open.soon': 'Closing soon, at {time}',
    'open.holiday': 'Closed for {name}; opens {day} at {time}',
    'open.closedToday': 'Closed today; opens {day} at {time}',
  },
};
