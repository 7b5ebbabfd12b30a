import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { translator } from '../../components/core/locale.js';
import { DataValidationError } from '../../components/core/validate.js';
import { gridCluster } from '../../components/workstation-map/cluster.js';
import { byDistance, distanceMetres } from '../../components/workstation-map/distance.js';
import { filtersToSearch } from '../../components/workstation-map/filters-url.js';
import { filtersFromSearch, type Filters } from '../../components/workstation-map/filters.js';
import { wgs84ToGcj02 } from '../../components/workstation-map/gcj02.js';
import { parseHolidayCalendar } from '../../components/core/holidays.js';
import { applyFilters, NO_FILTERS } from '../../components/workstation-map/filters.js';
import { openingState } from '../../components/workstation-map/opening-hours.js';
import { matchesText } from '../../components/workstation-map/search.js';
import { navigationLinks } from '../../components/workstation-map/directions.js';
import { openingText } from '../../components/workstation-map/opening-text.js';
import { hoursLines } from '../../components/workstation-map/present.js';
import { tileSource } from '../../components/workstation-map/tiles.js';
import { workstationMapStrings } from '../../components/workstation-map/workstation-map.strings.js';
import { parseWorkstationDirectory } from '../../components/workstation-map/exceptions.js';
import { AGENCY_TYPES, ISSUE_CODES, unmapped, type Schedule } from '../../components/workstation-map/workstations.js';
import { manyWorkstations, rawDirectory, rawWorkstation } from '../fixtures/workstations.js';

const calendar = parseHolidayCalendar(await (await fetch('/content/calendar/holidays.json')).json());
const sampleDirectory = parseWorkstationDirectory(await (await fetch('/content/workstations/zhongshan-sample.json')).json());
const zh = translator(workstationMapStrings, 'zh-CN');
const en = translator(workstationMapStrings, 'en');
const OFFICE: Schedule[] = [
  { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '08:30', closes_at: '12:00' },
  { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '14:30', closes_at: '17:30' },
];
const NIGHT: Schedule[] = [...OFFICE, { freq: 'WEEKLY', byday: 'FR,SA', opens_at: '19:30', closes_at: '00:30' }];
const office = { schedules: OFFICE };
const night = { schedules: NIGHT };
/** An instant written in Shanghai time (UTC+8). 2026-12-04 is a Friday. */
const shanghai = (isoLocal: string) => new Date(`${isoLocal}+08:00`);

