import { expect } from '@open-wc/testing';
import { calculateClaim } from '../../components/eligibility/engine/index.js';
import { emptyLog, mergeLogs, monthsIn, recordDay, saveEmployer, type WorkLog } from '../../components/work-log/log-model.js';
import { LogFileError, logToCsv, logToJson, readLogFile } from '../../components/work-log/log-file.js';
import { claimFacts, summarise } from '../../components/work-log/summary.js';
import { rosterTotals, workerFromLog } from '../../components/work-log/roster.js';

const T1 = '2026-11-01T20:00:00+08:00';
const T2 = '2026-11-05T21:30:00+08:00';

/** 老张's November: 20 full days and 2 half days for 包工头 王, 300 yuan a day, 1,000 yuan received. */
function november(): WorkLog {
  let log = saveEmployer(
    emptyLog(),
    { id: 'wang', name: '王老板', phone: '13800000000', siteAddress: '中山市火炬区某工地', dailyWage: 300 },
    T1,
  );
  for (let d = 1; d <= 22; d++) {
    const date = `2026-11-${String(d).padStart(2, '0')}`;
    log = recordDay(
      log,
      date,
      { status: d > 20 ? 'half' : 'worked', site: '火炬区工地', employerId: 'wang', ...(d === 10 ? { received: 1000 } : {}) },
      T1,
    );
  }
  return recordDay(log, '2026-11-23', { status: 'off' }, T1);
}

describe('a day once written is never silently rewritten', () => {
  it('keeps the earlier value and the moment each was written', () => {
    let log = recordDay(emptyLog(), '2026-11-03', { status: 'worked', site: 'A' }, T1);
    log = recordDay(log, '2026-11-03', { status: 'half', site: 'A', work: '搬砖' }, T2);
    const [day] = log.days;
    expect(day).to.include({ status: 'half', work: '搬砖', made: T1, changed: T2 });
    expect(day!.earlier).to.deep.equal([{ status: 'worked', site: 'A', at: T1 }]);
  });
  it('saving the same value again changes nothing', () => {
    const log = recordDay(emptyLog(), '2026-11-03', { status: 'worked', site: 'A' }, T1);
    expect(recordDay(log, '2026-11-03', { status: 'worked', site: 'A ', work: '' }, T2)).to.equal(log);
  });
  it("an employer's new phone keeps the old one", () => {
    let log = saveEmployer(emptyLog(), { id: 'w', name: '王', phone: '1' }, T1);
    log = saveEmployer(log, { id: 'w', name: '王', phone: '2' }, T2);
    expect(log.employers[0]).to.include({ phone: '2', changed: T2 });
    expect(log.employers[0]!.earlier).to.deep.equal([{ name: '王', phone: '1', at: T1 }]);
  });
});

describe('the monthly summary fills the claim', () => {
  it('counts days, wage due, paid and owed', () => {
    const sum = summarise(november(), '2026-11');
    expect(sum).to.include({ fullDays: 20, halfDays: 2, daysWorked: 21, wageDue: 6300, paid: 1000, owed: 5300, daysWithoutWage: 0 });
    expect(monthsIn(november())).to.deep.equal(['2026-11']);
  });
  it('gives calculateClaim the same amount owed', () => {
    const facts = claimFacts(summarise(november(), '2026-11'));
    expect(facts).to.deep.equal({ dailyWage: 300, unpaidDays: 21, paidSoFar: 1000, startedWork: '2026-11-01' });
    const claim = calculateClaim(facts, { today: '2026-12-03', region: '442000' });
    expect(claim.items.find((i) => i.id === 'unpaid-wages')?.amount).to.equal(5300);
  });
  it('says how many days have no agreed wage instead of guessing', () => {
    const log = recordDay(emptyLog(), '2026-11-03', { status: 'worked' }, T1);
    expect(summarise(log)).to.include({ daysWorked: 1, wageDue: 0, daysWithoutWage: 1 });
  });
});

