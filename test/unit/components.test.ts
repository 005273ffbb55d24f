// @vitest-environment happy-dom
import type { Directive } from 'vue'
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import CompareColumns from '../../components/CompareColumns.vue'
import ModelBadge from '../../components/ModelBadge.vue'
import QuizQuestion from '../../components/QuizQuestion.vue'

// The edition comes from the deck's headmatter, through Slidev's client: stand in for it.
const deck = vi.hoisted(() => ({ configs: {} as { lang?: string } }))
vi.mock('@slidev/client', () => ({ configs: deck.configs }))

beforeEach(() => {
  delete deck.configs.lang
})

/** Slidev's icons are compiled by its build; here they only need to exist. */
const ICON_STUBS = { 'carbon-enterprise': true, 'carbon-user': true }

describe('modelBadge', () => {
  it.each([
    ['b2b', 'en', 'B2B', 'Business-to-Business'],
    ['b2c', 'en', 'B2C', 'Business-to-Consumer'],
    ['b2b', 'zh-Hant', 'B2B', '企業對企業'],
    ['b2c', 'zh-Hant', 'B2C', '企業對消費者'],
  ] as const)('labels %s (%s) with its short and full name, in its colour', (model, locale, short, name) => {
    deck.configs.lang = locale
    const badge = mount(ModelBadge, { props: { model }, global: { stubs: ICON_STUBS } })
    expect(badge.attributes('data-model')).toBe(model)
    expect(badge.find('.model-badge__short').text()).toBe(short)
    expect(badge.find('.model-badge__name').text()).toBe(name)
  })
})

describe('compareColumns', () => {
  function mountColumns() {
    // Stands in for Slidev's v-click: records which elements would be revealed by a click.
    const revealed: HTMLElement[] = []
    const click: Directive<HTMLElement> = { mounted: el => revealed.push(el) }
    const wrapper = mount(CompareColumns, {
      slots: { b2b: '<p>sells pallets</p>', b2c: '<p>sells parcels</p>' },
      global: { stubs: ICON_STUBS, directives: { click } },
    })
    return { wrapper, revealed }
  }

  it('shows B2B on the left and B2C on the right, each under its own heading', () => {
    const { wrapper } = mountColumns()
    const columns = wrapper.findAll('.compare-column')
    expect(columns.map(column => column.attributes('data-model'))).toEqual(['b2b', 'b2c'])
    expect(columns.map(column => column.find('h2').text())).toEqual([
      'B2B Business-to-Business',
      'B2C Business-to-Consumer',
    ])
    expect(columns.map(column => column.find('.compare-column__body').text())).toEqual(['sells pallets', 'sells parcels'])
  })

  it('reveals the two columns on two clicks, B2B first', () => {
    const { wrapper, revealed } = mountColumns()
    expect(revealed).toEqual(wrapper.findAll('.compare-column').map(column => column.element))
  })
})

describe('quizQuestion', () => {
  it.each([
    ['en', 'Answer: Direct sales.'],
    ['zh-Hant', '答案：直接銷售。'],
  ] as const)('labels the answer in the %s edition\'s language', (locale, text) => {
    const click: Directive<HTMLElement> = {}
    const answer = locale === 'en' ? 'Direct sales.' : '直接銷售。'
    deck.configs.lang = locale
    const quiz = mount(QuizQuestion, { props: { number: 1, question: 'Q', answer }, global: { directives: { click } } })
    expect(quiz.find('.quiz-question__answer').text()).toBe(text)
  })
})
