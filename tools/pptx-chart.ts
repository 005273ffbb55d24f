import type { Buffer } from 'node:buffer'
// A chart row of the deck as a native PowerPoint chart: a bar chart of its B2B and B2C figures
// (categories in the deck's order, bars in the models' colours), its axis from zero to the end of
// the row's scale as the deck draws it (lib/chart-layout.ts), each value labelled as the deck writes
// it and named ("B2B 21.2*", "B2C 5.15%"), and its data in an embedded workbook, so a trainer updates a
// figure with PowerPoint's "Edit Data". One chart per row: rows in different units never share a
// scale in the deck, so they never share an axis here.
import type { ComparisonRow, Figure, Unit } from '../data/types.ts'
import type { OfficeText } from './pptx.ts'
import JSZip from 'jszip'
import { MODEL_IDS, MODEL_SHORT } from '../data/types.ts'
import { APPROXIMATE_MARK, DERIVED_MARK } from '../lib/format.ts'
import { xmlText } from './pptx.ts'

/** The models' colours on a light slide (styles/theme.css: --b2b, --b2c), as DrawingML writes them. */
export const MODEL_COLOURS = { b2b: '0A5CA8', b2c: 'A64B00' } as const

/** The text colour of the deck's light mode (--text). */
const TEXT_COLOUR = '1C2430'

/** A quoted literal of a number format: its characters as Excel reads them between quotes. */
const literal = (text: string) => text ? `"${text.replace(/"/g, '""')}"` : ''

/**
 * The number format that writes `figure` as the deck's chart does: its digits, "%" after a share
 * or rate (the value is kept as it is read, 81 for 81%), the currency's symbol before money, "≈"
 * before a figure the source gives only roughly, "*" after a derived one.
 */
export function officeNumberFormat(figure: Figure, unit: Unit, locale: string): string {
  const digits = figure.digits > 0 ? `.${'0'.repeat(figure.digits)}` : ''
  const percent = unit.kind === 'percent' || unit.kind === 'rate' || unit.kind === 'growth'
  const currency = unit.kind === 'currency'
    ? new Intl.NumberFormat(locale, { style: 'currency', currency: unit.currency }).formatToParts(0).find(part => part.type === 'currency')?.value ?? ''
    : ''
  return `${literal((figure.approximate ? APPROXIMATE_MARK : '') + currency)}#,##0${digits}${literal((percent ? '%' : '') + (figure.derived ? DERIVED_MARK : ''))}`
}

/** A run's properties in the file's faces. */
function runProperties(size: number, office: OfficeText, bold = false): string {
  return `<a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:solidFill><a:srgbClr val="${TEXT_COLOUR}"/></a:solidFill>`
    + `<a:latin typeface="${xmlText(office.latin)}"/><a:ea typeface="${xmlText(office.eastAsian)}"/><a:cs typeface="${xmlText(office.latin)}"/></a:defRPr>`
}

/**
 * The chart part (c:chartSpace) of one row: its title and under it `note` (the row's gap or why it
 * has none, its reference value, as the deck writes them), its two bars, its axis from 0 to
 * `scaleEnd`, its workbook as `r:id="rId1"`.
 */