describe('open now is worked out in Shanghai time, whatever the phone is set to', () => {
  it('is open on a weekday morning and says when it closes', () => {
    expect(openingState(office, shanghai('2026-12-04T10:00'))).to.deep.equal({ open: true, closesAt: '12:00', soon: false });
    expect(openingText(openingState(office, shanghai('2026-12-04T10:00')), 'zh-CN')).to.equal('现在开门，12:00关门');
  });

  it('is closed at lunch and opens again today', () => {
    const state = openingState(office, shanghai('2026-12-04T12:30'));
    expect(openingText(state, 'zh-CN')).to.equal('现在关门，今天14:30开门');
    expect(openingText(state, 'en')).to.equal('Closed now, opens today at 14:30');
  });

  it('on Saturday says it opens on Monday', () => {
    const state = openingState(office, shanghai('2026-12-05T10:00'));
    expect(state).to.include({ open: false, opensAt: '8:30', inDays: 2, weekday: 1 });
    expect(openingText(state, 'zh-CN')).to.equal('现在关门，周一8:30开门');
  });

  it('after closing on Friday evening says "tomorrow" only when it really opens tomorrow', () => {
    expect(openingText(openingState(office, shanghai('2026-12-03T18:00')), 'zh-CN')).to.equal('现在关门，明天8:30开门');
  });

  it('stays open across midnight for a night slot, and closes at 0:30', () => {
    expect(openingState(night, shanghai('2026-12-04T23:50'))).to.deep.equal({ open: true, closesAt: '0:30', soon: false });
    expect(openingState(night, shanghai('2026-12-05T00:10'))).to.deep.equal({ open: true, closesAt: '0:30', soon: true });
    expect(openingState(night, shanghai('2026-12-05T00:40')).open).to.equal(false);
  });

  it('wraps the week: Saturday night into Sunday morning is still open', () => {
    expect(openingState(night, shanghai('2026-12-06T00:20'))).to.deep.equal({ open: true, closesAt: '0:30', soon: true });
  });

  it('gives the same answer for the same instant written in another time zone', () => {
    // Friday 18:10 in Los Angeles is Saturday 10:10 in Shanghai.
    const fromLosAngeles = new Date('2026-12-04T18:10:00-08:00');
    expect(openingState(office, fromLosAngeles)).to.deep.equal(openingState(office, shanghai('2026-12-05T10:10')));
    expect(openingState(office, fromLosAngeles).open).to.equal(false);
  });

  it('says "closing soon" in the last half hour, before lunch and before the evening', () => {
    expect(openingText(openingState(office, shanghai('2026-12-04T11:29')), 'zh-CN')).to.equal('现在开门，12:00关门');
    expect(openingText(openingState(office, shanghai('2026-12-04T11:30')), 'zh-CN')).to.equal('快关门了，12:00关门');
    expect(openingText(openingState(office, shanghai('2026-12-04T17:10')), 'en')).to.equal('Closing soon, at 17:30');
    expect(openingState(office, shanghai('2026-12-04T17:30')).open).to.equal(false);
  });

  it('says to call first when there are no opening hours', () => {
    expect(openingText(openingState({ schedules: [] }, new Date()), 'zh-CN')).to.contain('先打电话');
  });

  it('writes the week compactly, Monday first', () => {
    expect(hoursLines(OFFICE, zh, 'zh-CN')).to.deep.equal(['周一至周五 8:30–12:00、14:30–17:30']);
    expect(hoursLines(NIGHT, en, 'en')).to.deep.equal([
      'Mon to Thu 8:30–12:00, 14:30–17:30',
      'Fri 8:30–12:00, 14:30–17:30, 19:30–0:30',
      'Sat 19:30–0:30',
    ]);
  });
});

describe('distance', () => {
  it('measures about 40 km from Shiqi to Tanzhou', () => {
    const km = distanceMetres({ lat: 22.5222, lng: 113.3806 }, { lat: 22.265, lng: 113.47 }) / 1000;
    expect(km).to.be.within(29, 31);
  });

  it('orders nearest first and keeps those without coordinates at the end', () => {
    const items = [
      { id: 'far', at: { lat: 22.7, lng: 113.3 } },
      { id: 'none', at: undefined },
      { id: 'near', at: { lat: 22.52, lng: 113.38 } },
      { id: 'middle', at: { lat: 22.6, lng: 113.35 } },
    ];
    const order = byDistance(items, { lat: 22.5222, lng: 113.3806 }, (i) => i.at).map((r) => r.item.id);
    expect(order).to.deep.equal(['near', 'middle', 'far', 'none']);
  });
});

