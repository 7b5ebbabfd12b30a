import { expect } from '@open-wc/testing';
import { calculateClaim, parseRulePack, type RulePack } from '../../components/eligibility/engine/index.js';
import type { CaseFacts, EconomicCheck } from '../../components/case-file/case-facts.js';
import { birthDateOf, genderOf, isValidIdNumber, normaliseIdNumber } from '../../components/case-file/id-number.js';
import { buildPapers, paperText, type Paper } from '../../components/case-file/papers/index.js';
import { BLANK } from '../../components/case-file/papers/model.js';

const TODAY = '2026-11-29';
const packs: RulePack[] = await Promise.all(
  ['000000', '440000', '442000'].map(async (r) => parseRulePack(await (await fetch(`/content/rules/${r}.json`)).json())),
);
const zhongshan = packs.find((p) => p.region === '442000')!;

/** A real-shaped ID number (check digit computed): born 1972-05-08, a man. */
const ID = '110105197205081234';
const validId = (() => {
  const body = ID.slice(0, 17);
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((t, w, i) => t + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
})();

/** 老张: a steel fixer owed two months at 6,000 yuan who quit over it after 3 years 7 months. */
const laoZhang: CaseFacts = {
  matter: 'unpaid-wages',
  worker: {
    name: '张建国',
    gender: 'male',
    birthDate: '1972-05-08',
    ethnicity: '汉',
    idNumber: validId,
    phone: '13800000000',
    address: '中山市石岐区某某路1号',
  },
  respondents: [
    { role: 'gang-boss', name: '李大海', phone: '13900000000', address: '中山市东区某某工地' },
    { role: 'general-contractor', name: '某某建设集团有限公司', address: '中山市东区某某大道8号', head: '王某' },
  ],
  work: { job: '钢筋工', site: '中山市东区某某工地' },
  claim: {
    monthlyWage: 6000,
    unpaidMonths: 2,
    startedWork: '2022-12-01',
    employmentEnded: '2026-07-01',
    writtenContract: true,
    endReason: 'resigned-unpaid-wages',
  },
  evidence: ['id-card', 'iou', 'chat-records'],
};

/** 王姐: grade 9 at 5,000 yuan a month, three months off work, still employed. */
const wangJie: CaseFacts = {
  matter: 'work-injury',
  worker: { name: '王秀英', gender: 'female', phone: '13700000000', address: '中山市小榄镇某某村' },
  respondents: [{ role: 'employer', name: '中山市某某五金厂', address: '中山市小榄镇某某路', head: '陈某', phone: '0760-00000000' }],
  work: { job: '冲压工' },
  claim: { startedWork: '2024-03', endReason: 'still-employed', injury: { grade: 9, monthlyWage: 5000, stoppedWorkMonths: 3 } },
  injury: {
    date: '2026-02-10',
    place: '车间冲床旁',
    how: '冲床压伤右手',
    bodyPart: '右手',
    hospital: '中山市人民医院',
    diagnosis: '右手食指骨折',
  },
  evidence: ['id-card', 'medical-records'],
};

function papers(facts: CaseFacts, economicCheck: EconomicCheck = 'waived', authorities = zhongshan.authorities ?? {}): Paper[] {
  const claim = calculateClaim(facts.claim ?? {}, { today: TODAY, region: '442000', packs });
  return buildPapers({ facts, claim, today: TODAY, economicCheck, authorities });
}
const text = (paper: Paper) => paperText(paper).join('\n');

describe('the papers of a worker owed wages', () => {
  const set = papers(laoZhang);
  const arbitration = set.filter((p) => p.id === 'arbitration-application');

  it('are the legal-aid form, the arbitration application (original and a copy per respondent) and the evidence list', () => {
    expect(set.map((p) => p.id)).to.deep.equal([
      'legal-aid-application',
      'arbitration-application',
      'arbitration-application',
      'arbitration-application',
      'evidence-list',
    ]);
    expect(arbitration.map((p) => p.copy)).to.deep.equal(['正本', '副本（送被申请人李大海）', '副本（送被申请人某某建设集团有限公司）']);
  });

  it('claims item by item: 2 months at 6,000 is 12,000 yuan, 3 years 7 months of severance is 24,000 yuan, 36,000 in all', () => {
    const paper = text(arbitration[0]!);
    expect(paper).to.contain(
      '1. 请求裁决被申请人支付申请人拖欠的工资12,000元（计算：月工资6,000×2个月；依据：《中华人民共和国劳动合同法》第三十条第一款）；',
    );
    expect(paper).to.contain(
      '2. 请求裁决被申请人支付申请人经济补偿24,000元（计算：月工资6,000×4年（满6个月算1年，不满6个月算半年）；依据：《中华人民共和国劳动合同法》第四十六条第（一）项、《中华人民共和国劳动合同法》第四十七条）；',
    );
    expect(paper).to.contain('以上合计36,000元。');
  });

  it('names the parties as 调解仲裁法 28 lists them, and is addressed to the region’s commission from the data', () => {
    const paper = text(arbitration[0]!);
    expect(paper).to.contain(
      `申请人：张建国，男，1972年5月8日出生，汉族，身份证号码：${validId}，住址：中山市石岐区某某路1号，联系电话：13800000000。`,
    );
    expect(paper).to.contain('被申请人一（包工头）：李大海');
    expect(paper).to.contain('被申请人二（总承包单位）：某某建设集团有限公司，住所：中山市东区某某大道8号，法定代表人（主要负责人）：王某');
    expect(paper).to.contain('此致\n中山市劳动人事争议仲裁委员会');
    expect(paper).to.contain(
      '被申请人某某建设集团有限公司是本工程的总承包单位，依法对拖欠的工资先行清偿（《保障农民工工资支付条例》第三十条）。',
    );
    expect(paper).to.contain('附：本申请书副本2份');
    expect(paper).to.contain('1. 身份证，来源：申请人本人。\n2. 工资欠条，来源：被申请人出具。');
  });

  it('states the 42(3) exemption on the legal-aid form when the check waived it', () => {
    const form = text(set[0]!);
    expect(form).to.contain('免予核查经济困难状况');
    expect(form).to.contain('《中华人民共和国法律援助法》第四十二条第（三）项');
    expect(form).not.to.contain('诚信承诺');
    expect(form).to.contain('请求金额（初步计算）：36,000元');
  });

  it('shows a wage paid by the day and what was paid, and leaves out the terms that are zero', () => {
    const paper = text(papers({ ...laoZhang, claim: { dailyWage: 300, unpaidDays: 20, paidSoFar: 1000 } })[1]!);
    expect(paper).to.contain('拖欠的工资5,000元（计算：日工资300×20天－已付1,000；');
  });

  it('asks for the 41 pledge instead when the economic check applies, with his household income', () => {
    const form = text(papers({ ...laoZhang, householdIncomePerCapita: 2100 }, 'required')[0]!);
    expect(form).to.contain('经济困难状况个人诚信承诺');
    expect(form).to.contain('《中华人民共和国法律援助法》第四十一条');
    expect(form).to.contain('人均月收入约2,100元');
    expect(form).not.to.contain('免予核查');
  });

  it('lists the evidence he has in a table and what to get, and where', () => {
    const list = set.find((p) => p.id === 'evidence-list')!;
    const table = list.blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows.map((r) => r[1])).to.deep.equal(['身份证', '工资欠条', '微信聊天或通话录音']);
    expect(text(list)).to.contain('工资条、银行流水或转账记录：带身份证到银行柜台打印流水');
  });

  it('ends every paper with the line that it was made from his answers and must be checked at the workstation', () => {
    for (const paper of set) expect(paperText(paper).at(-1)).to.contain('须在法律援助工作站核对');
  });
});

