/**
 * Every heading and point of the source article (source/article.md), with the words the deck must
 * show for it. The deck condenses the article, so it is checked for the key phrases of each point,
 * not for the article's sentences.
 *
 * `test/deck/article-points.test.ts` proves this list covers every line of the article;
 * the browser tests prove every phrase is on a slide and in the PDF.
 */
import type { Locale } from '../data/editions'

export interface ArticlePoint {
  /** A fragment that identifies the article's line (as it reads once the pinyin is removed). */
  line: string
  /** Phrases each edition's text must contain, compared case-insensitively. */
  deck: Record<Locale, string[]>
}

export const ARTICLE_POINTS: ArticlePoint[] = [
  // 1. Title and introduction
  { line: 'btob和b2c運營的區別', deck: { 'en': ['B2B 和 B2C 運營的區別', 'B2B vs B2C: how the operations differ'], 'zh-Hant': ['B2B 和 B2C 運營的區別', 'B2B vs B2C: how the operations differ'], 'zh-Hans': ['B2B和B2C运营的区别', 'B2B vs B2C: how the operations differ'] } },
  { line: 'Introduction', deck: { 'en': ['Why the difference matters'], 'zh-Hant': ['為什麼差異很重要'], 'zh-Hans': ['为什么要弄清两者的区别'] } },
  {
    line: 'In the vast world of e-commerce',
    deck: {
      'en': ['expand its reach', 'grow its customer base', 'strategy', 'operations', 'success in the global marketplace'],
      'zh-Hant': ['擴大觸及範圍', '壯大客戶群', '策略', '營運', '全球市場上的成敗'],
      'zh-Hans': ['拓展业务范围', '扩大客户群', '战略', '运营', '全球市场上的成败'],
    },
  },
  // 2. What's the difference (the B2C part repeats the first one; the deck merges them)
  { line: 'B2B vs B2C: What\'s the Difference?', deck: { 'en': ['B2B vs B2C: what\'s the difference?'], 'zh-Hant': ['B2B 與 B2C：差別在哪裡？'], 'zh-Hans': ['B2B 与 B2C：区别在哪里？'] } },
  { line: 'Business-to-Business (B2B)', deck: { 'en': ['Business-to-Business'], 'zh-Hant': ['企業對企業'], 'zh-Hans': ['企业对企业'] } },
  { line: 'Business-to-Consumer (B2C)', deck: { 'en': ['Business-to-Consumer'], 'zh-Hant': ['企業對消費者'], 'zh-Hans': ['企业对消费者'] } },
  { line: '1. Purpose and Target Audience', deck: { 'en': ['Purpose and target audience'], 'zh-Hant': ['目的與目標受眾'], 'zh-Hans': ['目的与目标受众'] } },
  {
    line: 'B2B: These are transactions between two or more businesses',
    deck: {
      'en': ['two or more businesses', 'large volumes', 'expand market share', 'long-term partnerships', 'specific business needs'],
      'zh-Hant': ['兩家或多家企業', '大量', '擴大市場占有率', '長期合作夥伴關係', '特定的業務需求'],
      'zh-Hans': ['两家或多家企业', '大批量', '扩大市场份额', '长期合作伙伴关系', '特定的业务需求'],
    },
  },
  {
    line: 'B2C: These are transactions between a business and a consumer',
    deck: {
      'en': ['a single consumer', 'directly to individuals', 'online platforms'],
      'zh-Hant': ['單一消費者', '直接賣給個人', '線上平台'],
      'zh-Hans': ['单个消费者', '直接卖给个人', '线上平台'],
    },
  },
  {
    line: 'B2C: These are transactions between a business and a single consumer',
    deck: {
      'en': ['a single consumer', 'directly to individuals', 'online platforms', 'physical stores'],
      'zh-Hant': ['單一消費者', '直接賣給個人', '線上平台', '實體店面'],
      'zh-Hans': ['单个消费者', '直接卖给个人', '线上平台', '实体店'],
    },
  },
  { line: '2. Sales Channels', deck: { 'en': ['Sales channels'], 'zh-Hant': ['銷售管道'], 'zh-Hans': ['销售渠道'] } },
  {
    line: 'B2B: Sales channels may include direct sales, trade shows',
    deck: {
      'en': ['Direct sales', 'Trade shows', 'exhibitions', 'Partnerships with other businesses'],
      'zh-Hant': ['直接銷售', '商展', '展覽', '與其他企業合作'],
      'zh-Hans': ['直接销售', '展会', '展览', '与其他企业合作'],
    },
  },
  {
    line: 'B2C: Sales channels may include online marketplaces, brick-and-mortar',
    deck: {
      'en': ['Online marketplaces', 'brick-and-mortar', 'Social media', 'email marketing'],
      'zh-Hant': ['電商市集', '實體', '社群媒體', '電子郵件行銷'],
      'zh-Hans': ['电商平台', '实体店', '社交媒体', '邮件营销'],
    },
  },
  {
    line: 'B2C: Sales channels may include online marketplaces, retail stores',
    deck: {
      'en': ['Online marketplaces', 'Retail', 'e-commerce platforms', 'Direct sales'],
      'zh-Hant': ['電商市集', '零售', '自建電商網站', '直接銷售'],
      'zh-Hans': ['电商平台', '零售', '自建独立站', '直接销售'],
    },
  },
  { line: '3. Customer Relationship Management', deck: { 'en': ['Customer relationship management'], 'zh-Hant': ['客戶關係管理'], 'zh-Hans': ['客户关系管理'] } },
  {
    line: 'B2B: Building relationships with potential partners',
    deck: {
      'en': ['potential partners', 'deeper insight', 'Industry trends', 'Market dynamics', 'Strategic partnerships'],
      'zh-Hant': ['潛在合作夥伴', '更深入了解', '產業趨勢', '市場動態', '策略合作夥伴關係'],
      'zh-Hans': ['潜在合作伙伴', '更深入地了解', '行业趋势', '市场动态', '战略合作伙伴关系'],
    },
  },
  {
    line: 'B2C: Building relationships with customers involves',
    deck: {
      'en': ['Individual preferences', 'Feedback', 'Loyalty programs'],
      'zh-Hant': ['個人偏好', '顧客回饋', '會員忠誠計畫'],
      'zh-Hans': ['个人偏好', '顾客反馈', '会员忠诚度计划'],
    },
  },
  // 3. The impact sections
  { line: 'The Impact of B2B vs B2C on Global E-commerce', deck: { 'en': ['The impact of B2B vs B2C on global e-commerce'], 'zh-Hant': ['B2B 與 B2C 對全球電子商務的影響'], 'zh-Hans': ['B2B 与 B2C 对全球电子商务的影响'] } },
  { line: 'Market Expansion', deck: { 'en': ['Market expansion'], 'zh-Hant': ['市場擴張'], 'zh-Hans': ['市场扩张'] } },
  {
    line: 'The choice between B2B and B2C models has a significant impact',
    deck: {
      'en': ['significant impact', 'expand market reach', 'potential partners', 'new markets', 'loyal customer base', 'sustain growth'],
      'zh-Hant': ['重大影響', '擴大市場觸及範圍', '潛在合作夥伴', '新市場', '忠實的顧客群', '維持成長'],
      'zh-Hans': ['重大影响', '拓展市场覆盖面', '潜在合作伙伴', '新市场', '忠实的客户群', '保持增长'],
    },
  },
  { line: 'Strategic Decisions', deck: { 'en': ['Strategic decisions'], 'zh-Hant': ['策略決策'], 'zh-Hans': ['战略决策'] } },
  {
    line: 'The type of business model a company chooses',
    deck: {
      'en': ['can influence its strategic decisions', 'partnerships over direct competition', 'acquiring new customers', 'marketing campaigns', 'loyalty programs'],
      'zh-Hant': ['可能會影響它的策略決策', '合作夥伴關係', '而非直接競爭', '爭取新顧客', '行銷活動', '會員忠誠計畫'],
      'zh-Hans': ['可以影响它的战略决策', '合作伙伴关系', '而不是直接竞争', '获取新客户', '营销活动', '会员忠诚度计划'],
    },
  },
  { line: 'Operational Challenges', deck: { 'en': ['Operational challenges'], 'zh-Hant': ['營運挑戰'], 'zh-Hans': ['运营挑战'] } },
  {
    line: 'Both B2B and B2C businesses face unique operational challenges',
    deck: {
      'en': ['unique operational challenges', 'advanced technology and analytics', 'customer behavior', 'engaging user experience', 'product quality'],
      'zh-Hant': ['獨特的營運挑戰', '先進的技術與分析工具', '客戶行為', '引人入勝的使用者體驗', '產品品質'],
      'zh-Hans': ['独特的运营挑战', '先进的技术和分析工具', '客户行为', '有吸引力的用户体验', '产品质量'],
    },
  },
  { line: 'Financial Performance', deck: { 'en': ['Financial performance'], 'zh-Hant': ['財務表現'], 'zh-Hans': ['财务表现'] } },
  {
    line: 'The financial performance of B2B and B2C businesses',
    deck: {
      'en': ['vary significantly', 'higher revenue', 'repeat purchases', 'long-term partnerships', 'seasonality', 'consumer spending patterns'],
      'zh-Hant': ['差異很大', '更高的營收', '重複購買', '長期合作夥伴關係', '季節性', '消費者支出模式'],
      'zh-Hans': ['相差很大', '更高的收入', '复购', '长期合作伙伴关系', '季节性', '消费者的消费模式'],
    },
  },
  // 4. Conclusion
  { line: 'Conclusion', deck: { 'en': ['Conclusion'], 'zh-Hant': ['結論'], 'zh-Hans': ['结论'] } },
  {
    line: 'Understanding the differences between B2B and B2C operations is crucial',
    deck: {
      'en': ['succeed in global e-commerce', 'Target audience', 'Sales channels', 'Customer relationship management', 'tailor your approach', 'needs and goals', 'embracing the nuances', 'navigate the global marketplace', 'achieve your objectives'],
      'zh-Hant': ['在全球電子商務中取得成功', '目標受眾', '銷售管道', '客戶關係管理', '調整做法', '需求和目標', '細微差異', '全球市場', '達成目標'],
      'zh-Hans': ['在全球电商市场取得成功', '目标受众', '销售渠道', '客户关系管理', '调整做法', '需求和目标', '细微差别', '全球市场', '实现目标'],
    },
  },
  // 5. The publisher's notice, in Chinese and in English
  {
    line: '本文內容根據網絡資料整理',
    deck: {
      'en': ['本文內容根據網絡資料整理', '出於傳遞更多信息之目的', '不代表金鑰匙跨境贊同其觀點和立場', 'compiled from online material', 'endorses its views'],
      'zh-Hant': ['本文內容根據網絡資料整理', '出於傳遞更多信息之目的', '不代表金鑰匙跨境贊同其觀點和立場', 'compiled from online material', 'endorses its views'],
      'zh-Hans': ['本文内容根据网络资料整理', '出于传递更多信息之目的', '不代表金钥匙跨境赞同其观点和立场', 'compiled from online material', 'endorses its views'],
    },
  },
  { line: '轉載請注明', deck: { 'en': ['轉載請註明', '如有侵權，聯繫刪除', 'credit the source', 'contact us for removal'], 'zh-Hant': ['轉載請註明', '如有侵權，聯繫刪除', 'credit the source', 'contact us for removal'], 'zh-Hans': ['转载请注明', '如有侵权，联系删除', 'credit the source', 'contact us for removal'] } },
]

