// Every word of the Simplified Chinese edition beyond its Markdown (slides.zh-Hans.md,
// pages/zh-Hans/), field for field with data/words/en.ts and typed by the same EditionWords: a
// word missing here is a type error. Written in mainland usage for sellers in mainland China (运营,
// 渠道, 数字化, 营销), not converted from the Taiwan edition. Punctuation after GB/T 15834-2011:
// full-width, “” for quotations (「」 are for vertical text there), the 一字线 “—” between two
// times. A space between Chinese and Latin words or numbers (“21.8 万亿美元”), none next to
// full-width punctuation. Amounts in 万亿 and 亿: “兆” is a million (or 10¹²) in the mainland and
// would mislead. The charted values are never written here (only a derived figure's formula
// quotes the published numbers it comes from): they are read from data/charts.ts.
import type { EditionWords } from './types.ts'

export const ZH_HANS = {
  ui: {
    modelNames: { b2b: '企业对企业', b2c: '企业对消费者' },
    activityKinds: { group: '小组讨论', solo: '先独立思考，再两人交流' },
    activityOutput: '成果',
    // 第一部分, 第二部分: a part's number in Chinese numerals, as the notes and pages write it.
    partName: number => `第${'一二三四五六七八九十'[number - 1] ?? ` ${number} `}部分`,
    minutesUnit: '分钟',
    slideNumber: number => `第 ${number} 页`,
    comparisonVisuals: {
      accounts: { b2b: '大批量采购的企业', b2c: '许多单个消费者' },
      relationships: { b2b: '与一个合作伙伴的深度关系', b2c: '与许多顾客的个别关系' },
    },
    scenes: { b2b: 'B2B：一整托盘货物送到一家企业', b2c: 'B2C：一个个包裹分别送到许多人手中' },
    sessionParts: '课程环节',
    activityTimer: { name: '讨论计时器', left: '剩余', paused: '已暂停', ended: '时间到' },
    pacing: {
      name: '课程进度',
      plan: (from, to, minutes) => `计划 ${from}—${to}（${minutes} 分钟）`,
      gap: (from, to) => `本页讲稿未写计划：${from}—${to}`,
      notStarted: '尚未开始计时',
      onTime: '进度正常',
      ahead: minutes => `提前 ${minutes} 分钟`,
      behind: minutes => `落后 ${minutes} 分钟`,
    },
    answer: '答案：',
    chartName: title => `${title}：B2B 与 B2C 对比`,
    rowDescription: (label, unit, values) => `${label}（${unit}）：${values.join('，')}。`,
    unit: '单位',
    fullStop: '。',
    sentenceGap: '',
    listLead: '：',
    measure: '指标',
    gap: {
      points: (larger, points, smaller, about) => `${larger} 比 ${smaller} 高${about ? '约' : ''} ${points} 个百分点`,
      ratio: (larger, ratio, smaller, about) => `${larger} ${about ? '约' : ''}是 ${smaller} 的 ${ratio} 倍`,
      difference: (larger, difference, smaller, about) => `${larger} 比 ${smaller} 多${about ? '约' : ''} ${difference}`,
    },
    notComparable: '不能直接比较',
    scaleEnd: end => `0—${end}`,
    reference: (value, label) => `${value} = ${label}`,
    sourceLine: ({ sources, derived }) => [
      `数据来源：${sources.join('；')}。`,
      ...(derived ? ['*为推算值，公式见附录。'] : []),
    ].join(''),
    derivedFootnote: formula => `*推算：${formula}。`,
    notComparableFootnote: (row, why) => `${row}：不能直接比较，${why}。`,
    reliabilityTag: { P: '', S: '二手来源', U: '未经证实的业内估计' },
    reliabilityName: { P: '原始文献', S: '二手来源', U: '未经证实' },
    withAside: (name, aside) => `${name}（${aside}）`,
    readVia: via => `通过 ${via} 查阅：`,
  },
  live: {
    pageTitle: '随堂测验：投票',
    heading: '随堂测验',
    questionLabel: number => `第 ${number} 题`,
    noQuestion: '现在没有开放作答的题目。请不要关闭这个页面，下一题会在这里出现。',
    closed: '这道题的投票已经结束。',
    saved: '你的答案已记录。投票结束前都可以修改。',
    sending: '正在提交…',
    offline: '与教室的连接已断开，正在重新连接…',
    refused: {
      'malformed': '无法读取这个答案。请刷新页面后再试一次。',
      'too-large': '无法读取这个答案。请刷新页面后再试一次。',
      'too-slow': '网络太慢，请再试一次。',
      'unknown-question': '随堂测验里没有这道题。',
      'closed': '来不及了：这道题的投票已经结束。',
      'unknown-choice': '这个选项不属于这道题。',
      'too-fast': '提交太频繁，请稍后再试。',
      'not-saved': '你的答案没能保存，请再试一次。',
    },
    join: '用手机答题',
    chartName: question => `第 ${question} 题的投票结果`,
    votes: count => `${count} 票`,
    correct: '正确答案',
  },
  charts: {
    'market-expansion': {
      title: '两个市场各有多大',
      finding: 'B2B 电商的规模在 2018 年是 B2C 的 {market-expansion.rows[0].ratio} 倍，2019 年是 {market-expansion.rows[1].ratio} 倍',
      question: '企业客户和消费者，哪个市场更大？大多少？',
      rows: [
        { label: '全球电子商务销售额，2018 年', unit: '万亿美元', b2b: 'B2B 2018 年 = 总额 25.6 − B2C 4.4（UNCTAD：“21 万亿美元，占 83%”）' },
        { label: '全球电子商务销售额，2019 年', unit: '万亿美元' },
      ],
    },
    'strategic-decisions': {
      title: '产品型企业在营销上投入多少',
      finding: 'B2C 产品型企业投入营销的比例，2011 年和 2025 年都更高',
      question: '同样是卖产品，B2B 企业和 B2C 企业谁在营销上投入更多？',
      rows: [
        { label: '营销费用占企业预算的比例，2011 年 8 月', unit: '占企业预算的 %，产品型企业' },
        { label: '营销支出，2025 年春季', unit: '占营收的 %（也可能是占企业预算），产品型企业' },
      ],
      note: '仅限产品型企业（2025 年春季，服务型企业是 B2B 投入更高：9.0% 对 6.0%）。SalesFuel 说的“占营收的 %”可能是占企业预算。',
    },
    'operational-challenges': {
      title: '两种模式的数字化程度',
      finding: 'B2B 在移动战略和数字化优先级上都落后于 B2C（2017 年 1 月）',
      question: '哪种模式的数字化走得更远？差距有多大？',
      rows: [
        { label: '有移动战略的企业，2017 年 1 月', unit: '占企业的 %' },
        { label: '把数字化列为前三大投资重点的企业，2017 年 1 月', unit: '占企业的 %', b2c: 'B2C ≈ 2 × 10：B2B 的 10%“约为 B2C 企业平均水平的一半”' },
      ],
    },
    'financial-performance': {
      title: '复购（留存）与季节性',
      finding: 'B2C 订阅用户流失更快；零售业第四季度高于季度平均',
      question: '谁的客户留得更久？谁的销售额在年底冲到高峰？',
      rows: [
        { label: '订阅用户月流失率中位数，2019 年', unit: '每月流失的订阅用户 %，仅限订阅制企业' },
        {
          label: '第四季度占全年销售额的比例，美国 2023 年：制造商与零售业',
          unit: '占全年销售额的 %',
          b2b: 'B2B = 制造商 10—12 月出货额 17,217 亿美元 ÷ 全年 69,316 亿美元',
          b2c: 'B2C = 零售业 10—12 月销售额 18,926 亿美元 ÷ 全年 72,001 亿美元',
          baseline: '季度平均',
          notComparable: '这是美国人口普查局的两项调查，以制造商出货额代表 B2B，零售业销售额代表 B2C',
        },
      ],
      note: '流失率：仅限通过 Recurly 收取订阅费的企业。',
    },
  },
  sourceEditions: { CMO11: '2011 年 8 月', N30: '2025 年春季', N40: '2017 年 1 月' },
  quiz: [
    {
      question: '一家椅子厂想把连锁酒店发展成客户。这属于哪种模式？文章为它列了哪个渠道？双方的关系应该建立在什么基础上？',
      answer: 'B2B，通过展会（或直接销售）；建立在深入了解酒店行业基础上的长期合作伙伴关系。',
      choices: ['B2C；社交媒体；给每位住客积分', 'B2B；展会；给每位采购员积分', 'B2B；展会；基于行业洞察的长期合作', 'B2B；邮件营销；基于行业洞察的长期合作'],
    },
    {
      question: '也卖给普通家庭时，文章列出的渠道有哪两个？',
      answer: '任意两个：电商平台、实体店、独立站、社交媒体、邮件营销。',
      choices: ['电商平台与社交媒体', '社交媒体与展会', '电商平台与展览'],
    },
    {
      question: '和普通家庭的关系，应该建立在什么基础上？',
      answer: '个人偏好、顾客反馈和会员忠诚度计划。',
      choices: ['和每位买家建立长期合作伙伴关系', '行业趋势和市场动态', '个人偏好、顾客反馈和会员忠诚度计划'],
    },
    {
      question: '卖给酒店和卖给家庭，分别可能适合什么战略？',
      answer: '酒店：合作优先于竞争；家庭：用营销活动和会员忠诚度计划吸引新客户。',
      choices: ['酒店：用营销活动吸引新客户；家庭：合作伙伴关系', '酒店：合作伙伴关系；家庭：营销活动和会员忠诚度计划', '两边都优先考虑合作伙伴关系，而不是直接竞争'],
    },
    {
      question: '买家反映在线结账不好用、椅子会晃：这是谁的挑战？',
      answer: 'B2C 的：用户体验和产品质量。',
      choices: ['B2B 的：可能需要投资分析工具', '都不是：文章没有提到', 'B2C 的：必须做好用户体验和产品质量'],
    },
  ],
  handout: {
    slide: no => `幻灯片 ${no}`,
    page: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
    name: '姓名',
    date: '日期',
    firstStep: '我的第一步',
    firstStepHint: '课程结束后，你要从所选的杠杆开始做的一个改变。',
    firstStepDate: '完成日期',
    qrCode: url => `二维码：${url}`,
  },
  notes: {
    planHeading: /^.+（约 (\d+) 分钟，从 (\d+):(\d\d) 开始）$/,
    askTheRoom: '问大家',
  },
} satisfies EditionWords