describe('the papers of an injured worker', () => {
  const set = papers(wangJie);

  it('add the 工伤认定申请 facts sheet with the materials of 工伤保险条例 18, addressed to the region’s department', () => {
    expect(set.map((p) => p.id)).to.deep.equal([
      'legal-aid-application',
      'arbitration-application',
      'arbitration-application',
      'evidence-list',
      'injury-recognition',
    ]);
    const sheet = text(set.at(-1)!);
    expect(sheet).to.contain('事故时间：2026年2月10日');
    expect(sheet).to.contain('受伤害经过：冲床压伤右手');
    expect(sheet).to.contain('提交的材料（《工伤保险条例》第十八条）');
    expect(sheet).to.contain('医疗诊断证明或者职业病诊断证明书（或者职业病诊断鉴定书）');
    expect(sheet).to.contain('此致\n中山市人力资源和社会保障局');
    expect(sheet).to.contain('《工伤保险条例》第十七条第二款');
  });

  it('claims grade 9 at 5,000 yuan as 45,000 yuan and three months off work as 15,000 yuan, with their articles', () => {
    const paper = text(set[1]!);
    expect(paper).to.contain(
      '请求裁决被申请人支付申请人一次性伤残补助金45,000元（计算：本人工资5,000×9个月（9级伤残）；依据：《工伤保险条例》第三十七条第一款第（一）项）',
    );
    expect(paper).to.contain('停工留薪期工资15,000元（计算：原工资5,000×3个月；依据：《工伤保险条例》第三十三条第一款）');
    expect(paper).to.contain('以上合计60,000元。');
    expect(paper).to.contain(
      '2026年2月10日，申请人在车间冲床旁工作时受伤（冲床压伤右手），伤及右手，在中山市人民医院治疗，诊断为右手食指骨折。',
    );
    expect(text(set[0]!)).to.contain('请求工伤事故人身损害赔偿的进城务工人员');
  });

  it('says the injury claims wait for recognition and the grade when the grade is not known yet', () => {
    const paper = text(papers({ ...wangJie, claim: { ...wangJie.claim, injury: { monthlyWage: 5000 } } })[1]!);
    expect(paper).to.contain('伤残等级');
    expect(paper).to.contain('工伤保险待遇待工伤认定和劳动能力鉴定后另行计算请求。');
  });
});

describe('papers with facts still unknown', () => {
  it('leave a line to fill in by hand, never a made-up value, and an unknown commission blank', () => {
    const set = papers({ matter: 'unpaid-wages' }, 'waived', {});
    const paper = text(set[1]!);
    expect(paper).to.contain(`此致\n${BLANK}`);
    expect(paper).to.contain(`申请人：${BLANK}`);
    expect(paper).not.to.contain('undefined');
    expect(paper).not.to.contain('NaN');
  });
});

describe('the ID number', () => {
  it('accepts a number with its right check character, typed with spaces or full-width digits', () => {
    expect(isValidIdNumber(validId)).to.equal(true);
    expect(isValidIdNumber(` ${validId.slice(0, 6)} ${validId.slice(6)} `)).to.equal(true);
    expect(normaliseIdNumber('１１０１０５')).to.equal('110105');
    expect(birthDateOf(validId)).to.equal('1972-05-08');
    expect(genderOf(validId)).to.equal('male');
  });
  it('refuses a wrong check character, a wrong length and an impossible birth date', () => {
    const wrong = validId.slice(0, 17) + (validId[17] === '1' ? '2' : '1');
    expect(isValidIdNumber(wrong)).to.equal(false);
    expect(isValidIdNumber(validId.slice(0, 17))).to.equal(false);
    expect(isValidIdNumber('110105197202301234')).to.equal(false);
  });
});
