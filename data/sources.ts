// Every publication a chart figure comes from. The keys are the evidence numbers of the figures'
// research notes (figures.md in the team's shared folder), so each figure can be traced back.
import type { Source } from './types'

export const SOURCES = {
  E1: {
    publisher: 'UNCTAD',
    title: 'Estimates of Global E-Commerce 2019 and Preliminary Assessment of COVID-19 Impact on Online Retail 2020, Technical Notes on ICT for Development No. 18',
    year: 2021,
    url: 'https://yumyumnews.com/global-e-commerce-volume-hits-26-7t-in-2019/',
    via: 'press report of UNCTAD\'s release of 3 May 2021',
    reliability: 'S',
  },
  E2: {
    publisher: 'UNCTAD',
    title: 'Global e-commerce hits $25.6 trillion – latest UNCTAD estimates',
    year: 2020,
    url: 'https://etradeforall.org/news/unctad-global-e-commerce-hits-25-6-trillion-latest-unctad-estimates/',
    reliability: 'P',
  },
  E8: {
    publisher: 'US Census Bureau',
    title: 'Quarterly Retail E-Commerce Sales, 4th Quarter 2020 (release CB21-23)',
    year: 2021,
    url: 'https://www.census.gov/retail/ecommerce.html',
    reliability: 'P',
  },
  E10: {
    publisher: 'National Retail Federation',
    title: 'Winter Holiday FAQs',
    year: 2021,
    url: 'https://nrf.com/topics/holiday-and-seasonal-trends/winter-holidays/winter-holiday-faqs',
    reliability: 'P',
  },
  E17a: {
    publisher: 'Social Media Examiner',
    title: 'Social Media Marketing Industry Report 2022',
    year: 2022,
    url: 'https://www.marketingcharts.com/digital/social-media-225913',
    via: 'MarketingCharts, "Social Media Marketing Update: Preferred Platforms in 2022"',
    reliability: 'S',
  },
  E17cB2B: {
    publisher: 'Content Marketing Institute and MarketingProfs',
    title: 'B2B Content Marketing 2016: Benchmarks, Budgets, and Trends—North America',
    year: 2015,
    url: 'https://ppai.org/?p=18512',
    via: 'PPAI summary of the report',
    reliability: 'S',
  },
  E17cB2C: {
    publisher: 'Content Marketing Institute and MarketingProfs',
    title: 'B2C Content Marketing 2016: Benchmarks, Budgets, and Trends—North America',
    year: 2015,
    url: 'https://gpdconsulting.co.za/2015/10/16/2016-b2c-content-marketing-benchmarks-budgets-and-trends/',
    via: 'reprint of CMI\'s summary of the report',
    reliability: 'S',
  },
} satisfies Record<string, Source>

export type SourceId = keyof typeof SOURCES
