// Every word of the Traditional Chinese edition beyond its Markdown (slides.zh-Hant.md,
// pages/zh-Hant/), field for field with data/words/en.ts and typed by the same EditionWords: a
// word missing here is a type error. Full-width punctuation, no space before it; a space between
// Chinese and Latin words or numbers. The charted values are never written here (only a derived
// figure's formula quotes the published numbers it comes from): they are read from data/charts.ts.
import type { EditionWords } from './types.ts'

export const ZH_HANT = {
  ui: {
    modelNames: { b2b: '企業對企業', b2c: '企業對消費者' },
    activityKinds: { group: '小組討論', solo: '個人思考，兩兩分享' },
    activityOutput: '成果',
    partName: number => number >= 1 && number <= 9 ? `第${'一二三四五六七八九'[number - 1]}部分` : `第 ${number} 部分`,
    minutesUnit: '分鐘',
    slideNumber: number => `第 ${number} 張投影片`,
    comparisonVisuals: {
      accounts: { b2b: '大量採購的企業', b2c: '許多單一消費者' },
      relationships: { b2b: '與一個合作夥伴的深入關係', b2c: '與許多顧客的個別關係' },
    },
    scenes: { b2b: 'B2B：一整個棧板的貨送到一家企業', b2c: 'B2C：一個個包裹送到許多人手上' },
    sessionParts: '課程各部分',
    activityTimer: { name: '討論計時器', left: '剩餘', paused: '已暫停', ended: '時間到' },
    pacing: {
      name: '課程進度',
      plan: (from, to, minutes) => `計畫 ${from}–${to}（${minutes} 分鐘）`,
      gap: (from, to) => `本頁未列計畫：${from}–${to}`,
      notStarted: '計時尚未開始',
      onTime: '準時',
      ahead: minutes => `超前 ${minutes} 分鐘`,
      behind: minutes => `落後 ${minutes} 分鐘`,
    },
    answer: '答案：',
    chartName: title => `${title}，B2B 與 B2C 對比`,
    rowDescription: (label, unit, values) => `${label}（${unit}）：${values.join('，')}。`,
    unit: '單位',
    fullStop: '。',
    sentenceGap: '',
    listLead: '：',
    measure: '項目',
    gap: {
      points: (larger, points, smaller, about) => `${larger} 比 ${smaller} 高${about ? '約' : ''} ${points} 個百分點`,
      ratio: (larger, ratio, smaller, about) => `${larger} ${about ? '約' : ''}為 ${smaller} 的 ${ratio} 倍`,
      difference: (larger, difference, smaller, about) => `${larger} 比 ${smaller} 多${about ? '約' : ''} ${difference}`,
    },
    notComparable: '不能直接比較',
    scaleEnd: end => `0–${end}`,
    reference: (value, label) => `${value} = ${label}`,
    sourceLine: ({ sources, derived }) => [
      `資料來源：${sources.join('；')}。`,
      ...(derived ? ['*推算值：公式見附錄。'] : []),
    ].join(''),
    derivedFootnote: formula => `*推算：${formula}。`,
    notComparableFootnote: (row, why) => `${row}：不能直接比較，${why}。`,
    reliabilityTag: { P: '', S: '二手來源', U: '未經證實的業界估計' },
    reliabilityName: { P: '原始文獻', S: '二手來源', U: '未經證實' },
    withAside: (name, aside) => `${name}（${aside}）`,
    readVia: via => `經由 ${via} 查閱：`,
  },
  live: {
    pageTitle: '隨堂測驗：投票',
    heading: '隨堂測驗',
    questionLabel: number => `第 ${number} 題`,
    noQuestion: '目前沒有開放作答的問題。請保持此頁開啟，下一題會出現在這裡。',
    closed: '本題投票已結束。',
    saved: '已記錄你的答案。投票結束前都可以更改。',
    sending: '傳送中…',
    offline: '與教室的連線中斷，正在重新連線…',
    refused: {
      'malformed': '無法讀取這個答案。請重新整理頁面後再試一次。',
      'too-large': '無法讀取這個答案。請重新整理頁面後再試一次。',
      'too-slow': '連線太慢，請再試一次。',
      'unknown-question': '這個問題不在隨堂測驗之中。',
      'closed': '來不及了：本題投票已結束。',
      'unknown-choice': '這個選項不屬於本題。',
      'too-fast': '作答太頻繁。請稍候再試。',
      'not-saved': '無法儲存你的答案，請再試一次。',
    },
    join: '用手機作答',
    chartName: question => `第 ${question} 題的投票`,
    votes: count => `${count} 票`,
    correct: '正確答案',
  },
  charts: {
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
      finding: 'B2C 產品型企業投入行銷的比例，2011 年和 2025 年都更高',
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
  sourceEditions: { CMO11: '2011 年 8 月', N30: '2025 年春季', N40: '2017 年 1 月' },
  quiz: [
    {
      question: '一家椅子製造商想把連鎖飯店發展成客戶。這屬於哪種模式？文章為它列出哪個管道？雙方關係應建立在什麼上？',
      answer: 'B2B，透過商展（或直接銷售）；建立在對飯店產業深入了解之上的長期合作夥伴關係。',
      choices: ['B2C；社群媒體；給每位房客集點', 'B2B；商展；給每位採購人員集點', 'B2B；商展；建立在產業洞察上的長期合作', 'B2B；電子郵件行銷；建立在產業洞察上的長期合作'],
    },
    {
      question: '也賣給一般家庭時，文章列出哪兩種管道？',
      answer: '任兩種：電商市集、實體店、自建電商網站、社群媒體、電子郵件。',
      choices: ['電商市集與社群媒體', '社群媒體與商展', '電商市集與展覽'],
    },
    {
      question: '和一般家庭的關係，應建立在什麼上？',
      answer: '個人偏好、顧客回饋和會員忠誠計畫。',
      choices: ['和每位買家建立長期合作夥伴關係', '產業趨勢與市場動態', '個人偏好、顧客回饋和會員忠誠計畫'],
    },
    {
      question: '賣給飯店和賣給家庭，各可能適合什麼策略？',
      answer: '飯店：合作優先於競爭；家庭：以行銷活動和會員忠誠計畫爭取新顧客。',
      choices: ['飯店：用行銷活動爭取新顧客；家庭：合作夥伴關係', '飯店：合作夥伴關係；家庭：行銷活動和會員忠誠計畫', '兩邊都優先考慮合作夥伴關係，而非直接競爭'],
    },
    {
      question: '買家反映線上結帳難用、椅子會晃：這是誰的挑戰？',
      answer: 'B2C 的：使用者體驗和產品品質。',
      choices: ['B2B 的：可能需要投資分析工具', '都不是：文章沒有提到', 'B2C 的：必須顧好使用者體驗和品質'],
    },
  ],
  notes: {
    planHeading: /^.+（約 (\d+) 分鐘，從 (\d+):(\d\d) 開始）$/,
    askTheRoom: '問大家',
  },
} satisfies EditionWords
