// The charts' words in the deck's other editions, chart by chart and field by field with the
// English of data/charts.ts. The charted values never appear here (only a derived figure's
// explanation quotes the published numbers it comes from): they are read from data/charts.ts, so
// a figure changed there changes in every edition. `npm test` and `npm run build` check that each
// translation has every word its chart needs (lib/localize.ts).
import type { Locale } from '../lib/i18n'
import type { ChartText } from '../lib/localize'
import type { ComparisonDataset } from './types'
import { LOCALES } from '../lib/i18n'
import { chartTextProblems, localizeDataset } from '../lib/localize'
import { validateDatasets } from '../lib/validate'
import { CHARTS } from './charts'
import { SOURCES } from './sources'

/** Translations by language, then by chart id. English is data/charts.ts itself. */
export const CHART_TEXT: Record<Exclude<Locale, 'en'>, Record<string, ChartText>> = {
  'zh-Hant': {
    'market-expansion': {
      title: '全球電子商務銷售額',
      unit: '兆美元',
      categories: ['2018 年', '2019 年'],
    },
    'strategic-decisions': {
      title: '行銷人員把力氣花在哪裡',
      unit: '行銷人員占比、預算占比，單位 %',
      categories: ['使用 LinkedIn 的行銷人員（2022 年）', '內容行銷占行銷預算（2016 年）'],
      note: '兩列衡量的對象不同：第一列是行銷人員的占比，第二列是行銷預算的占比。',
    },
    'operational-challenges': {
      title: '季節性：節慶檔期占美國全年零售額的比例',
      unit: '占全年銷售額，單位 %',
      categories: ['第四季占零售電商銷售額（2020 年）', '11–12 月占全部零售額（5 年平均）'],
      b2b: ['沒有公開的 B2B 數據', '沒有公開的 B2B 數據'],
      b2c: ['2020 年第四季 2,453 億美元 ÷ 2020 全年 7,917 億美元，未經季節調整', null],
      baseline: '全年平均分布',
      note: '兩列來自不同的統計：第一列只計零售電商，第二列計入全部零售。',
    },
    'financial-performance': {
      title: '全球電子商務銷售額成長率（2019 年對比 2018 年）',
      unit: '一年成長率，單位 %',
      categories: ['2018–2019 年成長'],
      b2b: ['21.8 兆美元（2019 年）÷ 21.0 兆美元（2018 年）− 1'],
    },
  },
}

/** One chart of data/charts.ts in `locale`: the same figures, with that edition's words. */
export function chartIn(dataset: ComparisonDataset, locale: Locale): ComparisonDataset {
  return locale === 'en' ? dataset : localizeDataset(dataset, CHART_TEXT[locale][dataset.id])
}

/** Every chart of the deck in `locale`, in slide order. */
export function chartsIn(locale: Locale): ComparisonDataset[] {
  return CHARTS.map(dataset => chartIn(dataset, locale))
}

/**
 * Every problem of the charts in every edition: bad figures (lib/validate.ts) and missing words
 * (lib/localize.ts), each message once. What `npm run build` and `npm test` refuse.
 */
export function chartProblems(): string[] {
  return [...new Set(LOCALES.flatMap(locale => [
    ...(locale === 'en' ? [] : chartTextProblems(CHARTS, CHART_TEXT[locale], locale)),
    ...validateDatasets(chartsIn(locale), SOURCES),
  ]))]
}