describe('filters live in the URL', () => {
  const districts = ['shiqi', 'tanzhou'];

  it('reads what the checker links to', () => {
    expect(filtersFromSearch('?issue=unpaid-wages&type=union&district=tanzhou&open=1&q=%E5%B7%A5%E4%BC%9A', districts)).to.deep.equal({
      issue: 'unpaid-wages',
      type: 'union',
      district: 'tanzhou',
      open: true,
      q: '工会',
    });
  });

  it('accepts the short form ?issue=wages', () => {
    expect(filtersFromSearch('?issue=wages').issue).to.equal('unpaid-wages');
  });

  it('ignores values it does not know rather than showing an empty list', () => {
    expect(filtersFromSearch('?issue=astrology&type=bank&district=mars&open=yes', districts)).to.deep.equal({
      issue: undefined,
      type: undefined,
      district: undefined,
      open: false,
      q: '',
    });
  });

  it('keeps parameters that are not ours', () => {
    expect(filtersToSearch({ open: true, q: '' }, '?utm=poster&issue=work-injury')).to.equal('?utm=poster&open=1');
  });

  it('round-trips any filter state through the URL', () => {
    const filters = fc.record({
      issue: fc.option(fc.constantFrom(...ISSUE_CODES), { nil: undefined }),
      type: fc.option(fc.constantFrom(...AGENCY_TYPES), { nil: undefined }),
      district: fc.option(fc.constantFrom(...districts), { nil: undefined }),
      open: fc.boolean(),
      q: fc.string({ maxLength: 20 }).map((s) => s.trim()),
    });
    fc.assert(
      fc.property(filters, (f: Filters) => {
        expect(filtersFromSearch(filtersToSearch(f), districts)).to.deep.equal(f);
      }),
    );
  });
});

describe('WGS-84 to GCJ-02 for AMap tiles', () => {
  // Published pairs (wandergis/coordtransform; googollee/eviltransform test cases).
  for (const [name, wgs, gcj] of [
    ['Beijing, Tiananmen', [39.915, 116.404], [39.91640428150164, 116.41024449916938]],
    ['Shanghai', [31.1774276, 121.5272106], [31.17530398364597, 121.531541859215]],
    ['Shenzhen', [22.543847, 113.912316], [22.540796131694766, 113.9171764808363]],
    ['Beijing, west', [39.911954, 116.377817], [39.91334545536069, 116.38404722455657]],
  ] as const) {
    it(`matches the known pair for ${name}`, () => {
      const out = wgs84ToGcj02({ lat: wgs[0], lng: wgs[1] });
      expect(out.lat).to.be.closeTo(gcj[0], 1e-9);
      expect(out.lng).to.be.closeTo(gcj[1], 1e-9);
    });
  }

  it('leaves a point outside China where it is', () => {
    expect(wgs84ToGcj02({ lat: 51.5, lng: -0.12 })).to.deep.equal({ lat: 51.5, lng: -0.12 });
  });
});

