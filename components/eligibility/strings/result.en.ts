import type { result as zh } from './result.zh-CN.js';

/** The result screen in English. */
export const result: Record<keyof typeof zh, string> = {
  'verdict.eligible': 'Yes, you can apply for free legal aid.',
  'verdict.waived': 'Your household income will not be checked.',
  'verdict.no-condition': 'Your income does not matter.',
  'verdict.required': 'Your household income is within the hardship standard.',
  'verdict.means-test': 'You can apply, but your household income will be checked.',
  'verdict.not-eligible':
    'Usually no free lawyer: your household income is above the hardship standard. There are still free ways to get help, below.',
  'verdict.out-of-scope': 'Legal aid does not cover this matter. Below is who can help.',
  'threshold.line': 'Local hardship standard: {amount} per person per month (from {date}).',
  'threshold.none': 'Ask the legal-aid centre for the local hardship standard.',
  'urgent.title': 'Time is short!',
  'urgent.deadline':
    'Only {days} days are left. Apply today: that stops the clock, and you need no lawyer for it. The legal-aid centre may also help before it decides.',
  'urgent.preservation': "The employer's assets must be frozen now. Legal aid can start before the decision.",
  'urgent.first': 'Legal aid can start before the decision.',
  'deadline.calendar': 'Add to my calendar (reminders 30, 7 and 1 day before)',
  'deadline.heading': 'Deadline',
  'deadline.arbitration': 'Last day to apply for labour arbitration',
  'deadline.injury-recognition': 'Last day to apply yourself for work-injury recognition',
  'deadline.left': '{days} days left',
  'deadline.passed': '{days} days ago',
  'reasons.heading': 'Why',
  'reasons.basis': 'Legal basis',
  'A1.in-scope': 'Legal aid covers this matter.',
  'A1.out-of-scope': 'The law does not list this matter for legal aid. Some places add more.',
  'A7.not-a-wage-claim':
    "Project and material payments owed to a labour contractor are not wages. Workers' own wages can be claimed separately.",
  'A4.no-economic-condition': 'Victims of domestic violence, abuse or abandonment have no income check.',
  'A3.check-waived': 'People on dibao, extreme-hardship support, judicial aid or youfu have no income check.',
  'A2.check-waived': 'Migrant workers claiming wages or injury compensation have no income check, and are handled first.',
  'A6.check-applies':
    'Confirming employment for something other than wages or injury compensation usually needs an income check. Places read this differently: apply, and the centre decides.',
  'A5.no-standard-known': 'Each province sets the hardship standard. We do not have the local figure yet.',
  'A5.income-unknown': 'Your household income per person is compared with the local standard.',
  'A5.below-standard': 'Your household income per person is within the local standard.',
  'A5.above-standard': 'Your household income per person is above the local standard.',
  'C1.decision-in-7-days': 'With complete papers, the decision comes within 7 days and a lawyer within 3 more.',
  'C3.urgent-deadline': 'Fewer than 7 days to the deadline: aid can start first.',
  'C3.urgent-preservation': 'Assets must be frozen now: aid can start first.',
  'C4.objection-possible': 'If you are refused, you can object to the justice bureau.',
  'D1.one-year-from-end':
    'Apply for labour arbitration within one year of leaving. A complaint, a written demand or a promise to pay restarts the year.',
  'D2.no-bar-while-employed': 'Wages owed while you still work there have no one-year limit until you leave.',
  'D3.one-year-from-knowing': 'Apply for labour arbitration within one year of learning you were wronged. Asking for it restarts the year.',
  'D4.worker-may-apply':
    'If your employer did not apply within 30 days, you can apply yourself within one year of the injury or of the diagnosis of an occupational disease. Asking for money does not restart this year.',
  'E1.free-arbitration': 'Labour arbitration (a free hearing at the labour arbitration commission) usually ends within 45 days.',
  'E2.final-award':
    'Where each sum you claim is no more than 12 months of the local minimum wage, the award is final for the employer: he cannot drag it through the courts. If you are not satisfied, you can still go to court within 15 days.',
  'E4.sue-on-iou': 'With an IOU you can sue in court directly, or ask the court for a payment order.',
  'F1.double-wages': 'More than a month without a written contract: you can claim double wages (for up to 11 months).',
  'F2.general-contractor-pays': 'When a labour contractor or subcontractor owes wages, the general contractor must pay first.',
  'G1.civil-route':
    "Someone drawing the urban employees' pension who works usually has a service contract: it goes to a civil court, not labour arbitration.",
  'H1.never-a-dead-end': 'You can always get free advice from a lawyer.',
  'note.bring-proof-of-status': 'Remember papers that show you are a migrant worker.',
  'note.region-fallback': 'We have no rules for your area, so this uses the national rules.',
  'note.time-barred-unless-interrupted':
    'By the dates you gave, the deadline has passed. If you asked for the money in between (and can prove it), the employer promised to pay, or wrote an IOU, the time starts again.',
  'note.same-day': 'Local promise: usually accepted and a lawyer assigned the same day.',
  'deadline.civil': 'Last day to go to court (3 years)',
  'A1.may-be-covered':
    'The law does not name this matter, but it may be covered (places can add matters). Call 12348 first, or apply and let the legal-aid centre decide.',
  'A2.proof-needed':
    'Migrant workers claiming wages or injury compensation have no income check once they show papers proving who they are.',
  'A5.standard-may-be-outdated':
    'The local standard was set years ago and may have gone up. Your income is only a little above it: apply, and the legal-aid centre decides.',
  'D1.three-years-civil': 'A court case usually has three years from the day the work ended.',
  'D4.commuting-is-work-injury':
    'A traffic accident on the way to or from work that was not mainly your fault is a work injury. You can apply for recognition yourself within one year.',
  'D5.time-excluded':
    'Time lost for the reason you gave does not count in the year. Apply for recognition today, explain why, and bring the evidence.',
  'D6.year-from-violation-end':
    'Double wages usually have one year from the day the violation ended (a contract signed, the job ended, or a year passed). Apply as early as you can.',
  'D6.month-by-month':
    'Here each month of double wages has its own deadline: the earliest month runs out first. Apply as early as you can.',
  'G2.covered-as-worker': "Drawing the residents' pension does not stop you applying for work-injury recognition.",
  'G2.covered-if-insured':
    "If you draw the urban employees' pension and your employer insured you (for example per project), you can still apply for work-injury recognition.",
  'note.may-be-covered': 'Call 12348 first to ask whether legal aid covers this here.',
  'note.proof-of-status-waives-check':
    'No papers yet? Bring your ID card, household register (hukou), residence permit, or a letter from your village committee. With them there is no income check.',
  'note.confirm-employment-exempt': 'Confirming employment to claim wages or injury compensation has no income check either.',
  'note.ask-what-confirmation-is-for':
    'If you need the employment confirmed to claim wages or injury compensation, there is no income check. Say so when you apply.',
  'note.threshold-may-be-outdated': 'The local standard may have been updated: ask the legal-aid centre for the latest figure.',
  'note.not-eligible-may-still-apply':
    "The legal-aid centre decides. You can still apply and state your household's situation truthfully. Say so if an injury left you disabled or without a fixed income.",
  'note.last-day': 'Today is the last day! Apply today.',
  'note.ask-for-preservation':
    "Ask the legal-aid lawyer to apply to the arbitration commission or court at once to freeze the employer's money and property.",
  'note.injury-year-passed':
    'More than a year has passed since the injury. Time lost because the employer delayed you, because employment was being confirmed, because you were detained, or to events no one could help does not count.',
  'note.apply-anyway-explain-delay': 'Apply for work-injury recognition today, explain why it is late, and bring the evidence.',
  'note.injury-time-excluded': 'By the rules, this lost time does not count in the year.',
  'note.iou-restarts-clock':
    'An IOU written after you left is a promise to pay: the one-year limit starts again from the day it was written.',
  'note.interruption-needs-proof':
    'Asking for money restarts the limit only if you can prove it (chat messages, a recording, a complaint receipt, a witness). The date above does not count that request: it is the safe date to act by.',
  'note.limitation-disputed': 'Places disagree on whether this claim has a one-year limit at all. Do not wait: apply early.',
  'note.act-early': 'Places count this deadline differently: apply as early as you can.',
  'note.apply-anyway-today':
    'Even if the date has passed, do not give up: apply today, explain what happened, and call 12348 to ask what else can be done.',
  'note.ask-local-agency':
    'A local figure used here (such as the minimum wage) is not yet confirmed: the local legal-aid centre has the final word.',
  'note.date-approximate':
    'You remember only the month, so the deadline counts from its first day. Check again once you find the exact day.',
  'note.resident-pension-covered': "Drawing the residents' pension does not affect your application for work-injury recognition.",
  'note.pensioner-injury-insured': 'Your employer insured you: you can apply for work-injury recognition.',
  'note.pensioner-injury-ask':
    'Ask whether your employer paid work-injury insurance for you (often per project). If so, you can apply for recognition.',
  'note.pensioner-injury-civil':
    'Without that insurance you can claim personal-injury damages in court. Apply for recognition first anyway and let the bureau decide.',
  'step.file-arbitration-today':
    'Today, hand in an arbitration application at the labour arbitration commission (free, no lawyer needed). That stops the clock.',
  'step.apply-injury-recognition-today':
    'Today, hand in a work-injury recognition application at the human resources and social security bureau (free, no lawyer needed).',
  'step.get-proof-of-status':
    'First get papers that show you are a migrant worker: ID card, household register, residence permit, or a village committee letter.',
  'steps.heading': 'What to do next',
  'steps.alternatives': 'Other ways to get help',
  'step.apply-legal-aid': 'Apply for legal aid at a legal-aid centre or workstation.',
  'step.call-12348': 'Call 12348 for free legal advice.',
  'step.visit-workstation': 'Go to the nearest legal-aid workstation.',
  'step.labour-inspection-12333': 'Call 12333, or complain about unpaid wages to labour inspection.',
  'step.free-arbitration': 'Apply to the labour arbitration commission. It is free.',
  'step.apply-injury-recognition': 'Apply for work-injury recognition at the human resources and social security bureau.',
  'step.civil-court':
    'Go to court (there is a court fee; people in hardship can ask to pay later, less or nothing). Call 12348 first to ask how.',
  'step.call-110': 'In danger? Call 110 now.',
  'where.heading': 'Where to go',
  'where.map': 'Find the nearest workstation on the map',
  'where.12348': '12348 legal services hotline',
  'where.12333': '12333 labour and social security hotline',
  'where.110': '110 police',
  'papers.link': 'Prepare my papers: the application forms and the arbitration claim, with the amounts worked out, on this phone',
  'bring.heading': 'What to bring',
  'bring.print': 'Print this list',
  'bring.id': 'ID card',
  'bring.status': 'Papers that show you are a migrant worker (household register, site pass)',
  'bring.assistance': 'Your dibao, hardship or similar card',
  'bring.income': 'A household income statement, or sign a personal pledge there',
  'bring.work': 'Proof you worked there: contract, badge, attendance records, photos, chat messages',
  'bring.pay': 'Pay slips, bank transfer records',
  'bring.iou': 'The original IOU',
  'bring.medical': 'Medical records, diagnosis, medical bills',
  'bring.case': 'All papers about the matter',
  'plan.today': 'Do this today',
  'plan.then': 'Then',
  'plan.phones': 'Call for help',
  'plan.why': 'Why (legal basis)',
  'deadline.amber': 'Time is running out: act soon.',
  'deadline.red': 'Time is very short: go today!',
  'deadline.last-day': 'Today is the last day! Go today.',
  'passed.title': 'The deadline has passed, but you can still try:',
  'passed.apply':
    'Apply anyway today. The arbitration commission or the social security bureau decides whether the clock restarts or some time does not count.',
  'preservation.do':
    "What you can do yourself: ask the legal-aid lawyer to apply at once to the arbitration commission or the court for property preservation (freezing the employer's money and goods).",
  'station.heading': 'Go here to apply',
  'station.pick': 'Which town or district are you in?',
  'station.choose': 'Choose',
  'station.locate': 'Use my location to find the nearest',
  'station.asking': 'Finding your location…',
  'station.denied': 'We could not get your location. Choose your town or district.',
  'station.loading': 'Finding workstations…',
  'station.error': 'The list of workstations did not load. Call 12348 to ask where to go.',
  'station.none': 'No workstation nearby handles this matter. Call 12348 to ask where to go.',
  'station.from': 'About {distance} from {place}',
  'station.here': 'you',
  'station.open-now': 'Open now',
  'station.phone': 'Phone: ',
  'station.amap': 'Directions in AMap',
  'station.tencent': 'Directions in Tencent Maps',
  'station.sample': 'Sample data: this address and phone number are not real.',
  'station.union': 'The trade union also gives free legal help: {name}',
  'where.12338': "12338 women's rights hotline",
  'bring.police-receipt': 'The police receipt (报警回执)',
  'bring.injury-record': 'Injury examination record, medical records',
  'bring.warning': 'The written warning (告诫书), if there is one',
  'bring.photos': 'Photos of injuries and broken things, threatening messages',
  'read.start': 'Read it to me',
  'read.stop': 'Stop reading',
  'print.button': 'Print',
  'picture.button': 'Save as a picture',
  'picture.heading': 'Your plan as a picture',
  'picture.hold': 'Press and hold the picture to save it. You can send it in WeChat or show it at the counter.',
  'picture.alt': 'My legal-aid plan (picture): {verdict}',
  'picture.download': 'Download the picture',
  'picture.close': 'Close the picture',
  'picture.blocked': 'This page does not let the picture show. Tap "Download the picture" to save it.',
  'picture.failed': 'The picture could not be made. Take a screenshot of this page instead.',
  'print.title': 'My legal-aid plan',
  'print.made': 'Made on {date}',
  'print.answers': 'My answers',
  'print.again': 'Check again: ',
  'exit.quick': 'Quick exit',
  'note.sue-on-iou': 'With an IOU you can also sue in court directly (a court fee applies; you can ask to defer, reduce or waive it).',
};
