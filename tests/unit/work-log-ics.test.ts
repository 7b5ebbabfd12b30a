import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { buildIcs, escapeText, foldLine, type DeadlineEvent } from '../../components/work-log/ics.js';

const event: DeadlineEvent = {
  date: '2027-11-30',
  summary: '申请劳动仲裁的最后安全日期',
  lines: ['请在这一天以前申请劳动仲裁。', '法律援助工作站：中山市东区中山四路88号, 3楼; 窗口\\2', '12348 法律服务热线（免费咨询）'],
  location: '中山市东区中山四路88号',
  alarm: '讨薪：离最后安全日期近了',
  uid: 'deadline-arbitration-20271130@legal-aid-kit',
  now: new Date('2026-12-03T05:06:07Z'),
};

describe('the deadline as a calendar file', () => {
  const text = buildIcs(event);
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;

  it('a standard parser reads the all-day event on the safe date, with UID and DTSTAMP', () => {
    const e = new ICAL.Event(vevent);
    expect(e.uid).to.equal(event.uid);
    expect(e.startDate.toString()).to.equal('2027-11-30');
    expect(e.startDate.isDate).to.equal(true);
    expect(e.endDate.toString()).to.equal('2027-12-01');
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2026-12-03T05:06:07Z');
    expect(e.summary).to.equal(event.summary);
    expect(e.location).to.equal(event.location);
  });

  it('the description comes back word for word: the workstation address and the hotline', () => {
    const description = new ICAL.Event(vevent).description;
    expect(description).to.equal(event.lines.join('\n'));
    expect(description).to.contain('12348');
    expect(description).to.contain('中山四路88号, 3楼; 窗口\\2');
  });

  it('reminds at 09:00 thirty, seven and one day before', () => {
    const start = new ICAL.Event(vevent).startDate;
    const rings = vevent.getAllSubcomponents('valarm').map((alarm) => {
      expect(alarm.getFirstPropertyValue('action')).to.equal('DISPLAY');
      expect(alarm.getFirstPropertyValue('description')).to.equal(event.alarm);
      const at = start.clone();
      at.isDate = false; // from the start of the day, as calendars count an all-day event's triggers
      at.addDuration(alarm.getFirstPropertyValue('trigger') as ICAL.Duration);
      return at.toString();
    });
    expect(rings).to.deep.equal(['2027-10-31T09:00:00', '2027-11-23T09:00:00', '2027-11-29T09:00:00']);
  });

  it('every line is at most 75 octets and ends in CRLF, and no Chinese character is cut', () => {
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.contain('\n');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(text))).to.equal(text);
    const long = foldLine(`DESCRIPTION:${'工'.repeat(60)}`);
    expect(long.split('\r\n ').join('')).to.equal(`DESCRIPTION:${'工'.repeat(60)}`);
  });

  it('escapes what TEXT must escape', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
  });
});