describe('export and import', () => {
  it('JSON comes back exactly, history included', () => {
    const log = recordDay(november(), '2026-11-05', { status: 'half', employerId: 'wang', site: '火炬区工地' }, T2);
    expect(readLogFile(logToJson(log))).to.deep.equal(log);
  });
  it('CSV comes back with the same days, history and summary, formula-like text and quotes intact', () => {
    let log = recordDay(
      november(),
      '2026-11-05',
      { status: 'half', employerId: 'wang', site: '火炬区工地', work: '=SUM(A1), "扎钢筋"\n第二行' },
      T2,
    );
    log = recordDay(log, '2026-11-06', { status: 'worked', employerId: 'wang', site: '火炬区工地', hours: 10.5 }, T2);
    const csv = logToCsv(log);
    expect(csv.startsWith('\uFEFFrecord,date,status')).to.equal(true);
    const back = readLogFile(csv);
    // The CSV names the employer, not the id the phone gave him.
    const withoutIds = (days: unknown) => JSON.stringify(days, (key, value: unknown) => (key === 'employerId' ? undefined : value));
    expect(withoutIds(back.days)).to.equal(withoutIds(log.days));
    expect(back.employers[0]).to.include({ name: '王老板', phone: '13800000000', siteAddress: '中山市火炬区某工地', dailyWage: 300 });
    expect(summarise(back)).to.deep.equal(summarise(log));
  });
  it('CSV of days that name no employer keeps the wage of the only one', () => {
    let log = saveEmployer(emptyLog(), { name: '王老板', dailyWage: 300 }, T1);
    log = recordDay(log, '2026-11-02', { status: 'worked' }, T1);
    expect(summarise(readLogFile(logToCsv(log)))).to.include({ daysWorked: 1, wageDue: 300, daysWithoutWage: 0 });
  });
  const bad: [string, string, string][] = [
    ['an empty file', '', 'empty'],
    ['a photo renamed', '\x89PNG\r\n\x1a\n', 'not-a-log'],
    ['broken JSON', '{"format": "legal-aid-kit/work-log", ', 'not-a-log'],
    ["someone else's JSON", '{"name":"package","version":"1.0.0"}', 'not-a-log'],
    ['a log from a newer kit', '{"format":"legal-aid-kit/work-log","version":9,"employers":[],"days":[]}', 'newer-version'],
    ['a spreadsheet of something else', 'name,amount\r\n张三,100\r\n', 'not-a-log'],
  ];
  for (const [what, text, code] of bad) {
    it(`refuses ${what} (${code})`, () => {
      expect(() => readLogFile(text))
        .to.throw(LogFileError)
        .with.property('code', code);
    });
  }
  it('names every fault of a damaged log', () => {
    const log = JSON.parse(logToJson(november())) as { days: Record<string, unknown>[] };
    log.days[0]!['status'] = 'maybe';
    log.days[1]!['date'] = '2026-02-30';
    log.days[2]!['employerId'] = 'nobody';
    try {
      readLogFile(JSON.stringify(log));
      expect.fail('accepted a damaged log');
    } catch (error) {
      expect((error as LogFileError).code).to.equal('invalid');
      expect((error as LogFileError).problems.map((p) => p.path)).to.deep.equal(['days.0.status', 'days.1.date', 'days.2.employerId']);
    }
  });
  it('a CSV row that is neither a day nor its earlier value is refused', () => {
    const csv = logToCsv(november()).replace(/\r\nday,2026-11-02/, '\r\nweek,2026-11-02');
    expect(() => readLogFile(csv))
      .to.throw(LogFileError)
      .with.property('code', 'invalid');
  });
  it('merging keeps what is already here and adds the new days', () => {
    const here = recordDay(emptyLog(), '2026-11-01', { status: 'off' }, T2);
    const { log, added, differing } = mergeLogs(here, november());
    expect(added).to.equal(22);
    expect(differing).to.equal(1);
    expect(log.days[0]).to.include({ date: '2026-11-01', status: 'off' });
    expect(log.days).to.have.length(23);
  });
});

describe('the group roster', () => {
  it('adds up each worker and the group, from logs and typed lines', () => {
    const zhang = { ...november(), worker: { name: '老张', phone: '13900000001' } };
    const totals = rosterTotals({
      workers: [workerFromLog(zhang, '1'), { name: '小王', days: 10, dailyWage: 280, paid: 500, from: 'typed' }],
    });
    expect(totals.workers[0]).to.include({ name: '老张', days: 21, dailyWage: 300, due: 6300, paid: 1000, owed: 5300, from: 'log' });
    expect(totals.workers[1]).to.include({ due: 2800, owed: 2300 });
    expect(totals).to.include({ days: 31, due: 9100, paid: 1500, owed: 7600, first: '2026-11-01', last: '2026-11-22' });
  });
});
