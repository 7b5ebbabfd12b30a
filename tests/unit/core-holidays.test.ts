import { expect } from '@open-wc/testing';
import {
  dayKind,
  holidayOn,
  isWorkingDay,
  nextWorkingDay,
  parseHolidayCalendar,
  type HolidayCalendar,
} from '../../components/core/holidays.js';
import { DataValidationError } from '../../components/core/validate.js';

const calendar: HolidayCalendar = parseHolidayCalendar(await (await fetch('/content/calendar/holidays.json')).json());

describe('the holiday calendar (State Council notices, 调休 included)', () => {
  it('knows a holiday, a 调休 working Saturday, a weekend and a working day of 2026', () => {
    expect(dayKind(calendar, '2026-10-02')).to.equal('holiday');
    expect(holidayOn(calendar, '2026-10-02')?.name['zh-CN']).to.equal('国庆节');
    expect(dayKind(calendar, '2026-10-10')).to.equal('adjusted-workday');
    expect(isWorkingDay(calendar, '2026-10-10')).to.equal(true);
    expect(dayKind(calendar, '2026-10-11')).to.equal('weekend');
    expect(dayKind(calendar, '2026-10-12')).to.equal('workday');
  });

  it('moves a day off the Spring Festival week to the first working day after it', () => {
    expect(nextWorkingDay(calendar, '2026-02-15')).to.equal('2026-02-24');
    expect(nextWorkingDay(calendar, '2026-02-14')).to.equal('2026-02-14');
    expect(nextWorkingDay(calendar, '2025-10-04')).to.equal('2025-10-09');
  });

  it('counts only weekends in a year without data, and with no calendar at all', () => {
    expect(dayKind(calendar, '2027-10-01')).to.equal('workday');
    expect(nextWorkingDay(calendar, '2027-10-02')).to.equal('2027-10-04');
    expect(nextWorkingDay(null, '2026-10-01')).to.equal('2026-10-01');
  });

  it('rejects a malformed calendar naming every bad field', () => {
    const bad = {
      years: [
        {
          year: 2026,
          source: 'x',
          published: '2025-11-04',
          holidays: [{ name: { 'zh-CN': '春节' }, from: '2026-02-30', to: '2027-01-01' }],
          workdays: ['2026-02-16'],
        },
        { year: 2026, source: '', published: 'soon', holidays: [], workdays: [] },
      ],
    };
    let error: unknown;
    try {
      parseHolidayCalendar(bad);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(DataValidationError);
    const paths = (error as DataValidationError).problems.map((p) => `${p.path}: ${p.message}`);
    expect(paths).to.include.members([
      'years.0.holidays.0.from: must be a real date written YYYY-MM-DD',
      'years.0.holidays.0.to: must be in 2026',
      'years.0.holidays.0.name.en: is missing',
      'years.0.workdays.0: 2026-02-16 is not a Saturday or Sunday',
      'years.1.year: 2026 appears twice',
      'years.1.source: must be a non-empty string',
      'years.1.published: must be a real date written YYYY-MM-DD',
    ]);
  });
});