export function rowChartXml(row: ComparisonRow, scaleEnd: number, note: string, office: OfficeText, locale: string): string {
  const title = `${row.label} (${row.unit.label})`
  const points = MODEL_IDS.map((side, i) => `<c:pt idx="${i}"><c:v>${xmlText(MODEL_SHORT[side])}</c:v></c:pt>`).join('')
  const values = MODEL_IDS.map((side, i) => `<c:pt idx="${i}"><c:v>${row[side].value}</c:v></c:pt>`).join('')
  const colours = MODEL_IDS.map((side, i) => `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${MODEL_COLOURS[side]}"/></a:solidFill></c:spPr></c:dPt>`).join('')
  const labels = MODEL_IDS.map((side, i) => `<c:dLbl><c:idx val="${i}"/><c:numFmt formatCode="${xmlText(officeNumberFormat(row[side], row.unit, locale))}" sourceLinked="0"/>`
    + `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="1"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/><c:separator> </c:separator></c:dLbl>`).join('')
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    + '<c:roundedCorners val="0"/><c:chart>'
    + `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProperties(1200, office, true)}</a:pPr><a:r><a:rPr lang="${xmlText(office.lang)}" sz="1200" b="1"/><a:t>${xmlText(title)}</a:t></a:r></a:p>`
    + `<a:p><a:pPr>${runProperties(1100, office)}</a:pPr><a:r><a:rPr lang="${xmlText(office.lang)}" sz="1100" b="0"/><a:t>${xmlText(note)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
    + '<c:autoTitleDeleted val="0"/><c:plotArea>'
    // Laid out by PowerPoint under the title, however many lines it takes (the values do not wrap).
    + '<c:layout/>'
    + '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
    + `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${xmlText(row.unit.label)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`
    + `<c:spPr><a:solidFill><a:srgbClr val="${MODEL_COLOURS.b2b}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>${colours}`
    + `<c:dLbls>${labels}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:txPr><a:bodyPr wrap="none"/><a:lstStyle/><a:p><a:pPr>${runProperties(1400, office, true)}</a:pPr><a:endParaRPr lang="${xmlText(office.lang)}"/></a:p></c:txPr>`
    + '<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="1"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/><c:separator> </c:separator></c:dLbls>'
    + `<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$3</c:f><c:strCache><c:ptCount val="2"/>${points}</c:strCache></c:strRef></c:cat>`
    + `<c:val><c:numRef><c:f>Sheet1!$B$2:$B$3</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/>${values}</c:numCache></c:numRef></c:val>`
    + '</c:ser><c:gapWidth val="40"/><c:axId val="500001"/><c:axId val="500002"/></c:barChart>'
    // The models top to bottom, B2B first, as the deck draws them; each bar is named in its label
    // ("B2B 5.15%"): on bars this thin, an axis label may be left out, and colour must not be the only cue.
    + '<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="1"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/>'
    + `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProperties(1400, office, true)}</a:pPr><a:endParaRPr lang="${xmlText(office.lang)}"/></a:p></c:txPr>`
    + '<c:crossAx val="500002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>'
    // From zero to the scale's end, as the deck's row: bars are read against the same end.
    + `<c:valAx><c:axId val="500002"/><c:scaling><c:orientation val="minMax"/><c:max val="${scaleEnd}"/><c:min val="0"/></c:scaling><c:delete val="1"/><c:axPos val="b"/>`
    + '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>'
    + '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
    + `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProperties(1200, office)}</a:pPr><a:endParaRPr lang="${xmlText(office.lang)}"/></a:p></c:txPr>`
    + '<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>'
}

/** The workbook a row's chart edits: its unit over column B, the models down column A, the figures beside them. */
export async function rowWorkbook(row: ComparisonRow): Promise<Buffer> {
  const cell = (ref: string, value: string | number) => typeof value === 'number'
    ? `<c r="${ref}"><v>${value}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t>${xmlText(value)}</t></is></c>`
  const rows = [['', row.unit.label], ...MODEL_IDS.map(side => [MODEL_SHORT[side], row[side].value])]
    .map((cells, r) => `<row r="${r + 1}">${cells.map((value, c) => cell(`${'AB'[c]}${r + 1}`, value)).join('')}</row>`)
    .join('')
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
  zip.file('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
  zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

/** The graphic frame that places chart `rId` on a slide, in `box` (EMU), described by `alt`. */
export function chartFrameXml(id: number, rId: string, box: { x: number, y: number, width: number, height: number }, alt: string): string {
  return `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${id}" name="Chart ${id}" descr="${xmlText(alt)}"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>`
    + `<p:xfrm><a:off x="${Math.round(box.x)}" y="${Math.round(box.y)}"/><a:ext cx="${Math.round(box.width)}" cy="${Math.round(box.height)}"/></p:xfrm>`
    + `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${rId}"/></a:graphicData></a:graphic></p:graphicFrame>`
}
