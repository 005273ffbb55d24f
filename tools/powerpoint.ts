// The PowerPoint files finished from the edition's served site: Slidev's exporter writes them
// (tools/slidev.ts), this rewrites their parts (tools/pptx.ts says how and why): faces every
// machine has, plain speaker notes, and in the editable file each chart as native charts a
// trainer can edit (tools/pptx-chart.ts) and each click of the deck as a click animation.
import type { Browser } from 'playwright-chromium'
import type { Locale } from '../data/editions.ts'
import type { ComparisonDataset } from '../data/types.ts'
import type { EditionWords } from '../data/words/types.ts'
import type { Box, OfficeText } from './pptx.ts'
import { readFileSync, writeFileSync } from 'node:fs'
import JSZip from 'jszip'
import { layoutComparison } from '../lib/chart-layout.ts'
import { gapText, referenceText, rowSentence, scaleEndText } from '../lib/format.ts'
import { chartFrameXml, rowChartXml, rowWorkbook } from './pptx-chart.ts'
import { largestPicture, notesParagraphs, shapesByClick, slideShapes, withClickAnimations, withLinesJoined, withNotesParagraphs, withOfficeFonts, withOneParagraphProperties, withoutTextBoxes, withRoomToSpare } from './pptx.ts'
import { openPrintView, withPrintPage } from './print.ts'

/** EMU (the unit of a PowerPoint slide) per CSS pixel of Slidev's canvas: Slidev's export maps one to 9,525. */
const EMU_PER_PX = 9525

/** What the editable PowerPoint needs to know of each slide that Slidev's exporter does not carry over. */
export interface SlidesSeen {
  /** For slide n, the boxes (in EMU) of the elements that click k shows which click k − 1 did not, for k = 1…its last click. */
  reveals: Map<number, Box[][]>
  /** For slide n, the texts written for screen readers only ("Slide 13" on the rail): the exporter draws them as text boxes. */
  screenReaderOnly: Map<number, string[]>
}

/** What each slide shows click by click, read from the site's step-by-step print view (a copy of each slide at each of its clicks, in one page). */
export async function slidesSeen(browser: Browser, siteUrl: string, slides: number, canvasWidth: number): Promise<SlidesSeen> {
  return withPrintPage(browser, async (page) => {
    await openPrintView(page, siteUrl, slides, { clicks: true })
    // For each copy ("<slide>-<click>"), the box of each click target and whether it shows.
    const copies = await page.$$eval('.print-slide-container', (containers, canvasWidth) => containers.map((container) => {
      const frame = container.getBoundingClientRect()
      const scale = frame.width / canvasWidth
      const targets = [...container.querySelectorAll('.slidev-vclick-target')].map((target) => {
        const box = target.getBoundingClientRect()
        return {
          shown: !target.classList.contains('slidev-vclick-hidden'),
          box: { x: (box.x - frame.x) / scale, y: (box.y - frame.y) / scale, width: box.width / scale, height: box.height / scale },
        }
      })
      const screenReaderOnly = [...container.querySelectorAll('.sr-only')].map(element => element.textContent?.trim() ?? '').filter(Boolean)
      return { no: Number(container.id.split('-')[0]), targets, screenReaderOnly }
    }), canvasWidth)
    const reveals = new Map<number, Box[][]>()
    const screenReaderOnly = new Map(copies.map(copy => [copy.no, copy.screenReaderOnly]))
    copies.forEach((copy, i) => {
      const before = copies[i - 1]
      if (before?.no !== copy.no)
        return
      const boxes = copy.targets.filter((target, t) => target.shown && !before.targets[t]?.shown).map(({ box }) => ({
        x: Math.round(box.x * EMU_PER_PX),
        y: Math.round(box.y * EMU_PER_PX),
        width: Math.round(box.width * EMU_PER_PX),
        height: Math.round(box.height * EMU_PER_PX),
      }))
      reveals.set(copy.no, [...(reveals.get(copy.no) ?? []), boxes])
    })
    return { reveals, screenReaderOnly }
  })
}

/** What a PowerPoint file is finished with. */
export interface PowerPointFinish {
  /** Each slide's speaker notes, in Markdown, in order. */
  notes: (string | undefined)[]
  office: OfficeText
  /** For the editable file: what each slide shows click by click (slidesSeen). */
  seen?: SlidesSeen
  /** For the editable file: the chart each chart slide draws, by slide number, and the edition's words and locale to describe it in. */
  charts?: { bySlide: Map<number, ComparisonDataset>, words: EditionWords, locale: Locale }
}

/**
 * Slide `no`'s chart, drawn by the exporter as one picture (the largest on the slide: the others
 * are icons), made native charts, a chart per row stacked in the picture's place (tools/pptx-chart.ts),
 * with their parts, workbooks and relationships added to the package. Row k is drawn on the deck's
 * click k, so its chart's box joins what that click reveals.
 */
