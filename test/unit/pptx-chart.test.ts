import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { layoutComparison } from '../../lib/chart-layout'
import { figureText } from '../../lib/format'
import { MODEL_COLOURS, officeNumberFormat, rowChartXml, rowWorkbook } from '../../tools/pptx-chart'
import { FINANCIAL_PERFORMANCE, MARKET_EXPANSION } from '../deck'

const OFFICE = { latin: 'Arial', eastAsian: 'Microsoft JhengHei', lang: 'en-US' }

describe('a chart row as a native PowerPoint chart', () => {
  it('labels each value as the deck writes it: its digits, "%" after a rate, "*" after a derived figure, "≈" before a rough one', () => {
    const [row2018] = MARKET_EXPANSION.rows
    expect(officeNumberFormat(row2018.b2b, row2018.unit, 'en')).toBe('#,##0.0"*"')
    expect(officeNumberFormat(row2018.b2c, row2018.unit, 'en')).toBe('#,##0.0')
    const [churn] = FINANCIAL_PERFORMANCE.rows
    expect(officeNumberFormat(churn.b2b, churn.unit, 'en')).toBe('#,##0.00"%"')
    expect(officeNumberFormat({ ...churn.b2b, value: 10, digits: 0, approximate: true }, { kind: 'percent', label: '%' }, 'en')).toBe('"≈"#,##0"%"')
    // What the deck prints for the same figures.
    expect([figureText(row2018.b2b, row2018.unit), figureText(churn.b2b, churn.unit)]).toEqual(['21.2*', '5.15%'])
  })

  it('holds the row\'s figures, B2B first, in the models\' colours, on an axis from zero to the end of the deck\'s scale', () => {
    const layout = layoutComparison(MARKET_EXPANSION)
    const xml = rowChartXml(MARKET_EXPANSION.rows[0], layout.rows[0].scale.end, 'B2B 4.8× B2C', OFFICE, 'en')
    const numbers = xml.match(/<c:numCache>[\s\S]*?<\/c:numCache>/)![0]
    expect([...numbers.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map(([, value]) => Number(value))).toEqual([21.2, 4.4])
    const categories = xml.match(/<c:cat>[\s\S]*?<\/c:cat>/)![0]
    expect([...categories.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map(([, value]) => value)).toEqual(['B2B', 'B2C'])
    expect([...xml.matchAll(/<c:dPt>[\s\S]*?srgbClr val="(\w+)"/g)].map(([, colour]) => colour)).toEqual([MODEL_COLOURS.b2b, MODEL_COLOURS.b2c])
    expect(xml).toContain(`<c:max val="${layout.rows[0].scale.end}"/><c:min val="0"/>`)
    expect(xml).toContain('<a:t>Global e-commerce sales, 2018 (US$ trillion)</a:t>')
    expect(xml).toContain('<a:t>B2B 4.8× B2C</a:t>')
    expect(xml).toContain('<c:externalData r:id="rId1">')
    expect(xml).not.toContain('Inter')
  })

  it('embeds a workbook that holds the same figures, for PowerPoint\'s "Edit Data"', async () => {
    const zip = await JSZip.loadAsync(await rowWorkbook(MARKET_EXPANSION.rows[1]))
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string')
    expect([...sheet.matchAll(/<c r="(\w+)"[^>]*>(?:<v>([^<]*)<\/v>|<is><t>([^<]*)<\/t><\/is>)<\/c>/g)].map(([, ref, number, text]) => `${ref}=${number ?? text}`))
      .toEqual(['A1=', 'B1=US$ trillion', 'A2=B2B', 'B2=21.8', 'A3=B2C', 'B3=4.9'])
    expect(zip.file('xl/workbook.xml')).not.toBeNull()
  })
})
