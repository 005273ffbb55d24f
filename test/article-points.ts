/**
 * Every heading and point of the source article (source/article.md), with the words the deck must
 * show for it. The deck condenses the article, so it is checked for the key phrases of each point,
 * not for the article's sentences.
 *
 * `test/unit/article-points.test.ts` proves this list covers every line of the article;
 * the browser tests prove every phrase is on a slide and in the PDF.
 */
export interface ArticlePoint {
  /** A fragment that identifies the article's line (as it reads once the pinyin is removed). */
  line: string
  /** Phrases the deck's text must contain, compared case-insensitively. */
  deck: string[]
}

export const ARTICLE_POINTS: ArticlePoint[] = [
  // 1. Title and introduction
  { line: 'btob和b2c運營的區別', deck: ['B2B 和 B2C 運營的區別', 'B2B vs B2C: how the operations differ'] },
  { line: 'Introduction', deck: ['Why the difference matters'] },
  {
    line: 'In the vast world of e-commerce',
    deck: ['expand its reach', 'grow its customer base', 'strategy', 'operations', 'success in the global marketplace'],
  },
  // 2. What's the difference (the B2C part repeats the first one; the deck merges them)
  { line: 'B2B vs B2C: What\'s the Difference?', deck: ['B2B vs B2C: what\'s the difference?'] },
  { line: 'Business-to-Business (B2B)', deck: ['Business-to-Business'] },
  { line: 'Business-to-Consumer (B2C)', deck: ['Business-to-Consumer'] },
  { line: '1. Purpose and Target Audience', deck: ['Purpose and target audience'] },
  {
    line: 'B2B: These are transactions between two or more businesses',
    deck: ['two or more businesses', 'large volumes', 'expand market share', 'long-term partnerships', 'specific business needs'],
  },
  {
    line: 'B2C: These are transactions between a business and a consumer',
    deck: ['a single consumer', 'directly to individuals', 'online platforms'],
  },
  {
    line: 'B2C: These are transactions between a business and a single consumer',
    deck: ['a single consumer', 'directly to individuals', 'online platforms', 'physical stores'],
  },
  { line: '2. Sales Channels', deck: ['Sales channels'] },
  {
    line: 'B2B: Sales channels may include direct sales, trade shows',
    deck: ['Direct sales', 'Trade shows', 'exhibitions', 'Partnerships with other businesses'],
  },
  {
    line: 'B2C: Sales channels may include online marketplaces, brick-and-mortar',
    deck: ['Online marketplaces', 'brick-and-mortar', 'Social media', 'email marketing'],
  },
  {
    line: 'B2C: Sales channels may include online marketplaces, retail stores',
    deck: ['Online marketplaces', 'Retail', 'e-commerce platforms', 'Direct sales'],
  },
  { line: '3. Customer Relationship Management', deck: ['Customer relationship management'] },
  {
    line: 'B2B: Building relationships with potential partners',
    deck: ['potential partners', 'deeper insight', 'Industry trends', 'Market dynamics', 'Strategic partnerships'],
  },
  {
    line: 'B2C: Building relationships with customers involves',
    deck: ['Individual preferences', 'Feedback', 'Loyalty programs'],
  },
  // 3. The impact sections
  { line: 'The Impact of B2B vs B2C on Global E-commerce', deck: ['The impact of B2B vs B2C on global e-commerce'] },
  { line: 'Market Expansion', deck: ['Market expansion'] },
  {
    line: 'The choice between B2B and B2C models has a significant impact',
    deck: ['significant impact', 'expand its market reach', 'potential partners', 'new markets', 'loyal customer base', 'sustains growth'],
  },
  { line: 'Strategic Decisions', deck: ['Strategic decisions'] },
  {
    line: 'The type of business model a company chooses',
    deck: ['influences its strategic decisions', 'partnerships over direct competition', 'acquiring new customers', 'marketing campaigns', 'loyalty programs'],
  },
  { line: 'Operational Challenges', deck: ['Operational challenges'] },
  {
    line: 'Both B2B and B2C businesses face unique operational challenges',
    deck: ['unique operational challenges', 'advanced technology and analytics', 'customer behaviour', 'engaging user experience', 'product quality'],
  },
  { line: 'Financial Performance', deck: ['Financial performance'] },
  {
    line: 'The financial performance of B2B and B2C businesses',
    deck: ['vary significantly', 'higher revenue', 'repeat purchases', 'long-term partnerships', 'seasonality', 'consumer spending patterns'],
  },
  // 4. Conclusion
  { line: 'Conclusion', deck: ['Conclusion'] },
  {
    line: 'Understanding the differences between B2B and B2C operations is crucial',
    deck: ['succeed in global e-commerce', 'Target audience', 'Sales channels', 'Customer relationship management', 'tailor your approach', 'needs and goals', 'embrace the nuances', 'navigate the global marketplace', 'achieve your objectives'],
  },
  // 5. The publisher's notice, in Chinese and in English
  {
    line: '本文內容根據網絡資料整理',
    deck: ['本文內容根據網絡資料整理', '不代表金鑰匙跨境贊同其觀點和立場', 'compiled from online material', 'endorses its views'],
  },
  { line: '轉載請注明', deck: ['轉載請注明', '如有侵權', 'credit the source', 'contact us for removal'] },
]
