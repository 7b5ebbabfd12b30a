import type { EvidenceId, RespondentRole } from '../case-facts.js';

/**
 * The words of the papers, in Chinese only: they go to Chinese authorities whatever the page's language.
 * Headings follow the official forms (司法部 法律援助申请表; 劳动人事争议仲裁申请书 as 调解仲裁法 28 lists
 * its contents; 工伤认定申请表). `{name}` is filled in by `fill`.
 */
export const paperWords = {
  footer: '本文书根据申请人本人的回答在手机上生成，内容须在法律援助工作站核对无误后再签名提交。',
  male: '男',
  female: '女',
  yes: '是',
  no: '否',
  sign: '申请人（签名）：＿＿＿＿＿＿',
  signDate: '＿＿＿＿年＿＿月＿＿日',
  salute: '此致',
  roles: { employer: '用人单位', 'gang-boss': '包工头', 'general-contractor': '总承包单位' } satisfies Record<RespondentRole, string>,

  // 法律援助申请表
  aidTitle: '法律援助申请表',
  aidApplicant: '一、申请人基本情况',
  name: '姓名',
  gender: '性别',
  birthDate: '出生日期',
  ethnicity: '民族',
  idNumber: '身份证号码',
  hukou: '户籍所在地',
  address: '住所地（经常居住地）',
  phone: '联系电话',
  workplace: '工作单位',
  ruralWorker: '是否进城务工人员',
  aidMatter: '二、申请法律援助的事项',
  aidMatterLabel: '申请事项',
  aidMatterWages: '劳动争议仲裁代理：请求支付劳动报酬',
  aidMatterInjury: '工伤认定、劳动争议仲裁代理：请求工伤事故人身损害赔偿（工伤保险待遇）',
  aidOtherSide: '对方当事人',
  aidAmount: '请求金额（初步计算）',
  aidFacts: '三、案情及申请理由',
  aidEconomy: '四、经济困难状况',
  aidWaived:
    '申请人是{who}的进城务工人员，依据{citation}，免予核查经济困难状况。随本表提交身份证、户口簿（或村委会证明、居住证、工地出入证等）作为证明材料。',
  aidWaivedWages: '申请支付劳动报酬',
  aidWaivedInjury: '请求工伤事故人身损害赔偿',
  aidNoCondition: '依据{citation}，申请人不受经济困难条件的限制。',
  aidPledgeHeading: '经济困难状况个人诚信承诺',
  aidPledge:
    '本人依据{citation}如实说明经济困难状况：家庭成员共同生活的人均月收入约{income}。本人承诺以上情况真实，并同意法律援助机构依法核查；如有不实，愿意承担相应的法律责任。',
  aidPledgeSign: '承诺人（签名）：＿＿＿＿＿＿',
  aidDeclaration: '申请人保证以上所填内容真实。',

  // 劳动人事争议仲裁申请书
  arbTitle: '劳动人事争议仲裁申请书',
  original: '正本',
  copyFor: '副本（送被申请人{name}）',
  applicant: '申请人：{name}，{gender}，{birth}出生，{ethnicity}族，身份证号码：{id}，住址：{address}，联系电话：{phone}。',
  respondent: '被申请人{n}（{role}）：{name}，住所：{address}，法定代表人（主要负责人）：{head}，联系电话：{phone}。',
  claims: '仲裁请求',
  claimLine: '请求裁决被申请人支付申请人{name}{amount}（计算：{formula}；依据：{citation}）；',
  claimTotal: '以上合计{total}。',
  claimNone: '请求金额待核对后填写：{missing}。',
  claimInjuryLater: '工伤保险待遇待工伤认定和劳动能力鉴定后另行计算请求。',
  factsHeading: '事实与理由',
  factStart: '申请人于{start}起在{workplace}处从事{job}工作{site}，约定{wage}。',
  factSite: '（工作地点：{site}）',
  factMonthly: '月工资{wage}',
  factDaily: '日工资{wage}',
  factWageUnknown: '工资标准待核对',
  factNoContract: '双方未签订书面劳动合同。',
  factContractLate: '双方至{date}才签订书面劳动合同。',
  factUnpaid: '被申请人拖欠申请人工资共{amount}，经申请人多次催要，至今未付。',
  factEnded: '劳动关系于{date}结束（{reason}）。',
  factStill: '申请人至今仍在被申请人处工作。',
  reasons: {
    'resigned-unpaid-wages': '因被申请人拖欠工资，申请人解除劳动合同',
    'dismissed-unlawfully': '被申请人违法解除劳动合同',
    'dismissed-with-notice': '被申请人解除劳动合同',
    'contract-expired': '劳动合同期满终止',
    quit: '申请人离职',
    'still-employed': '仍在职',
  },
  factInjury: '{date}，申请人在{place}工作时受伤（{how}），伤及{part}，在{hospital}治疗，诊断为{diagnosis}。',
  factGrade: '经鉴定为{grade}级伤残。',
  factGeneral: '被申请人{name}是本工程的总承包单位，依法对拖欠的工资先行清偿（{citation}）。',
  factClose: '为维护申请人的合法权益，依据上述规定，特向贵委申请仲裁，请依法裁决。',
  evidenceHeading: '证据和证据来源，证人姓名和住所',
  evidenceLine: '{name}，来源：{source}。',
  evidenceNone: '证据清单另附。',
  attachments: '附：本申请书副本{copies}份；证据清单1份及证据材料复印件。',

  // 证据清单
  evTitle: '证据清单',
  evHead: ['序号', '证据名称', '证据来源', '证明内容', '原件／复印件'],
  evCopyKind: '原件核对，交复印件',
  evToGet: '还需要去拿的证据',
  evToGetLine: '{name}：{where}',
  evBring: '去法律援助工作站要带齐',
  evBringList: ['本人身份证原件和复印件', '以上证据的原件和复印件（复印件每份按被申请人人数加1份）', '本申请书和本清单'],
  evBringInjury: '医院的病历、诊断证明和费用单据',

  // 工伤认定申请
  injTitle: '工伤认定申请（事实情况表）',
  injIntro: '依据{citation}，职工或者其近亲属、工会组织可以在事故伤害发生之日起1年内提出工伤认定申请。',
  injWorker: '一、职工基本情况',
  injEmployer: '二、用人单位',
  injEmployerName: '单位名称',
  injEmployerAddress: '单位地址',
  injJob: '职业（工种）',
  injStarted: '参加工作时间',
  injEvent: '三、事故伤害情况',
  injDate: '事故时间',
  injPlace: '事故地点',
  injPart: '受伤害部位',
  injHospital: '就诊医院',
  injDiagnosis: '诊断结论',
  injHow: '受伤害经过',
  injEmployerApplied: '用人单位是否已申请工伤认定',
  injRequest: '申请事项：请求认定申请人所受伤害为工伤。',
  injMaterials: '提交的材料（{citation}）',
  injMaterialList: [
    '工伤认定申请表',
    '与用人单位存在劳动关系（包括事实劳动关系）的证明材料',
    '医疗诊断证明或者职业病诊断证明书（或者职业病诊断鉴定书）',
  ],
  injBlankAuthority: '当地社会保险行政部门（人力资源和社会保障局）',
} as const;

