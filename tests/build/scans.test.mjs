// `npm run scans`: poster scans counted from real-looking access logs of the hosts a bureau uses (nginx,
// Aliyun OSS, Tencent COS and CDN, Qiniu CDN), per campaign and place by ISO week, with no IP address kept.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { placeCode } from '../../src/lib/place-code.ts';
import { countScans, isoWeek, parseLine, shortLinkOf, toCsv } from '../../scripts/measure/scans/parse.mjs';

const LOGS = 'tests/fixtures/logs';
const read = (name) => fs.readFileSync(path.join(LOGS, name), 'utf8').split('\n');
const campaigns = fs
  .readdirSync('content/campaigns')
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .map((name) => ({
    ...JSON.parse(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.join('content/campaigns', name), 'utf8'))[1]),
    id: path.basename(name, '.md'),
  }));
const table = (rows) => rows.map((r) => `${r.week} ${r.code} ${r.scans}`);
const IP = /\b(?:\d{1,3}\.){3}\d{1,3}\b|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,}/i;

describe('reading each host format', () => {
  const first = (name) => parseLine(read(name).find((line) => line.includes('/Q/') || line.includes('/q/')));
  it('nginx combined: time with its offset, request, status, agent', () => {
    const r = first('nginx-combined.log');
    assert.equal(r.time.toISOString(), '2026-12-07T23:55:12.000Z');
    assert.deepEqual([r.method, r.target, r.status], ['GET', '/Q/SITE1', 200]);
    assert.match(r.agent, /MicroMessenger/);
  });
  it('Aliyun OSS: its extra quoted fields do not confuse the request or the agent', () => {
    const r = first('aliyun-oss.log');
    assert.deepEqual([r.method, r.target, r.status], ['GET', '/Q/SITE2/', 200]);
    assert.match(r.agent, /iPhone/);
  });
  it('Tencent COS: UTC eventTime, the path and status as fields', () => {
    const r = first('tencent-cos.log');
    assert.equal(r.time.toISOString(), '2026-12-11T03:15:02.000Z');
    assert.deepEqual([r.method, r.target, r.status], ['GET', '/Q/STN1/index.html', 200]);
  });
  it('Tencent CDN: Beijing time, a 3-digit response size is not taken for the status', () => {
    const lines = read('tencent-cdn.log');
    assert.equal(parseLine(lines[0]).time.toISOString(), '2026-12-12T01:30:00.000Z');
    assert.equal(parseLine(lines[1]).status, 304);
  });
  it('Qiniu CDN: the whole URL in the request', () => {
    const r = first('qiniu-cdn.log');
    assert.equal(r.target, 'http://legal-aid.example.org/Q/SITE1?KTM2');
  });
  it('a line in no known format is unreadable, not a scan', () => {
    assert.equal(parseLine('this line was cut off by a log rotati'), null);
    assert.equal(parseLine(''), null);
  });
});

describe('which requests are scans', () => {
  it('short links in any case, with a trailing slash or index.html, and a place code after "?"', () => {
    assert.deepEqual(shortLinkOf('/q/site1'), { code: 'SITE1', place: null });
    assert.deepEqual(shortLinkOf('/Q/SITE1/index.html'), { code: 'SITE1', place: null });
    assert.deepEqual(shortLinkOf('https://legal-aid.example.org/Q/SITE1?ktm2'), { code: 'SITE1', place: 'KTM2' });
    // O typed for 0, and a parameter that is not a place code, are read sensibly.
    assert.deepEqual(shortLinkOf('/Q/SITE1?Y0K1'), shortLinkOf('/Q/SITE1?yok1'));
    assert.deepEqual(shortLinkOf('/Q/SITE1?from=timeline'), { code: 'SITE1', place: null });
    assert.equal(shortLinkOf('/faq/'), null);
    assert.equal(shortLinkOf('/Q/SITE1/other.js'), null);
  });
  it('ISO weeks in Beijing time, across a year end', () => {
    assert.equal(isoWeek(new Date('2026-12-13T15:59:59Z')), '2026-W50');
    assert.equal(isoWeek(new Date('2026-12-13T16:00:00Z')), '2026-W51');
    assert.equal(isoWeek(new Date('2027-01-01T02:00:00Z')), '2026-W53');
  });
});

