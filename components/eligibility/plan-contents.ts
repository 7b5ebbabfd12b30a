import type { Assessment, Deadline } from './engine/types.js';
import type { CheckerKey } from './eligibility-checker.strings.js';
import type { ResultHost } from './plan-host.js';
import type { PartialAnswers } from './question-flow.js';

/**
 * What the plan says for a case, apart from how it looks: what to bring, which phones, the steps, how
 * urgent the deadline is, the verdict in one sentence. Shared by the screen, reading aloud and the picture.
 */

export const LABOUR = [
  'unpaid-wages',
  'double-wages',
  'confirm-employment',
  'social-insurance',
  'work-injury',
  'overtime-pay',
  'dismissal',
];
/** 12333 answers about wages and social insurance, not about an injury. */
const HR_HOTLINE = ['unpaid-wages', 'double-wages', 'social-insurance', 'overtime-pay'];
/** Notes that say what can still be done once the deadline has passed: shown in that box. */
export const PASSED_NOTES = [
  'apply-anyway-today',
  'apply-anyway-explain-delay',
  'injury-year-passed',
  'time-barred-unless-interrupted',
  'injury-time-excluded',
  'interruption-needs-proof',
  'limitation-disputed',
];
/** Notes the plan says in its own boxes: the last day in the clock, preservation in the urgent box. */
export const SHOWN_NOTES = ['last-day', 'ask-for-preservation'];
/** Steps that are a phone call: the "today" box gives the number to tap. */
export const CALLS: Record<string, string> = { 'call-110': '110', 'call-12348': '12348' };
/** Steps the plan shows elsewhere: the workstation card and the phones. */
const SHOWN_ELSEWHERE = ['visit-workstation', 'call-12348', 'call-110'];

/** What to bring to the window, as message keys, for this case. */
export function checklist(answers: PartialAnswers, result: Assessment): CheckerKey[] {
  const keys: CheckerKey[] = ['bring.id'];
  const has = (rule: string) => result.reasons.some((r) => r.rule === rule);
  const labour = LABOUR.includes(answers.matter ?? '');
  if (has('A2')) keys.push('bring.status');
  if (has('A3')) keys.push('bring.assistance');
  if (result.economicCheck === 'required' && result.legalAid !== 'out-of-scope') keys.push('bring.income');
  if (answers.matter === 'domestic-violence') keys.push('bring.police-receipt', 'bring.injury-record', 'bring.warning', 'bring.photos');
  if (labour) keys.push('bring.work');
  if (answers.matter === 'unpaid-wages' || answers.matter === 'double-wages') keys.push('bring.pay');
  if (answers.hasIou) keys.push('bring.iou');
  if (answers.matter === 'work-injury' || answers.matter === 'traffic-accident') keys.push('bring.medical');
  if (!labour && answers.matter !== 'domestic-violence') keys.push('bring.case');
  return keys;
}

/** The workstation map filtered by the worker's issue (the matter is the shared issue code). */
export function mapLink(mapHref: string | null, answers: PartialAnswers): string | null {
  if (!mapHref) return null;
  return `${mapHref}${mapHref.includes('?') ? '&' : '?'}issue=${encodeURIComponent(answers.matter ?? 'other')}`;
}

/** The hotlines for this matter: 110 and 12338 for domestic violence, 12333 only for wages and social insurance. */
export function hotlines(answers: PartialAnswers, result: Assessment): { number: string; key: CheckerKey }[] {
  const lines: { number: string; key: CheckerKey }[] = [];
  if (result.nextSteps.includes('call-110')) lines.push({ number: '110', key: 'where.110' });
  if (answers.matter === 'domestic-violence') lines.push({ number: '12338', key: 'where.12338' });
  lines.push({ number: '12348', key: 'where.12348' });
  if (HR_HOTLINE.includes(answers.matter ?? '')) lines.push({ number: '12333', key: 'where.12333' });
  return lines;
}

/** The one thing to do today, and the rest of the steps without it and without what the plan shows elsewhere. */
export function planSteps(result: Assessment): { today: string | undefined; then: string[] } {
  const [today, ...rest] = result.nextSteps;
  return { today, then: rest.filter((step) => !SHOWN_ELSEWHERE.includes(step) && step !== today) };
}

export type DeadlineLevel = 'passed' | 'last-day' | 'red' | 'amber' | 'calm';
export function deadlineLevel(deadline: Deadline): DeadlineLevel {
  const days = deadline.daysLeft;
  return days < 0 ? 'passed' : days === 0 ? 'last-day' : days < 7 ? 'red' : days < 30 ? 'amber' : 'calm';
}

export function verdict(host: ResultHost, result: Assessment): string {
  if (result.legalAid !== 'eligible') return host.t(`verdict.${result.legalAid}`);
  return `${host.t('verdict.eligible')}${host.locale === 'en' ? ' ' : ''}${host.t(`verdict.${result.economicCheck}`)}`;
}

export const ALERT: Partial<Record<DeadlineLevel, CheckerKey>> = {
  'last-day': 'deadline.last-day',
  red: 'deadline.red',
  amber: 'deadline.amber',
};

export function deadlineLines(host: ResultHost, deadline: Deadline): string[] {
  const level = deadlineLevel(deadline);
  const days = host.number(Math.abs(deadline.daysLeft));
  const alert = ALERT[level];
  return [
    ...(alert ? [host.t(alert)] : []),
    host.t(`deadline.${deadline.kind}`),
    host.date(deadline.date),
    ...(level === 'last-day' ? [] : [host.t(level === 'passed' ? 'deadline.passed' : 'deadline.left', { days })]),
  ];
}