/** How one model's point in an impact section is hedged: the article's words, and each edition's on the slide. */
export interface Modality {
  /** The article's modal phrase, as it stands in the article. */
  article: string
  /** What each edition's card for that model must say, so the hedge is neither dropped nor strengthened. */
  deck: Record<Locale, string>
}

/**
 * The four impact sections, in slide order, with the modal verb the article gives each model
 * ("may", "can", "must"): the slides keep them, as `test/deck/article-points.test.ts` checks.
 */
export const IMPACT_MODALITY: { section: string, b2b: Modality, b2c: Modality }[] = [
  {
    section: 'Market expansion',
    b2b: { article: 'can lead to new markets', deck: { 'en': 'can lead to', 'zh-Hant': '可以帶來', 'zh-Hans': '可以带来' } },
    b2c: { article: 'must focus on creating a loyal customer base', deck: { 'en': 'Must focus on', 'zh-Hant': '必須專注於', 'zh-Hans': '必须专注于' } },
  },
  {
    section: 'Strategic decisions',
    b2b: { article: 'may prioritize partnerships', deck: { 'en': 'May prioritize', 'zh-Hant': '可能優先考慮', 'zh-Hans': '可能优先考虑' } },
    b2c: { article: 'may focus on acquiring new customers', deck: { 'en': 'May focus on', 'zh-Hant': '可能專注於', 'zh-Hans': '可能专注于' } },
  },
  {
    section: 'Operational challenges',
    b2b: { article: 'may need to invest', deck: { 'en': 'May need to invest', 'zh-Hant': '可能需要投資', 'zh-Hans': '可能需要投入' } },
    b2c: { article: 'must focus on creating an engaging user experience', deck: { 'en': 'Must create', 'zh-Hant': '必須打造', 'zh-Hans': '必须打造' } },
  },
  {
    section: 'Financial performance',
    b2b: { article: 'may generate higher revenue', deck: { 'en': 'May earn higher revenue', 'zh-Hant': '可能從', 'zh-Hans': '可能从' } },
    b2c: { article: 'may rely more heavily', deck: { 'en': 'May rely more heavily', 'zh-Hant': '可能更依賴', 'zh-Hans': '可能更依赖' } },
  },
]