/** Each piece of evidence: its name, where it comes from, what it proves, and where to get it when missing. */
export const evidenceWords: Record<EvidenceId, { name: string; source: string; proves: string; where: string }> = {
  'id-card': { name: '身份证', source: '申请人本人', proves: '申请人的身份', where: '户籍地或居住地派出所补办' },
  'hukou-or-residence': {
    name: '户口簿、居住证或村委会证明',
    source: '公安机关或村（居）委会',
    proves: '申请人是进城务工人员',
    where: '老家村委会开证明，或到派出所办居住证',
  },
  contract: { name: '劳动合同', source: '申请人与被申请人签订', proves: '劳动关系和工资标准', where: '向用人单位要一份' },
  'work-pass': {
    name: '工作证、工地出入证或工服照片',
    source: '被申请人发放',
    proves: '劳动关系',
    where: '拍照保存，工地实名制登记可向总承包单位查询',
  },
  'pay-records': {
    name: '工资条、银行流水或转账记录',
    source: '被申请人发放／银行',
    proves: '工资标准和已付金额',
    where: '带身份证到银行柜台打印流水',
  },
  attendance: {
    name: '考勤记录或记工本',
    source: '被申请人／申请人本人记录',
    proves: '工作的时间',
    where: '向班组长或工地要考勤表，自己的记工本也算',
  },
  iou: { name: '工资欠条', source: '被申请人出具', proves: '拖欠工资的金额', where: '请老板写欠条，写明金额、日期并签名' },
  'chat-records': {
    name: '微信聊天或通话录音',
    source: '申请人手机',
    proves: '工作安排、工资约定和催要工资',
    where: '截图保存，录音不要删除',
  },
  witness: { name: '工友证人证言', source: '工友', proves: '一起工作和拖欠工资的事实', where: '记下工友的姓名、电话和住址' },
  'medical-records': {
    name: '病历、诊断证明和医疗费单据',
    source: '就诊医院',
    proves: '受伤的情况和治疗费用',
    where: '到医院病案室复印病历、开诊断证明',
  },
  'injury-photos': {
    name: '受伤现场照片或视频',
    source: '申请人／工友拍摄',
    proves: '受伤的时间、地点和经过',
    where: '问工友有没有拍照，监控可请求保存',
  },
};

/** `{key}` replaced by values[key]; a key without a value stays a line to fill in, a null one goes. */
export function fill(template: string, values: Record<string, string | number | null | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === null) return '';
    return value === undefined || String(value).trim() === '' ? '＿＿＿＿＿＿' : String(value);
  });
}
