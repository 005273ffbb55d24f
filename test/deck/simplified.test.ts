// The Simplified Chinese edition is written for mainland readers: in Simplified characters, in
// mainland usage, with the same figures as the other editions. What it says is read from its files
// as the build reads them: its Markdown (slides and speaker notes, as Slidev parses them) and every
// string of its words file.
import type { Locale } from '../../data/editions'
import { describe, expect, it } from 'vitest'
import { LOCALES, wordsOf } from '../../data/editions'
import { figuresOf, figureText } from '../../lib/format'
import { stringsIn } from '../../vite/edition-text'
import { chartsOf, loadDeck, parseDecksFirst } from '../deck'

await parseDecksFirst()

/**
 * Traditional characters that have a different Simplified form (所 and 的 are the same in both;
 * 為 is 为): every one the Taiwan edition uses, and the commonest others. One of them in the
 * Simplified edition is a word left unconverted.
 */
const TRADITIONAL_ONLY = '並來係個們側備傳僅億優儲內兩別刪則動務勝勢勵區協參員唸問啟單嗎國圍圖團報場壯夠夥學實寧寫將專對導屬師帳帶幾廣張後從態慮應戰戶捨掃採換擇據擴敗數斷於時暫曉書會東桿棧業構槓標樣機檔權歡歲氣決沒減測準滿潛濃為無營爭牽猶獨獲獻現產畫異當發眾確礎種稱穩競筆節範簡簽約納紙細紹終組結絡給統經維網線緩縮總績織繫繼續義習聞聯聲聽臨與舊蓋處號蝦術衝補裡製複見規覽觀觸訂計討訓記設訴註評詞試話該認語誠誤說誰課調談請論講謝謹證譯議讀變讓財貢貨買費貿資賣質賴賺購贊趨跡蹤車軟較載轉辦辭這連週進運過達遞遠適選還邊郵鄰銷錄錢錫錯鍵鎖鐘鑰長門開間閱闊關隊隨雙雜離難電靜響頁項順須預頭頻題額顏願類顧顯飯餘饋驗體麥麼點'

/** The 6,763 Chinese characters of GB 2312 (rows 16 to 87), read through the GB 18030 decoder. */
const GB2312_HANZI = (() => {
  const decoder = new TextDecoder('gb18030')
  const chars = new Set<string>()
  for (let row = 0xB0; row <= 0xF7; row++) {
    for (let cell = 0xA1; cell <= 0xFE; cell++) {
      const char = decoder.decode(new Uint8Array([row, cell]))
      if (/\p{Script=Han}/u.test(char))
        chars.add(char)
    }
  }
  return chars
})()

/** Taiwan usage, in Simplified characters, and what a mainland text says instead. */
const TAIWAN_USAGE: [RegExp, string][] = [
  [/营运/, '运营'],
  [/管道/, '渠道'],
  [/资讯/, '信息'],
  [/网路/, '网络'],
  [/数位/, '数字化'],
  [/行销/, '营销'],
  // 产品质量 holds 品质 across two words.
  [/(?<!产)品质/, '质量'],
  [/社群媒体/, '社交媒体'],
  [/简报/, '演示文稿'],
  [/档案/, '文件'],
  [/影片/, '视频'],
  [/栈板/, '托盘'],
  [/透过/, '通过'],
  [/正体字/, '繁体字'],
  [/电商市集/, '电商平台'],
  [/商展/, '展会'],
  [/行动策略/, '移动战略'],
  [/使用者/, '用户'],
  [/市场占有率/, '市场份额'],
  [/兆美元|\d 兆/, '万亿'],
  [/十亿/, '亿'],
  [/第四季(?!度)/, '第四季度'],
  [/[「」『』]/, '“”（GB/T 15834 keeps 「」 for vertical text）'],
]

/** Everything the edition says, each piece with where it is: its slides, their notes and its words. */
async function whatItSays(locale: Locale): Promise<[string, string][]> {
  const deck = await loadDeck(locale)
  return [
    ...deck.slides.flatMap((slide, i) => [[`slide ${i + 1}`, slide.content], [`slide ${i + 1}'s note`, slide.note ?? '']] as [string, string][]),
    ...stringsIn(wordsOf(locale)).map(words => [`data/words/${locale}.ts "${words.slice(0, 24)}"`, words] as [string, string]),
  ]
}

