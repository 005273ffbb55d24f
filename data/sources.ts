// Every publication a chart figure comes from. The keys are the evidence numbers of the figures'
// research notes (figures.md in the team's shared folder: N… second round, E… first round,
// D… derived), so each figure can be traced back to the quote it was read in.
import type { Source } from './types.ts'

export const SOURCES = {
  N1: {
    publisher: 'UNCTAD',
    title: 'Global e-commerce hits $25.6 trillion – latest UNCTAD estimates (release, 27 April 2020)',
    year: 2020,
    url: 'https://etradeforall.org/news/unctad-global-e-commerce-hits-25-6-trillion-latest-unctad-estimates/',
    reliability: 'P',
  },
  N3: {
    publisher: 'UNCTAD',
    title: 'Estimates of Global E-Commerce 2019…, Technical Notes on ICT for Development No. 18 (release, 3 May 2021)',
    year: 2021,
    // UNCTAD's own page opens with the total only; the B2B and B2C figures were read in the
    // release as Medcom.id reproduces it.
    url: 'https://etradeforall.org/news/global-e-commerce-jumps-to-26-7-trillion-covid-19-boosts-online-sales/',
    via: 'Medcom.id',
    viaUrl: 'https://www.medcom.id/english/business/Rb1ma6xb-covid-19-pandemic-boosts-online-retail-sales-unctad',
    reliability: 'S',
  },
  CMO11: {
    publisher: 'The CMO Survey',
    title: 'How Much Firms Spend on Marketing (The CMO Survey blog, on the August 2011 survey)',
    year: 2011,
    edition: true,
    url: 'https://cmosurvey.org/blog/how-much-firms-spend-on-marketing/',
    reliability: 'P',
  },
  N30: {
    publisher: 'The CMO Survey',
    title: 'Spring 2025 edition (281 marketing leaders), as reported by SalesFuel',
    year: 2025,
    edition: true,
    url: 'https://salesfuel.com/cmo-survey-marketing-spend-optimization-now-critical/',
    via: 'SalesFuel',
    reliability: 'S',
  },
  N40: {
    publisher: 'McKinsey & Company',
    title: 'Measuring B2B\'s digital gap (research article, January 2017)',
    year: 2017,
    edition: true,
    url: 'https://judypridmore.com/?p=3986',
    via: 'judypridmore.com',
    reliability: 'S',
  },
  N20: {
    publisher: 'Recurly Research',
    title: 'Annual Subscription Billing Metrics Report (nearly 2,000 sites, 2019 data)',
    year: 2019,
    url: 'https://recurly.com/research/annual-subscription-billling-metrics-report',
    reliability: 'P',
  },
  D3: {
    publisher: 'US Census Bureau',
    title: 'Manufacturers\' shipments (UMTMVS), retail trade (RSXFSN), retail e-commerce (ECOMNSA), 2023, unadjusted; stored copies of the FRED series, vintage c. 2024–25 (revised yearly)',
    year: 2023,
    url: 'https://fred.stlouisfed.org/series/UMTMVS',
    via: 'FRED',
    reliability: 'S',
  },
} satisfies Record<string, Source>

export type SourceId = keyof typeof SOURCES
