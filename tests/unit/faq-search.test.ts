import { expect } from '@open-wc/testing';
import { buildIndex, highlight, MAX_QUERY, normalize, search, terms } from '../../components/rights-faq/search.js';
import { loadFaq, searchable } from '../fixtures/faq-content.js';

const zh = buildIndex(searchable(await loadFaq('zh-CN')));
const en = buildIndex(searchable(await loadFaq('en')));
const ids = (index: typeof zh, query: string, useSegmenter = true) => search(index, query, useSegmenter).map((hit) => hit.item.id);

/** Query → the answer a worker expects first (or one of the answers expected at the top). */
const relevance: [string, string | string[]][] = [
  // everyday words for unpaid wages all find the wage answers
  ['欠薪', 'boss-wont-pay'],
  ['拖欠工资', ['boss-wont-pay', 'quit-over-unpaid-wages']],
  ['讨薪', 'boss-wont-pay'],
  ['工资不给', 'boss-wont-pay'],
  ['克扣', 'boss-wont-pay'],
  ['老板不给钱怎么办', 'boss-wont-pay'],
  // injury words
  ['受伤', 'hurt-at-work-first-steps'],
  ['摔伤了', 'hurt-at-work-first-steps'],
  ['工伤', ['injury-no-insurance', 'injury-legal-aid', 'hurt-at-work-first-steps']],
  ['工伤认定', 'injury-recognition-deadline'],
  ['没买工伤保险', 'injury-no-insurance'],
  // contracts, construction, contractors
  ['没签合同', ['no-contract-double-wages', 'prove-employment']],
  ['双倍工资', 'no-contract-double-wages'],
  ['包工头跑了', 'gang-boss-ran-away'],
  ['总包', 'general-contractor-pays'],
  ['告示牌', 'rights-notice-board'],
  ['工程款', 'contractor-project-payment'],
  // deadlines, evidence, procedure
  ['时效', 'time-limit-one-year'],
  ['重新算', 'time-limit-restarts'],
  ['只剩几天', 'deadline-under-7-days'],
  ['欠条', 'wage-iou'],
  ['证据', 'evidence-to-keep'],
  ['调解', 'mediation'],
  ['仲裁要钱吗', 'arbitration-cost-and-time'],
  ['不服裁决', 'arbitration-award-appeal'],
  ['诉讼费', 'court-fees'],
  // applying for legal aid
  ['要带什么', 'what-to-bring'],
  ['去哪里申请法律援助', 'where-to-apply'],
  ['绿色通道', 'green-channel'],
  ['不批准', 'refused-what-next'],
  ['12333', 'hotlines-12348-12333'],
  ['社保', 'social-insurance-not-paid'],
  ['退休', 'pension-age-worker'],
  // partial words: the first characters of a term still find it
  ['工伤认', 'injury-recognition-deadline'],
  ['告示', 'rights-notice-board'],
  ['绿色通', 'green-channel'],
  // full-width and punctuation do not matter
  ['１２３３３', 'hotlines-12348-12333'],
  ['“欠条”？！', 'wage-iou'],
];

const english: [string, string | string[]][] = [
  ['unpaid wages', ['boss-wont-pay', 'wage-claim-legal-aid']],
  ['injured', 'hurt-at-work-first-steps'],
  ['what to bring', 'what-to-bring'],
  ['IOU', 'wage-iou'],
  ['ＩＯＵ', 'wage-iou'],
  ['green channel', 'green-channel'],
  ['double wages', 'no-contract-double-wages'],
  ['arbitration free', 'arbitration-cost-and-time'],
];

/** One test per row: the query's first answer is (one of) the expected. */
function expectFirst(table: [string, string | string[]][], index: typeof zh, prefix = '') {
  for (const [query, expected] of table) {
    it(`${prefix}“${query}” → ${[expected].flat().join(' or ')}`, () => {
      expect([expected].flat()).to.include(ids(index, query)[0]);
    });
  }
}

describe('search finds the answer a worker expects first', () => {
  expectFirst(relevance, zh);
  expectFirst(english, en, 'English ');
});

/**
 * What workers actually type (issue 16): what happened rather than the legal word, money worries, the slang
 * for being fired, and toneless pinyin from a phone without Chinese input. The words live in each answer's
 * `synonyms` in content/faq/*.md, where the bureau adds more; this table keeps them working.
 */