describe('the zh-Hans edition', () => {
  it('has no Traditional-only character', async () => {
    const found = (await whatItSays('zh-Hans')).flatMap(([where, text]) => [...new Set(text)]
      .filter(char => TRADITIONAL_ONLY.includes(char))
      .map(char => `${where}: ${char}`))
    expect(found).toEqual([])
  })

  it('writes every Chinese character from GB 2312, the mainland\'s basic set (a Traditional form is outside it)', async () => {
    const outside = (await whatItSays('zh-Hans')).flatMap(([where, text]) => [...new Set(text)]
      .filter(char => /\p{Script=Han}/u.test(char) && !GB2312_HANZI.has(char))
      .map(char => `${where}: ${char}`))
    expect(GB2312_HANZI.size).toBe(6763)
    expect(outside).toEqual([])
  })

  it('has no Taiwan usage', async () => {
    const found = (await whatItSays('zh-Hans')).flatMap(([where, text]) => TAIWAN_USAGE
      .filter(([word]) => word.test(text))
      .map(([word, mainland]) => `${where}: ${text.match(word)![0]} (a mainland text says ${mainland})`))
    expect(found).toEqual([])
  })

  it('is long enough for the check to mean something: the same slides as the others, each with text', async () => {
    const [hans, hant] = await Promise.all([loadDeck('zh-Hans'), loadDeck('zh-Hant')])
    expect(hans.slides.length).toBe(hant.slides.length)
    expect(hans.slides.filter(slide => !/\p{Script=Han}/u.test(slide.content + (slide.note ?? '')))).toEqual([])
  })
})

describe('every edition\'s charts', () => {
  it('print the same figures as the English edition\'s, value for value', () => {
    const printed = (locale: Locale) => chartsOf(locale).map(chart => figuresOf(chart).map(figure => figureText(figure, chart.rows[0].unit, locale)))
    for (const locale of LOCALES)
      expect(printed(locale), locale).toEqual(printed('en'))
  })
})

/** The numbers a text states, thousands separators aside ("4,040 亿美元" states 4040), and not the 2 of B2B. */
const numbersIn = (text: string) => (text.match(/(?<![A-Z\d,.])\d[\d,]*(?:\.\d+)?/gi) ?? []).map(number => number.replace(/,/g, '')).sort()

/**
 * Where the Simplified edition states a number differently from the Taiwan one, on purpose, by
 * slide: the figure is the same, written the way a mainland text writes it.
 */
const WRITTEN_OTHERWISE: Record<number, { zhHant: string[], zhHans: string[], why: string }> = {
  11: { zhHant: ['0.44'], zhHans: ['4400'], why: 'cross-border B2C as a share of B2C: 0.44 ÷ 4.9 (万亿) written 4,400 亿 ÷ 4.9 万亿' },
  14: { zhHant: ['25'], zhHans: ['2025'], why: 'the vintage 2024–25 written in full, 2024—2025 年' },
  20: { zhHant: ['19', '2018'], zhHans: ['2019', '25'], why: 'the takeaway cites UNCTAD 2019 alone (4.4×: "more than four times"; 2018 is in its note), and the English edition\'s "the even 25%" is kept' },
  26: { zhHant: ['25'], zhHans: ['2025'], why: 'the vintage 2024–25 written in full' },
}

describe('the zh-Hans edition\'s slides and notes', () => {
  it('state the Taiwan edition\'s numbers, slide by slide, but where listed as written otherwise', async () => {
    const [hant, hans] = await Promise.all([loadDeck('zh-Hant'), loadDeck('zh-Hans')])
    const differences = hans.slides.flatMap((slide, i) => {
      const taiwan = numbersIn(`${hant.slides[i].content}\n${hant.slides[i].note ?? ''}`)
      const mainland = numbersIn(`${slide.content}\n${slide.note ?? ''}`)
      const onlyTaiwan = taiwan.filter((number) => {
        const at = mainland.indexOf(number)
        if (at >= 0)
          mainland.splice(at, 1)
        return at < 0
      })
      return onlyTaiwan.length || mainland.length ? [{ slide: i + 1, zhHant: onlyTaiwan, zhHans: mainland }] : []
    })
    const expected = Object.entries(WRITTEN_OTHERWISE).map(([slide, { zhHant, zhHans }]) => ({ slide: Number(slide), zhHant, zhHans }))
    expect(differences).toEqual(expected)
  })
})
