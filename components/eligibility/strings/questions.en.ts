import { coreEn } from '../../core/core.strings.en.js';
import type { questions as zh } from './questions.zh-CN.js';

/** The questions in English, as plain as the Chinese. Loaded only on English pages. */
export const questions: Record<keyof typeof zh, string> = {
  // The core's error and hotline words, which the checker shows through its message parts.
  ...coreEn,
  title: 'Can I get free legal aid?',
  progress: 'Question {n}, about {left} more',
  progressLast: 'Question {n}',
  read: 'Read it to me',
  readStop: 'Stop reading',
  continue: 'Continue',
  back: 'Back',
  'q.matter': 'What has happened to you?',
  'opt.unpaid-wages': 'My employer owes me wages',
  'opt.work-injury': 'I was hurt at work',
  'opt.confirm-employment': 'My employer denies I worked there',
  'opt.social-insurance': 'Social insurance (pension, medical, work-injury insurance)',
  'opt.double-wages': 'No written contract: I want double wages',
  'opt.project-payment': 'I am a labour contractor owed project or material payments',
  'opt.traffic-accident': 'A traffic accident',
  'opt.domestic-violence': 'Domestic violence, abuse or abandonment',
  'opt.other': 'Something else',
  'q.otherMatter': 'What kind of matter is it?',
  'opt.otherMatter.other': 'None of these: something else',
  'opt.family-support': 'Support from family (for parents, children or a spouse)',
  'opt.medical-accident': 'A medical accident, or harm from food or medicine',
  'opt.state-compensation': 'Compensation from the state',
  'opt.dismissal': 'My employer dismissed me',
  'opt.overtime-pay': 'I am not paid for overtime',
  'error.choose': 'Choose one answer.',
  'privacy.keep': 'Keep my answers on this phone',
  'privacy.note': 'Your answers stay on this phone. Nothing is sent.',
  'privacy.exit': 'Exit and clear',
  'privacy.cleared': 'Your answers have been cleared.',
  restart: 'Start again',
};
