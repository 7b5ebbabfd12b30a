import type { Catalogue } from '../../components/core/locale.js';

/** Words of the FAQ pages around the answers; the answers' own labels come from the widget's catalogue. */
const zh = {
  'faq.title': '常见问题',
  'faq.lead': '工人最常问的问题，用大白话回答。点问题看回答。',
  'faq.description': '拖欠工资、工伤、没签合同、包工头跑了，怎么办？每个回答都写明法律依据。',
  'faq.all': '看全部常见问题',
  'faq.hotline': '没找到您的问题？直接打电话问：',
};

export const faqStrings: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'faq.title': 'Your rights: common questions',
    'faq.lead': 'The questions workers ask most, answered in plain words. Tap a question to see the answer.',
    'faq.description':
      'Unpaid wages, work injuries, no contract, a labour contractor who ran off: what to do. Every answer gives its legal basis.',
    'faq.all': 'See all questions',
    'faq.hotline': "Can't find your question? Call and ask:",
  },
};
