import { expect } from '@open-wc/testing';
import type { Locale } from '../../components/core/locale.js';
import { formatFigure, formatTick, unitWord, type Qualifier, type Unit } from '../../components/stats/format.js';

// The formatting table: what a reader sees and what a screen reader says, for each language.
const table: [number, Unit, Qualifier, Locale, string, string][] = [
  [12976000, 'yuan', 'exact', 'zh-CN', '1297.6万元', '12,976,000元'],
  [12976000, 'yuan', 'exact', 'en', '12.98 million yuan', '12,976,000 yuan'],
  [562, 'case', 'exact', 'zh-CN', '562件', '562件'],
  [562, 'case', 'exact', 'en', '562 cases', '562 cases'],
  [1, 'case', 'exact', 'en', '1 case', '1 case'],
  [2071, 'person-time', 'exact', 'zh-CN', '2071人次', '2,071人次'],
  [2071, 'consultation', 'exact', 'zh-CN', '2071人次', '2,071人次'],
  [2071, 'consultation', 'exact', 'en', '2,071 consultations', '2,071 consultations'],
  [2071, 'person-time', 'exact', 'en', '2,071 times', '2,071 times'],
  [40, 'event', 'more-than', 'zh-CN', '40余场', '至少40场'],
  [40, 'event', 'more-than', 'en', '40+ events', 'at least 40 events'],
  [40, 'activity', 'more-than', 'zh-CN', '40余次', '至少40次'],
  [40, 'activity', 'more-than', 'en', '40+ events', 'at least 40 events'],
  [7000, 'copy', 'more-than', 'zh-CN', '7000余份', '至少7,000份'],
  [7000, 'copy', 'more-than', 'en', '7,000+ copies', 'at least 7,000 copies'],
  [30, 'person-time', 'more-than', 'zh-CN', '30余人次', '至少30人次'],
  [150000000, 'yuan', 'exact', 'zh-CN', '1.5亿元', '150,000,000元'],
  [150000000, 'yuan', 'exact', 'en', '150 million yuan', '150,000,000 yuan'],
  [2592, 'yuan', 'exact', 'zh-CN', '2592元', '2,592元'],
  [12.5, 'percent', 'about', 'zh-CN', '约12.5%', '约12.5%'],
  [12.5, 'percent', 'about', 'en', 'about 12.5%', 'about 12.5%'],
  [0, 'case', 'exact', 'zh-CN', '0件', '0件'],
];

describe('figures are written the way each language writes them and read in full', () => {
  for (const [value, unit, qualifier, locale, text, spoken] of table) {
    it(`${value} ${unit} (${qualifier}) in ${locale} is shown as ${text} and read as ${spoken}`, () => {
      const figure = formatFigure(value, unit, qualifier, locale);
      expect(figure.text).to.equal(text);
      expect(figure.spoken).to.equal(spoken);
    });
  }

  it('never says "more than" without a number a screen reader can read in full', () => {
    const { spoken } = formatFigure(12976000, 'yuan', 'more-than', 'zh-CN');
    expect(spoken).to.equal('至少12,976,000元');
  });

  it('writes short axis labels: 1.2万 in Chinese, 12K in English', () => {
    expect(formatTick(12000, 'zh-CN')).to.equal('1.2万');
    expect(formatTick(12000, 'en')).to.equal('12K');
    expect(formatTick(50, 'en')).to.equal('50');
  });

  it('names a unit for table headers in both languages', () => {
    expect(unitWord('case', 'zh-CN')).to.equal('件');
    expect(unitWord('copy', 'en')).to.equal('copies');
  });
});