const workersWords: [string, string | string[]][] = [
  ['从架子上摔下来了', 'hurt-at-work-first-steps'],
  ['被钢筋砸到', 'hurt-at-work-first-steps'],
  ['手被机器压伤', 'hurt-at-work-first-steps'],
  ['切到手了', 'hurt-at-work-first-steps'],
  ['烫伤', 'hurt-at-work-first-steps'],
  ['手指断了', 'hurt-at-work-first-steps'],
  ['要交钱吗', ['free-advice', 'arbitration-cost-and-time']],
  ['收费吗', ['free-advice', 'arbitration-cost-and-time']],
  ['仲裁收费吗', 'arbitration-cost-and-time'],
  ['被开除了', 'dismissed-compensation'],
  ['老板辞退我', 'dismissed-compensation'],
  ['炒鱿鱼', 'dismissed-compensation'],
  ['经济补偿', ['dismissed-compensation', 'quit-over-unpaid-wages']],
  ['赔偿金', 'dismissed-compensation'],
  ['加班费', 'overtime-pay'],
  ['周末加班不给钱', 'overtime-pay'],
  ['扣工资', 'pay-deductions'],
  ['押金', 'pay-deductions'],
  ['辞职有补偿吗', 'quit-over-unpaid-wages'],
  ['qianxin', ['boss-wont-pay', 'quit-over-unpaid-wages', 'wage-claim-legal-aid']],
  ['qian xin', ['boss-wont-pay', 'quit-over-unpaid-wages', 'wage-claim-legal-aid']],
  ['gongshang', ['hurt-at-work-first-steps', 'injury-legal-aid']],
  ['jiabanfei', 'overtime-pay'],
];
const workersWordsEn: [string, string | string[]][] = [
  ['I fell', 'hurt-at-work-first-steps'],
  ['crushed', 'hurt-at-work-first-steps'],
  ['burned', 'hurt-at-work-first-steps'],
  ['broken finger', 'hurt-at-work-first-steps'],
  ['fired', 'dismissed-compensation'],
  ['severance', ['dismissed-compensation', 'quit-over-unpaid-wages']],
  ['overtime', 'overtime-pay'],
  ['deposit', 'pay-deductions'],
  ['is it free', ['free-advice', 'arbitration-cost-and-time']],
];

describe('search finds answers for what workers say, not only the questions’ words', () => {
  expectFirst(workersWords, zh);
  expectFirst(workersWordsEn, en, 'English ');
  it('pinyin typed without Chinese input never matches inside Chinese text by accident', () => {
    // Latin letters only ever meet the synonyms lists (the questions and answers are Chinese).
    expect(ids(zh, 'zzzz')).to.deep.equal([]);
  });
});

describe('synonyms: every everyday word for unpaid wages finds the same core answers', () => {
  const core = ['boss-wont-pay', 'quit-over-unpaid-wages'];
  for (const word of ['欠薪', '拖欠工资', '讨薪', '工资不给', '克扣']) {
    it(`“${word}” ranks both in the top 3`, () => {
      expect(ids(zh, word).slice(0, 3)).to.include.members(core);
    });
  }
  for (const word of ['工伤', '受伤', '摔伤', '砸伤']) {
    it(`“${word}” ranks only work-injury answers in the top 3`, () => {
      const top = search(zh, word).slice(0, 3);
      expect(top).to.have.length(3);
      for (const hit of top) expect(hit.item.issues).to.include('work-injury');
    });
  }
});

describe('without Intl.Segmenter, character bigrams still find answers', () => {
  it('splits Chinese into bigrams and keeps Latin words', () => {
    expect(terms('拖欠工资 wages', false)).to.deep.equal(['拖欠', '欠工', '工资', 'wages']);
  });
  for (const [query, expected] of relevance.slice(0, 12)) {
    it(`“${query}” → ${[expected].flat().join(' or ')} (bigrams)`, () => {
      expect([expected].flat()).to.include(ids(zh, query, false)[0]);
    });
  }
});

describe('hostile and unusual queries', () => {
  it('a 5,000-character query is cut, answers, and does not throw', () => {
    const long = '欠薪'.repeat(2500);
    expect(long.length).to.equal(5000);
    const hits = search(zh, long);
    expect(hits[0]!.item.id).to.equal('boss-wont-pay');
    expect(terms(long).join('').length).to.be.at.most(MAX_QUERY);
  });
  it('a query of only emoji finds nothing and does not throw', () => {
    expect(search(zh, '😀🙏👷‍♂️')).to.deep.equal([]);
  });
  it('emoji around words are ignored', () => {
    expect(ids(zh, '😡欠条😡')[0]).to.equal('wage-iou');
  });
  it('right-to-left text finds nothing and does not throw', () => {
    expect(search(zh, 'مرحبا بالعالم')).to.deep.equal([]);
    expect(search(zh, '\u202e欠条\u202c')[0]!.item.id).to.equal('wage-iou');
  });
  it('an empty or punctuation-only query finds nothing', () => {
    expect(search(zh, '')).to.deep.equal([]);
    expect(search(zh, '？？！。，')).to.deep.equal([]);
  });
  it('regular-expression characters are plain text', () => {
    expect(() => search(zh, '.*(欠薪[')).not.to.throw();
  });
});

describe('normalizing what people type', () => {
  it('folds full-width letters and digits and drops punctuation', () => {
    expect(normalize('ＡＢＣ１２３４８，欠薪！')).to.equal('abc12348 欠薪');
  });
  it('highlights the matched words in the question, merged', () => {
    expect(highlight('老板不给工资，我该怎么办？', ['不给', '给工资'])).to.deep.equal([[2, 6]]);
    const hit = search(zh, '欠条')[0]!;
    const [start, end] = hit.ranges[0]!;
    expect(hit.item.question.slice(start, end)).to.equal('欠条');
  });
});