describe('counting', () => {
  it('nginx: one scan per phone, not its reload, redirect, robots, link previews, HEAD, errors or other pages', () => {
    const { rows, skipped } = countScans(read('nginx-combined.log'), campaigns);
    // By week, then campaign (chunnuan-building-sites, railway-station, spring-job-fair), then code.
    assert.deepEqual(table(rows), [
      '2026-W50 SITE1 2',
      '2026-W50 SITE1?KTM2 1',
      '2026-W50 SITE2 1',
      '2026-W50 FAIR1 1',
      '2026-W51 STN1 1',
      '2026-W51 STN2 1',
    ]);
    assert.deepEqual(skipped, { unreadable: 1, notScan: 3, notServed: 2, robot: 2, reload: 1, unknownCode: 0 });
    assert.equal(rows.find((r) => r.code === 'SITE1').place, '火炬开发区工地（示例）');
    assert.equal(rows.find((r) => r.code === 'SITE1').campaign, 'chunnuan-building-sites');
  });

  it('all five formats together add up, and --place names a poster made in the browser', () => {
    const lines = ['nginx-combined.log', 'aliyun-oss.log', 'tencent-cos.log', 'qiniu-cdn.log', 'tencent-cdn.log'].flatMap(read);
    const { rows } = countScans(lines, campaigns, new Map([[placeCode('火炬开发区某工地'), '火炬开发区某工地']]));
    assert.deepEqual(table(rows), [
      '2026-W50 SITE1 2',
      '2026-W50 SITE1?KTM2 3',
      '2026-W50 SITE2 2',
      '2026-W50 STN1 1',
      '2026-W50 STN2 1',
      '2026-W50 FAIR1 4',
      '2026-W51 STN1 1',
      '2026-W51 STN2 1',
    ]);
    assert.equal(rows.find((r) => r.code === 'SITE1?KTM2').place, '火炬开发区某工地');
  });

  it('CSV opens in Excel and WPS (byte-order mark) and quotes what needs it', () => {
    const csv = toCsv([{ week: '2026-W50', campaign: 'a', code: 'SITE1', place: '东区, "北门"', scans: 3 }]);
    assert.ok(csv.startsWith('\uFEFFweek,campaign,code,place,scans\n'));
    assert.match(csv, /2026-W50,a,SITE1,"东区, ""北门""",3\n$/);
  });
});

describe('npm run scans', () => {
  it('prints a table and CSV per campaign and place by week, and no IP address or time of day', () => {
    const out = execFileSync(
      process.execPath,
      ['scripts/measure/scans.mjs', ...fs.readdirSync(LOGS).map((f) => path.join(LOGS, f)), '--place', '火炬开发区某工地'],
      { encoding: 'utf8' },
    );
    assert.match(out, /week\s+campaign\s+code\s+place\s+scans/);
    assert.match(out, /2026-W50\s+chunnuan-building-sites\s+SITE1\?KTM2\s+火炬开发区某工地\s+3/);
    assert.match(out, /2026-W50,railway-station,STN1,中山站进站口（示例）,1/);
    assert.match(out, /15 scans\. Left out: 1 reloads within 30 minutes, 2 robots and link previews, 4 redirects or errors/);
    assert.doesNotMatch(out, IP);
    assert.doesNotMatch(out, /\d{2}:\d{2}:\d{2}/);
  });

  it('reads gzipped logs and writes the CSV to a file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'la-scans-'));
    try {
      const gz = path.join(dir, 'access.log.1.gz');
      fs.writeFileSync(gz, gzipSync(fs.readFileSync(path.join(LOGS, 'qiniu-cdn.log'))));
      const csv = path.join(dir, 'scans.csv');
      const out = execFileSync(process.execPath, ['scripts/measure/scans.mjs', gz, '--csv', csv], { encoding: 'utf8' });
      assert.match(out, /2 scans/);
      assert.match(fs.readFileSync(csv, 'utf8'), /2026-W50,spring-job-fair,FAIR1,/);
      assert.doesNotMatch(fs.readFileSync(csv, 'utf8'), IP);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says what is wrong when a log file is missing', () => {
    assert.throws(
      () => execFileSync(process.execPath, ['scripts/measure/scans.mjs', 'no-such.log'], { encoding: 'utf8', stdio: 'pipe' }),
      (error) => /no-such\.log: no such file/.test(error.stderr),
    );
  });
});