describe("open now follows the public-holiday calendar and the workstation's own exceptions", () => {
  it('is closed on 国庆 (a Friday) and says when it opens after the holiday', () => {
    const state = openingState(office, shanghai('2026-10-02T10:00'), calendar);
    expect(state.open).to.equal(false);
    expect(openingText(state, 'zh-CN')).to.equal('国庆节放假，10月8日周四8:30开门');
    expect(openingText(state, 'en')).to.equal('Closed for National Day; opens Thu, Oct 8 at 8:30');
    // Without the calendar the same Friday morning would wrongly read "open".
    expect(openingState(office, shanghai('2026-10-02T10:00')).open).to.equal(true);
  });

  it('is closed all Spring Festival week and opens on the first working day after it', () => {
    const state = openingState(office, shanghai('2026-02-18T09:00'), calendar);
    expect(state).to.include({ open: false, date: '2026-02-24', opensAt: '8:30' });
    expect(openingText(state, 'zh-CN')).to.contain('春节放假');
  });

  it('is open with working-day hours on a 调休 working Saturday, lunch break included', () => {
    // 2026-10-10 is a Saturday worked in exchange for the National Day holiday.
    expect(openingText(openingState(office, shanghai('2026-10-10T09:00'), calendar), 'zh-CN')).to.equal('现在开门，12:00关门');
    expect(openingText(openingState(office, shanghai('2026-10-10T12:30'), calendar), 'zh-CN')).to.equal('现在关门，今天14:30开门');
    expect(openingText(openingState(office, shanghai('2026-10-10T17:05'), calendar), 'zh-CN')).to.equal('快关门了，17:30关门');
    // The Saturday before, an ordinary one, stays closed.
    expect(openingState(office, shanghai('2026-10-17T09:00'), calendar).open).to.equal(false);
  });

  it('on the day before a holiday says it opens after the holiday, not "tomorrow"', () => {
    const state = openingState(office, shanghai('2026-09-30T18:00'), calendar);
    expect(state).to.include({ date: '2026-10-08' });
    expect(openingText(state, 'zh-CN')).to.equal('现在关门，10月8日周四8:30开门');
  });

  it("puts a workstation's own exceptions over the calendar: on duty in 春节, closed on a moving day", () => {
    const hours = {
      schedules: OFFICE,
      exceptions: [
        { valid_from: '2026-02-19', valid_to: '2026-02-20', opens_at: '09:00', closes_at: '12:00' },
        { valid_from: '2026-12-07', valid_to: '2026-12-07' },
      ],
    };
    expect(openingText(openingState(hours, shanghai('2026-02-19T10:00'), calendar), 'zh-CN')).to.equal('现在开门，12:00关门');
    expect(openingState(hours, shanghai('2026-02-19T14:40'), calendar)).to.include({ open: false, date: '2026-02-20', opensAt: '9:00' });
    // Monday 7 December closed: on Saturday the 5th it opens on Tuesday.
    expect(openingState(hours, shanghai('2026-12-05T10:00'), calendar)).to.include({ date: '2026-12-08', weekday: 2 });
  });

  it('filters "open now" with the calendar', () => {
    const parsed = parseWorkstationDirectory(rawDirectory([rawWorkstation('a'), rawWorkstation('b')]));
    const friday = shanghai('2026-10-02T10:00');
    const openNow = (cal: typeof calendar | null) => ({
      isOpen: (ws: (typeof parsed.workstations)[number]) => openingState(ws, friday, cal).open,
      matchesText,
    });
    expect(applyFilters(parsed.workstations, { ...NO_FILTERS, open: true }, openNow(null))).to.have.length(2);
    expect(applyFilters(parsed.workstations, { ...NO_FILTERS, open: true }, openNow(calendar))).to.have.length(0);
  });
});

describe('search finds a place however the worker writes it', () => {
  const parsed = sampleDirectory;
  const ids = (q: string) =>
    applyFilters(parsed.workstations, { ...NO_FILTERS, q }, { isOpen: () => true, matchesText }).map((ws) => ws.id);

  it('finds 小榄 from 「中山市小榄镇」, 「广东省中山市小榄镇」 and 「中山小榄」', () => {
    const xiaolan = ids('小榄');
    expect(xiaolan).to.have.length(2);
    for (const q of ['中山市小榄镇', '广东省中山市小榄镇', '中山小榄', '小榄镇']) expect(ids(q), q).to.deep.equal(xiaolan);
  });

  it('drops 街道 but keeps a two-character name whole (东区 is not 东)', () => {
    expect(ids('东区街道')).to.deep.equal(ids('东区'));
    expect(ids('东区')).not.to.include('justice-dongfeng');
    expect(ids('火星镇')).to.deep.equal([]);
  });
});

