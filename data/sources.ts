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
  E17a: {
    publisher: 'Social Media Examiner',
    title: 'Social Media Marketing Industry Report 2022',
    year: 2022,
    url: 'https://www.marketingcharts.com/digital/social-media-225913',
    via: 'MarketingCharts',
    reliability: 'S',
  },
  E17cB2B: {
    publisher: 'Content Marketing Institute',
    title: 'B2B Content Marketing 2016: Benchmarks, Budgets, and Trends—North America',
    year: 2015,
    edition: '2016 report, surveyed 2015',
    url: 'https://ppai.org/?p=18512',
    via: 'PPAI',
    reliability: 'S',
  },
  E17cB2C: {
    publisher: 'Content Marketing Institute',
    title: 'B2C Content Marketing 2016: Benchmarks, Budgets, and Trends—North America',
    year: 2015,
    edition: '2016 report, surveyed 2015',
    url: 'https://gpdconsulting.co.za/2015/10/16/2016-b2c-content-marketing-benchmarks-budgets-and-trends/',
    via: 'GPD Consulting',
    reliability: 'S',
  },
  N40: {
    publisher: 'McKinsey & Company',
    title: 'Measuring B2B\'s digital gap (January 2017)',
    year: 2017,
    url: 'https://judypridmore.com/?p=3986',
    via: 'judypridmore.com',
    reliability: 'S',
  },
  N17: {
    publisher: 'US Census Bureau',
    title: 'E-Stats 2017: Measuring the Electronic Economy (23 September 2019)',
    year: 2019,
    edition: 'E-Stats 2017',
    url: 'https://www.slideshare.net/DrGiorgosKKassapis/2017-estats-report-measuring-the-electronic-economy',
    via: 'SlideShare',
    reliability: 'P',
  },
  D5: {
    publisher: 'US Census Bureau',
    title: 'Retail e-commerce (ECOMNSA) and retail trade (RSXFSN) sales, 2017, not seasonally adjusted, revised yearly',
    year: 2017,
    url: 'https://fred.stlouisfed.org/series/ECOMNSA',
    via: 'FRED',
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
    title: 'Manufacturers\' shipments (UMTMVS) and retail trade sales (RSXFSN), monthly 2023, not seasonally adjusted, revised yearly',
    year: 2023,
    url: 'https://fred.stlouisfed.org/series/UMTMVS',
    via: 'FRED',
    reliability: 'S',
  },
} satisfies Record<string, Source>

export type SourceId = keyof typeof SOURCES