async function withNativeCharts(zip: JSZip, no: number, xml: string, dataset: ComparisonDataset, { words, locale }: NonNullable<PowerPointFinish['charts']>, office: OfficeText, reveals: Map<number, Box[][]>): Promise<string> {
  const picture = largestPicture(xml)
  if (!picture)
    throw new Error(`slide ${no} of the editable PowerPoint has no picture where its chart "${dataset.id}" should be`)
  const relsPath = `ppt/slides/_rels/slide${no}.xml.rels`
  let rels = await zip.file(relsPath)!.async('string')
  // The picture's relationship out, and its image with it unless another slide shows it.
  const imageId = picture.xml.match(/r:embed="([^"]+)"/)?.[1]
  const imageRel = rels.match(new RegExp(`<Relationship Id="${imageId}"[^>]*Target="\\.\\./media/([^"]+)"[^>]*/>`))
  if (imageRel) {
    rels = rels.replace(imageRel[0], '')
    const others = await Promise.all(zip.file(/^ppt\/slides\/_rels\/.*\.rels$/).filter(file => file.name !== relsPath).map(file => file.async('string')))
    if (!others.some(other => other.includes(`media/${imageRel[1]}"`)))
      zip.remove(`ppt/media/${imageRel[1]}`)
  }
  const layout = layoutComparison(dataset)
  const nextId = Math.max(0, ...slideShapes(xml).map(shape => shape.id)) + 1
  const height = picture.box.height / dataset.rows.length
  const chartNumbers = zip.file(/^ppt\/charts\/chart\d+\.xml$/).map(file => Number(file.name.match(/(\d+)\.xml$/)![1]))
  let chartNo = Math.max(0, ...chartNumbers)
  let contentTypes = await zip.file('[Content_Types].xml')!.async('string')
  const frames: string[] = []
  const slideReveals = reveals.get(no) ?? []
  for (const [k, row] of dataset.rows.entries()) {
    chartNo++
    const rId = `rIdChart${k + 1}`
    const box = { x: picture.box.x, y: picture.box.y + k * height, width: picture.box.width, height }
    // Under the title, what the deck writes beside the row: its scale (the axis is not drawn), its gap or why none, its reference.
    const note = [scaleEndText(layout.rows[k], locale), gapText(layout.rows[k], locale), referenceText(row, locale)].filter(Boolean).join(' · ')
    zip.file(`ppt/charts/chart${chartNo}.xml`, rowChartXml(row, layout.rows[k].scale.end, note, office, locale))
    zip.file(`ppt/charts/_rels/chart${chartNo}.xml.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="../embeddings/Microsoft_Excel_Worksheet${chartNo}.xlsx"/></Relationships>`)
    zip.file(`ppt/embeddings/Microsoft_Excel_Worksheet${chartNo}.xlsx`, await rowWorkbook(row))
    contentTypes = contentTypes.replace('</Types>', `<Override PartName="/ppt/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`)
    rels = rels.replace('</Relationships>', `<Relationship Id="${rId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart${chartNo}.xml"/></Relationships>`)
    // The deck's own sentence for the row, as a screen reader hears the chart on the slide.
    const alt = (k === 0 ? `${words.ui.chartName(dataset.title)}${words.ui.fullStop} ` : '') + rowSentence(layout.rows[k], locale)
    frames.push(chartFrameXml(nextId + k, rId, box, alt))
    slideReveals[k] = [...(slideReveals[k] ?? []), box]
  }
  reveals.set(no, slideReveals)
  zip.file(relsPath, rels)
  zip.file('[Content_Types].xml', contentTypes)
  return xml.replace(picture.xml, frames.join(''))
}

/** The package's parts named `pattern`, in the order of the number in their names. */
function numberedParts(zip: JSZip, pattern: RegExp): JSZip.JSZipObject[] {
  return zip.file(pattern).sort((a, b) => Number(a.name.match(/(\d+)\.xml$/)![1]) - Number(b.name.match(/(\d+)\.xml$/)![1]))
}

/** Rewrites the PowerPoint file `pptx` in place (PowerPointFinish). */
export async function finishPowerPoint(pptx: string, { notes, office, seen, charts }: PowerPointFinish): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(pptx))
  const slides = numberedParts(zip, /^ppt\/slides\/slide\d+\.xml$/)
  const notesSlides = numberedParts(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/)
  if (slides.length !== notes.length || notesSlides.length !== notes.length)
    throw new Error(`${pptx} has ${slides.length} slides and ${notesSlides.length} notes slides where the deck has ${notes.length} slides`)
  for (const part of zip.file(/^ppt\/(?:theme\/theme|slideMasters\/slideMaster|slideLayouts\/slideLayout|notesMasters\/notesMaster)\d+\.xml$/))
    zip.file(part.name, withOfficeFonts(await part.async('string'), office))
  const reveals = new Map(seen?.reveals)
  for (const [i, part] of slides.entries()) {
    let xml = withLinesJoined(withoutTextBoxes(withOfficeFonts(withOneParagraphProperties(await part.async('string')), office), seen?.screenReaderOnly.get(i + 1) ?? []))
    const chart = charts?.bySlide.get(i + 1)
    if (chart)
      xml = await withNativeCharts(zip, i + 1, xml, chart, charts!, office, reveals)
    // Shapes matched to what each click reveals where the exporter placed them, before any is given room.
    const revealed = reveals.get(i + 1)
    if (revealed) {
      const shapes = slideShapes(xml)
      xml = withClickAnimations(xml, shapesByClick(shapes, revealed), shapes)
    }
    xml = withRoomToSpare(xml)
    zip.file(part.name, xml)
  }
  for (const [i, part] of notesSlides.entries())
    zip.file(part.name, withOfficeFonts(withNotesParagraphs(await part.async('string'), notesParagraphs(notes[i] ?? ''), office.lang), office))
  writeFileSync(pptx, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))
}
