// Every word of the English edition beyond its Markdown (slides.md, pages/): what the components
// print around the data, the live vote's, each chart's and the knowledge check's. Typed by
// EditionWords (data/words/types.ts): a word missing here is a type error. The figures are not
// here: they are in data/charts.ts, and a finding or an answer quotes them by reference.
import type { EditionWords } from './types.ts'

export const EN = {
  ui: {
    modelNames: { b2b: 'Business-to-Business', b2c: 'Business-to-Consumer' },
    activityKinds: { group: 'Group discussion', solo: 'Reflect, then pair' },
    activityOutput: 'Output',
    partName: number => `Part ${number}`,
    minutesUnit: 'min',
    sessionParts: 'Parts of the session',
    slideNumber: number => `Slide ${number}`,
    comparisonVisuals: {
      accounts: { b2b: 'Businesses buying in large volumes', b2c: 'Many single consumers' },
      relationships: { b2b: 'One deep relationship with a partner', b2c: 'Many individual relationships with customers' },
    },
    scenes: { b2b: 'B2B: a pallet of boxes delivered to one business', b2c: 'B2C: parcels delivered one by one to many people' },
    activityTimer: { name: 'Discussion timer', left: 'left', paused: 'Paused', ended: 'Time’s up' },
    pacing: {
      name: 'Session pacing',
      plan: (from, to, minutes) => `Plan ${from}–${to} (${minutes} min)`,
      gap: (from, to) => `No plan of its own: ${from}–${to}`,
      notStarted: 'Timer not started',
      onTime: 'On time',
      ahead: minutes => `${minutes} min ahead`,
      behind: minutes => `${minutes} min behind`,
    },
    answer: 'Answer: ',
    chartName: title => `${title}, B2B vs B2C`,
    rowDescription: (label, unit, values) => `${label} (${unit}): ${values.join(', ')}.`,
    unit: 'Unit',
    fullStop: '.',
    sentenceGap: ' ',
    listLead: ': ',
    measure: 'Measure',
    gap: {
      points: (larger, points, smaller, about) => `${larger} ${about ? 'about ' : ''}+${points} pts over ${smaller}`,
      ratio: (larger, ratio, smaller, about) => `${larger} ${about ? 'about ' : ''}${ratio}× ${smaller}`,
      difference: (larger, difference, smaller, about) => `${larger} ${about ? 'about ' : ''}+${difference} over ${smaller}`,
    },
    notComparable: 'not directly comparable',
    scaleEnd: end => `0–${end}`,
    reference: (value, label) => `${value} = ${label}`,
    sourceLine: ({ sources, derived }) => [
      `${sources.length > 1 ? 'Sources' : 'Source'}: ${sources.join('; ')}.`,
      ...(derived ? ['*Derived: formula in the appendix.'] : []),
    ].join(' '),
    derivedFootnote: formula => `*Derived: ${formula}.`,
    notComparableFootnote: (row, why) => `${row}: not directly comparable, ${why}.`,
    reliabilityTag: { P: '', S: 'secondary source', U: 'unverified industry estimate' },
    reliabilityName: { P: 'primary text', S: 'secondary source', U: 'unverified' },
    withAside: (name, aside) => `${name} (${aside})`,
    readVia: via => `Read via ${via}: `,
  },
  live: {
    pageTitle: 'Knowledge check: vote',
    heading: 'Knowledge check',
    questionLabel: number => `Question ${number}`,
    noQuestion: 'No question is open. Keep this page open: the next question appears here.',
    closed: 'The vote is closed.',
    saved: 'Your answer is counted. You can change it until the vote closes.',
    sending: 'Sending…',
    offline: 'Lost the connection to the room. Reconnecting…',
    refused: {
      'malformed': 'That answer could not be read. Reload the page and try again.',
      'too-large': 'That answer could not be read. Reload the page and try again.',
      'too-slow': 'The connection is too slow. Try again.',
      'unknown-question': 'That question is not part of the knowledge check.',
      'closed': 'Too late: the vote on this question is closed.',
      'unknown-choice': 'That choice is not one of the question’s.',
      'too-fast': 'Too many answers at once. Wait a moment, then try again.',
      'not-saved': 'Your answer could not be saved. Try again.',
    },
    join: 'Answer on your phone',
    chartName: question => `Votes on question ${question}`,
    votes: count => (count === 1 ? '1 vote' : `${count} votes`),
    correct: 'right answer',
  },
  charts: {
    'market-expansion': {
      title: 'How big each market is',
      finding: 'B2B e-commerce was {market-expansion.rows[0].ratio}× B2C in 2018 and {market-expansion.rows[1].ratio}× in 2019',
      question: 'Partners or consumers: which market is bigger, and by how much?',
      rows: [
        { label: 'Global e-commerce sales, 2018', unit: 'US$ trillion', b2b: 'B2B 2018 = total 25.6 − B2C 4.4 (UNCTAD: "$21 trillion, 83%")' },
        { label: 'Global e-commerce sales, 2019', unit: 'US$ trillion' },
      ],
    },
    'strategic-decisions': {
      title: 'What product companies spend on marketing',
      finding: 'B2C product firms put more into marketing, in 2011 and in 2025',
      question: 'Which product companies spend more on marketing, B2B or B2C?',
      rows: [
        { label: 'Marketing\'s share of the firm\'s budget, Aug 2011', unit: '% of the firm\'s budget, product companies' },
        { label: 'Marketing spend, Spring 2025', unit: '% of revenue as reported (possibly of firm budget), product companies' },
      ],
      note: 'Product companies only (in Spring 2025 B2B services outspent B2C services, 9.0% to 6.0%). SalesFuel\'s "% of revenue" may be a share of firm budgets.',
    },
    'operational-challenges': {
      title: 'How far each model had gone digital',
      finding: 'B2B lagged B2C on mobile strategy and digital priority (Jan 2017)',
      question: 'Which model had gone further with digital, and by how much?',
      rows: [
        { label: 'Companies with a mobile strategy, Jan 2017', unit: '% of companies' },
        { label: 'Digital a top-three investment priority, Jan 2017', unit: '% of companies', b2c: 'B2C ≈ 2 × 10: B2B\'s 10% is "about half the average for B2C companies"' },
      ],
    },
    'financial-performance': {
      title: 'Repeat business and seasonality',
      finding: 'B2C lost subscribers faster; retail\'s Q4 beat an even quarter',
      question: 'Whose customers stay longer, and whose sales peak at year end?',
      rows: [
        { label: 'Median monthly subscriber churn, 2019', unit: '% of subscribers lost a month, subscription businesses' },
        {
          label: 'Q4 share of sales, US 2023: manufacturers vs retail',
          unit: '% of the year\'s sales',
          b2b: 'B2B = manufacturers\' shipments Oct–Dec 1,721.7 ÷ year 6,931.6 (US$ bn)',
          b2c: 'B2C = retail trade Oct–Dec 1,892.6 ÷ year 7,200.1 (US$ bn)',
          baseline: 'an even quarter',
          notComparable: 'two Census surveys, manufacturers\' shipments for B2B and retail trade for B2C',
        },
      ],
      note: 'Churn: businesses billing subscriptions through Recurly only.',
    },
  },
  sourceEditions: { CMO11: 'Aug 2011', N30: 'Spring 2025', N40: 'Jan 2017' },
  quiz: [
    {
      question: 'A chair maker wants hotel chains as customers. Which model is this, which channel does the article list for it, and what should the relationship build on?',
      answer: 'B2B, via a trade show or direct sales; a long-term partnership built on hotel-industry insight.',
      choices: ['B2C; social media; points for each guest', 'B2B; a trade show; points for each buyer', 'B2B; a trade show; a partnership built on industry insight', 'B2B; email marketing; a partnership built on industry insight'],
    },
    {
      question: 'Selling to households too: which two channels does the article list?',
      answer: 'Any two of: online marketplaces, retail stores, e-commerce platforms, social media, email.',
      choices: ['Online marketplaces and social media', 'Social media and trade shows', 'Online marketplaces and exhibitions'],
    },
    {
      question: 'What should its relationship with households build on?',
      answer: 'Individual preferences, feedback and loyalty programs.',
      choices: ['A long-term partnership with each buyer', 'Industry trends and market dynamics', 'Individual preferences, feedback and loyalty programs'],
    },
    {
      question: 'Which strategy may fit selling to hotels, and which to households?',
      answer: 'Hotels: partnerships over competition; households: campaigns and loyalty programs for new customers.',
      choices: ['Hotels: campaigns for new customers; households: partnerships', 'Hotels: partnerships; households: campaigns and loyalty programs', 'Both: partnerships over direct competition'],
    },
    {
      question: 'Buyers report a confusing online checkout and wobbly chairs. Whose challenge is that?',
      answer: 'B2C\'s: an engaging user experience and product quality.',
      choices: ['B2B\'s: it may need to invest in analytics', 'Neither: the article does not say', 'B2C\'s: it must ensure user experience and quality'],
    },
  ],
  notes: {
    planHeading: /^.+ \(about (\d+) minutes?, from (\d+):(\d\d)\)\.$/,
    askTheRoom: 'Ask the room',
  },
} satisfies EditionWords