describe('grid clustering', () => {
  it('puts 5,000 points into far fewer clusters and loses none', () => {
    const points = Array.from({ length: 5000 }, (_, i) => ({ x: (i * 7919) % 1000, y: (i * 104729) % 800 }));
    const clusters = gridCluster(points, (p) => p, 60);
    expect(clusters.length).to.be.lessThan(400);
    expect(clusters.reduce((n, c) => n + c.members.length, 0)).to.equal(5000);
  });

  it('merges clusters of neighbouring cells, so no two badges overlap', () => {
    // 59 and 61 fall in two cells of 60 px but would draw on top of each other.
    const clusters = gridCluster(
      [
        { x: 59, y: 10 },
        { x: 61, y: 10 },
        { x: 300, y: 10 },
      ],
      (p) => p,
      60,
    );
    expect(clusters.map((c) => c.members.length)).to.deep.equal([2, 1]);
    const many = gridCluster(
      Array.from({ length: 2000 }, (_, i) => ({ x: (i * 7919) % 1000, y: (i * 104729) % 800 })),
      (p) => p,
      60,
    );
    for (const [i, a] of many.entries()) for (const b of many.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.at.least(60);
  });

  it('keeps points far apart as single markers', () => {
    const clusters = gridCluster(
      [
        { x: 0, y: 0 },
        { x: 500, y: 500 },
      ],
      (p) => p,
      60,
    );
    expect(clusters.map((c) => c.members.length)).to.deep.equal([1, 1]);
  });
});

describe('the workstation data format', () => {
  const problemsOf = (raw: unknown) => {
    try {
      parseWorkstationDirectory(raw, 'test');
    } catch (error) {
      return (error as DataValidationError).problems.map((p) => `${p.path}: ${p.message}`);
    }
    return [];
  };

  it('accepts the generated 5,000 workstations and gives back the same shape it read', () => {
    const raw = manyWorkstations(5000);
    const parsed = parseWorkstationDirectory(raw);
    expect(parsed.workstations.length).to.equal(5000);
    expect(parseWorkstationDirectory(JSON.parse(JSON.stringify(parsed)))).to.deep.equal(parsed);
  });

  it('lists a workstation without coordinates as not mappable', () => {
    const parsed = parseWorkstationDirectory(rawDirectory([rawWorkstation('a'), rawWorkstation('b', { location: undefined })]));
    expect(unmapped(parsed).map((ws) => ws.id)).to.deep.equal(['b']);
  });

  it('names coordinates out of range or not a number', () => {
    const problems = problemsOf(
      rawDirectory([
        rawWorkstation('a', { location: { latitude: 122.5, longitude: 113.3 } }),
        rawWorkstation('b', { location: { latitude: 'NaN', longitude: 113.3 } }),
      ]),
    );
    expect(problems).to.deep.equal([
      'workstations.0.location.latitude: must be at most 90',
      'workstations.1.location.latitude: must be a finite number',
    ]);
  });

  it('names a duplicate id', () => {
    expect(problemsOf(rawDirectory([rawWorkstation('a'), rawWorkstation('a')]))).to.deep.equal(['workstations.1.id: "a" is used twice']);
  });

  it('names a malformed schedule and phone', () => {
    const problems = problemsOf(
      rawDirectory([
        rawWorkstation('a', {
          schedules: [{ freq: 'WEEKLY', byday: 'Monday', opens_at: '8:30', closes_at: '25:00' }],
          phones: [{ number: 'call us' }],
        }),
      ]),
    );
    expect(problems).to.include('workstations.0.schedules.0.byday: does not match /^(SU|MO|TU|WE|TH|FR|SA)(,(SU|MO|TU|WE|TH|FR|SA))*$/');
    expect(problems.some((p) => p.startsWith('workstations.0.schedules.0.opens_at'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('workstations.0.schedules.0.closes_at'))).to.equal(true);
    expect(problems.some((p) => p.startsWith('workstations.0.phones.0.number'))).to.equal(true);
  });

  it('names a bad schedule exception: an impossible date, a period that ends before it starts, one time without the other', () => {
    const problems = problemsOf(
      rawDirectory([
        rawWorkstation('a', {
          schedules: [
            { freq: 'WEEKLY', byday: 'MO', opens_at: '08:30', closes_at: '12:00' },
            { valid_from: '2026-02-30', valid_to: '2026-03-01' },
            { valid_from: '2026-10-08', valid_to: '2026-10-01', opens_at: '09:00' },
          ],
        }),
      ]),
    );
    expect(problems).to.include('workstations.0.schedules.1.valid_from: must be a real date written YYYY-MM-DD');
    expect(problems).to.include('workstations.0.schedules.2.valid_to: must not be before valid_from');
    expect(problems).to.include('workstations.0.schedules.2.closes_at: is needed with the other (or give neither: closed)');
  });

  it('reads a closed day and special hours as exceptions, apart from the weekly hours', () => {
    const parsed = parseWorkstationDirectory(
      rawDirectory([
        rawWorkstation('a', {
          schedules: [
            { freq: 'WEEKLY', byday: 'MO', opens_at: '08:30', closes_at: '12:00' },
            { valid_from: '2026-12-07', valid_to: '2026-12-07', description: { 'zh-CN': '搬家', en: 'Moving' } },
            { valid_from: '2026-02-19', valid_to: '2026-02-20', opens_at: '09:00', closes_at: '12:00' },
          ],
        }),
      ]),
    );
    const [ws] = parsed.workstations;
    expect(ws!.schedules).to.have.length(1);
    expect(ws!.exceptions).to.deep.equal([
      { valid_from: '2026-12-07', valid_to: '2026-12-07', description: { 'zh-CN': '搬家', en: 'Moving' } },
      { valid_from: '2026-02-19', valid_to: '2026-02-20', opens_at: '09:00', closes_at: '12:00', description: undefined },
    ]);
  });

  it('names an unknown issue code and district', () => {
    const problems = problemsOf(rawDirectory([rawWorkstation('a', { issues: ['wages'], district: 'mars' })]));
    expect(problems.some((p) => p.startsWith('workstations.0.issues.0: must be one of'))).to.equal(true);
    expect(problems).to.include('workstations.0.district: "mars" is not in the districts list');
  });
});

describe('links and tiles', () => {
  it('navigation links open directions, with the GCJ-02 point each app expects', () => {
    const parsed = parseWorkstationDirectory(rawDirectory([rawWorkstation('a', { location: { latitude: 22.5, longitude: 113.4 } })]));
    const links = navigationLinks(parsed.workstations[0]!, 'zh-CN')!;
    const { lat, lng } = wgs84ToGcj02({ lat: 22.5, lng: 113.4 });
    // The shift in 中山 is a few hundred metres: the WGS-84 point would send a worker to the wrong street.
    expect(distanceMetres({ lat, lng }, { lat: 22.5, lng: 113.4 })).to.be.within(200, 800);
    const amap = new URL(links.amap);
    expect(amap.origin + amap.pathname).to.equal('https://uri.amap.com/navigation');
    expect(amap.searchParams.get('to')).to.match(new RegExp(`^${lng.toFixed(6)},${lat.toFixed(6)},`));
    expect(amap.searchParams.get('coordinate')).to.equal('gaode');
    const tencent = new URL(links.tencent);
    expect(tencent.pathname).to.equal('/uri/v1/routeplan');
    expect(tencent.searchParams.get('tocoord')).to.equal(`${lat.toFixed(6)},${lng.toFixed(6)}`);
    const baidu = new URL(links.baidu);
    expect(baidu.origin + baidu.pathname).to.equal('https://api.map.baidu.com/direction');
    expect(baidu.searchParams.get('destination')).to.match(new RegExp(`^latlng:${lat.toFixed(6)},${lng.toFixed(6)}\\|name:`));
    expect(baidu.searchParams.get('coord_type')).to.equal('gcj02');
    expect(baidu.searchParams.get('mode')).to.equal('transit');
  });

  it('draws no tiles unless configured, and shifts points only for AMap', () => {
    expect(tileSource('none')).to.equal(null);
    expect(tileSource(undefined)).to.equal(null);
    expect(tileSource('tianditu')).to.equal(null);
    const tianditu = tileSource('tianditu', { key: 'k', approval: 'GS(2024)0000号' })!;
    expect(tianditu.datum).to.equal('wgs84');
    expect(tianditu.attribution).to.contain('审图号：GS(2024)0000号');
    expect(tileSource('amap')!.datum).to.equal('gcj02');
    expect(tileSource('https://tiles.example.org/{z}/{x}/{y}.png', { attribution: '© OSM' })!.urls).to.deep.equal([
      'https://tiles.example.org/{z}/{x}/{y}.png',
    ]);
  });
});
