// The charts' words in the deck's other editions, chart by chart and field by field with the
// English of data/charts.ts. The charted values never appear here (only a derived figure's
// explanation quotes the published numbers it comes from): they are read from data/charts.ts, so
// a figure changed there changes in every edition. `npm test` and `npm run build` check that each
// translation has every word its chart needs (editionProblems in lib/localize.ts).
import type { ChartText, Locale } from './types.ts'

/** Translations by language, then by chart id. English is data/charts.ts itself. */
export const CHART_TEXT: Partial<Record<Locale, Record<string, ChartText>>> = {
  'zh-Hant': {
    'market-expansion': {
      title: '兩個市場各有多大',
      finding: 'B2B 電商規模在 2018 年是 B2C 的 {market-expansion.rows[0].ratio} 倍，2019 年是 {market-expansion.rows[1].ratio} 倍',
      question: '合作夥伴還是消費者：哪個市場更大？大多少？',
      rows: [
        { label: '全球電子商務銷售額，2018 年', unit: '兆美元', b2b: 'B2B 2018 年 = 總額 25.6 − B2C 4.4（UNCTAD：「21 兆美元，占 83%」）' },
        { label: '全球電子商務銷售額，2019 年', unit: '兆美元' },
      ],
    },
    'strategic-decisions': {
      title: '產品型企業花多少錢做行銷',
      finding: '2011 年和 2025 年，B2C 產品型企業投入行銷的比例都更高',
      question: 'B2B 和 B2C 的產品型企業，誰在行銷上花得更多？',
      rows: [
        { label: '行銷占企業預算的比例，2011 年 8 月', unit: '占企業預算的 %，產品型企業' },
        { label: '行銷支出，2025 年春季', unit: '占營收的 %（或為占企業預算），產品型企業' },
      ],
      note: '僅限產品型企業（2025 年春季，服務型企業是 B2B 支出較高：9.0% 對 6.0%）。SalesFuel 所稱「占營收的 %」可能是占企業預算。',
    },
    'operational-challenges': {
      title: '兩種模式的數位化程度',
      finding: 'B2B 在行動策略和數位優先順序上都落後 B2C（2017 年 1 月）',
      question: '哪種模式的數位化走得更遠？差多少？',
      rows: [
        { label: '有行動策略的企業，2017 年 1 月', unit: '占企業的 %' },
        { label: '把數位列為前三大投資重點的企業，2017 年 1 月', unit: '占企業的 %', b2c: 'B2C ≈ 2 × 10：B2B 的 10%「約為 B2C 企業平均的一半」' },
      ],
    },
    'financial-performance': {
      title: '回購（留存）與季節性',
      finding: 'B2C 的訂閱者流失較快；零售業的第四季高於每季平均',
      question: '誰的顧客留得更久？誰的銷售在年底達到高峰？',
      rows: [
        { label: '訂閱者每月流失率中位數，2019 年', unit: '每月流失的訂閱者 %，僅限訂閱制企業' },
        {
          label: '第四季占全年銷售額，美國 2023 年：製造商對零售業',
          unit: '占全年銷售額的 %',
          b2b: 'B2B = 製造商出貨 10–12 月 1,721.7 ÷ 全年 6,931.6（十億美元）',
          b2c: 'B2C = 零售業銷售 10–12 月 1,892.6 ÷ 全年 7,200.1（十億美元）',
          baseline: '每季平均',
          notComparable: '普查局的兩項調查，製造商出貨代表 B2B，零售業代表 B2C',
        },
      ],
      note: '流失率：僅限透過 Recurly 收取訂閱費的企業。',
    },
  },
}
