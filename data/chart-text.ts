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
      title: '全球電子商務銷售額',
      finding: '2019 年 B2B 電商規模是 B2C 的 {market-expansion.rows[1].ratio} 倍',
      question: '合作夥伴還是消費者：哪個市場更大？大多少？',
      rows: [
        { label: '全球電子商務銷售額，2018 年', unit: '兆美元', b2b: 'B2B 2018 年 = 電子商務總額 25.6 − B2C 4.4（UNCTAD 取整為「21 兆美元」，占 83%）' },
        { label: '全球電子商務銷售額，2019 年', unit: '兆美元' },
      ],
    },
    'strategic-decisions': {
      title: '行銷人員把力氣花在哪裡',
      finding: '{strategic-decisions.rows[0].b2b} 的 B2B 行銷人員使用 LinkedIn',
      question: 'B2B 和 B2C 的行銷人員把力氣花在哪裡？',
      rows: [
        { label: '使用 LinkedIn 的行銷人員，2022 年', unit: '占行銷人員的 %' },
        { label: '內容行銷占行銷預算的比例', unit: '占行銷預算的 %，2016 年報告（2015 年調查）' },
      ],
    },
    'operational-challenges': {
      title: '企業的數位化程度',
      finding: '只有 {operational-challenges.rows[0].b2b} 的 B2B 企業有行動策略',
      question: '哪種模式有更多業務跑在數位系統上？',
      rows: [
        { label: '有行動策略的企業，2017 年', unit: '占企業的 %' },
        { label: '以電子方式成交的銷售額，美國 2017 年', unit: '占銷售額的 %', b2c: 'B2C = 零售電商 458.9 ÷ 零售總額 5,040.2（十億美元，2017 年）' },
      ],
      note: '第 2 列並列美國普查局的兩項調查：製造商的電子出貨（經 EDI 等線上系統下單）代表 B2B，零售電商代表 B2C。',
    },
    'financial-performance': {
      title: '回頭生意與季節性',
      finding: 'B2C 每月流失 {financial-performance.rows[0].b2c}，B2B 為 {financial-performance.rows[0].b2b}',
      question: '誰的顧客留得更久？誰的銷售在年底達到高峰？',
      rows: [
        { label: '訂閱用戶每月流失率中位數，2019 年', unit: '每月流失的訂閱用戶 %，僅限訂閱制企業' },
        {
          label: '第四季占全年銷售額，美國 2023 年',
          unit: '占全年銷售額的 %',
          b2b: 'B2B = 10–12 月 1,721.7 ÷ 全年 6,931.6',
          b2c: 'B2C = 10–12 月 1,892.6 ÷ 全年 7,200.1（十億美元，未經季節調整）',
          baseline: '全年平均',
        },
      ],
      note: '流失率：僅限透過 Recurly 收取訂閱費的企業。第四季：製造商出貨代表 B2B，零售業代表 B2C。',
    },
  },
}
