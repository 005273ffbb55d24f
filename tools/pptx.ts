// The PowerPoint files made to survive another machine. Slidev's exporter (52.20) writes the
// editable PowerPoint with every run in "Inter" (its East Asian font too), fonts neither embedded
// nor replaceable, its speaker notes as raw Markdown in one run, no animations, and a paragraph's
// properties repeated before each run (a schema error PowerPoint may offer to "repair"). These
// pure functions rewrite its parts: faces every Windows and macOS machine has, the edition's Chinese
// face for East Asian text, the notes as plain paragraphs, and each click of the deck as a click
// animation.

import type { Edition } from '../data/editions.ts'

/** The faces and language a PowerPoint file is set in: a Latin face every machine has ("Arial"), the edition's Chinese face as Windows and Office for Mac ship it ("Microsoft JhengHei"), the language PowerPoint checks spelling in ("zh-TW"). */
export type OfficeText = Edition['office']

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** `text` as XML character data or a double-quoted attribute value. */
export function xmlText(text: string): string {
  return text.replace(/[&<>"]/g, char => XML_ESCAPES[char])
}

/**
 * A slide's (or theme's) XML with every run's faces and language set to `office`: Latin and
 * complex-script runs in its Latin face, East Asian runs in its Chinese face. PowerPoint has no
 * list of faces to fall back on, so a face that is not installed is replaced by one of its own
 * choosing, with other widths; these faces are there on every machine the deck is taken to.
 */
export function withOfficeFonts(xml: string, office: OfficeText): string {
  return xml
    .replace(/<a:(latin|cs) typeface="[^"]*"/g, (_, script: string) => `<a:${script} typeface="${xmlText(office.latin)}"`)
    .replace(/<a:ea typeface="[^"]*"/g, `<a:ea typeface="${xmlText(office.eastAsian)}"`)
    .replace(/(<a:(?:rPr|endParaRPr|defRPr) [^>]*?lang=")[^"]*"/g, `$1${xmlText(office.lang)}"`)
}

/** A slide's XML with each paragraph's properties given once, first, as the schema requires (Slidev repeats them before every run). */
export function withOneParagraphProperties(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (paragraph: string, inside: string) => {
    let first = true
    const kept = inside.replace(/<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, (properties) => {
      const keep = first
      first = false
      return keep ? properties : ''
    })
    return `<a:p>${kept}</a:p>`
  })
}

/** EMU to a point. */
const EMU_PER_PT = 12700

/** A transparent text box's parts, read once. */
interface TextBoxParts { shape: string, spPr: string, off: RegExpMatchArray, ext: RegExpMatchArray, box: Box }

/** Each transparent text box of a slide's XML (a card's fill is a shape of its own, under it). */
function transparentTextBoxes(xml: string): TextBoxParts[] {
  return [...xml.matchAll(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:txBody>[\s\S]*?<\/p:sp>/g)].flatMap(([shape]) => {
    const spPr = shape.match(/<p:spPr>[\s\S]*?<\/p:spPr>/)?.[0] ?? ''
    const off = spPr.match(/<a:off x="(-?\d+)" y="(-?\d+)"\/>/)
    const ext = spPr.match(/<a:ext cx="(\d+)" cy="(\d+)"\/>/)
    return off && ext && spPr.includes('<a:noFill/>') ? [{ shape, spPr, off, ext, box: { x: Number(off[1]), y: Number(off[2]), width: Number(ext[1]), height: Number(ext[2]) } }] : []
  })
}

/**
 * A slide's XML with each line the exporter cut into several boxes set as one box. Slidev's exporter
 * gives each phrase of a line of Chinese (each piece between its phrase breaks) a text box of its
 * own, placed side by side: in another face the phrases take other widths, and one runs into the
 * next. Boxes that never wrap, hold one paragraph, share a line (top and height) and follow on
 * (each starting within the one before or two pixels after it) become the first of them, holding
 * all their runs, as wide as all of them.
 */
export function withLinesJoined(xml: string): string {
  const px = 2 * 9525
  const single = transparentTextBoxes(xml).filter(({ shape }) => /<a:bodyPr [^>]*?wrap="none"/.test(shape) && (shape.match(/<a:p>/g) ?? []).length === 1).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)
  const lines: TextBoxParts[][] = []
  for (const part of single) {
    const line = lines.at(-1)
    const last = line?.at(-1)
    // Abutting, or starting inside the box before (the exporter measures a box of mixed scripts wide).
    if (line && last && last.box.y === part.box.y && last.box.height === part.box.height && part.box.x > last.box.x && part.box.x <= last.box.x + last.box.width + px)
      line.push(part)
    else
      lines.push([part])
  }
  let result = xml
  for (const [first, ...rest] of lines.filter(line => line.length > 1)) {
    const runs = rest.map(({ shape }) => [...shape.matchAll(/<a:r>[\s\S]*?<\/a:r>/g)].map(([run]) => run).join('')).join('')
    const width = Math.max(...rest.map(({ box }) => box.x + box.width)) - first.box.x
    const joined = first.shape.replace(first.ext[0], `<a:ext cx="${width}" cy="${first.box.height}"/>`).replace(/(<\/a:r>)(?![\s\S]*<\/a:r>)/, `$1${runs}`)
    result = result.replace(first.shape, joined)
    for (const { shape } of rest)
      result = result.replace(shape, '')
  }
  return result
}

/**
 * A slide's XML with room to spare in every text box, for a face other than the one it was laid
 * out in. A box that never wraps is a quarter wider, on the side its text grows to (right of
 * left-aligned text, both sides of centred text, left of right-aligned text). A box whose text
 * wraps may need a line more: it is a line taller where the slide is free below it, and shrinks its
 * text where it is not ("shrink text on overflow", which PowerPoint and LibreOffice apply), so a
 * line never runs onto the box under it. Boxes with a fill are left as they are: the exporter draws
 * a card's fill as a shape of its own, under a transparent text box.
 */
export function withRoomToSpare(xml: string): string {
  const spaced = withLineSpacingForItsText(xml)
  const boxes = transparentTextBoxes(spaced)
  let result = spaced
  for (const { shape, spPr, off, ext, box } of boxes) {
    const sizes = [...shape.matchAll(/<a:rPr [^>]*?sz="(\d+)"/g)].map(([, size]) => Number(size) / 100 * 1.2)
    const spacings = [...shape.matchAll(/<a:spcPts val="(\d+)"\/>/g)].map(([, points]) => Number(points) / 100)
    const line = Math.round(Math.max(0, ...sizes, ...spacings) * EMU_PER_PT)
    let { x, width, height } = box
    let fitted = shape
    if (/<a:bodyPr [^>]*?wrap="none"/.test(shape)) {
      const wider = Math.round(width * 0.25)
      const align = shape.match(/<a:pPr [^>]*?algn="(\w+)"/)?.[1] ?? 'l'
      x -= align === 'ctr' ? Math.round(wider / 2) : align === 'r' ? wider : 0
      width += wider
      height += line
    }
    else {
      // The free height under the box: up to the nearest box below that shares some of its width.
      const bottom = box.y + box.height
      const free = Math.min(line, ...boxes.filter(other => other.box.y >= bottom - EMU_PER_PT && other.box.x < box.x + box.width && other.box.x + other.box.width > box.x).map(other => other.box.y - bottom))
      height += Math.max(0, free)
      fitted = shape.replace(/(<a:bodyPr [^>]*?)(?:\/>|>([\s\S]*?)<\/a:bodyPr>)/, (_, open: string, inside = '') => `${open}>${inside.replace(/<a:(?:no|norm|sp)Autofit[^>]*\/>/g, '')}<a:normAutofit/></a:bodyPr>`)
    }
    const xfrm = spPr.replace(off[0], `<a:off x="${x}" y="${box.y}"/>`).replace(ext[0], `<a:ext cx="${width}" cy="${height}"/>`)
    result = result.replace(shape, fitted.replace(spPr, xfrm))
  }
  return result
}

/**
 * A slide's XML with no paragraph spaced wider than a quarter more than its largest text. Slidev's
 * exporter takes a paragraph's spacing from its first line: the cover's title, whose first line
 * is set larger (CSS ::first-line, which it does not see), got 54 pt lines for 30 pt text, and its
 * second line ran onto the subtitle under it.
 */
export function withLineSpacingForItsText(xml: string): string {
  return xml.replace(/<a:p>[\s\S]*?<\/a:p>/g, (paragraph) => {
    const largest = Math.max(0, ...[...paragraph.matchAll(/<a:rPr [^>]*?sz="(\d+)"/g)].map(([, size]) => Number(size)))
    return largest === 0
      ? paragraph
      : paragraph.replace(/<a:spcPts val="(\d+)"\/>/, (spacing, points: string) =>
          Number(points) > 1.5 * largest ? `<a:spcPts val="${Math.round(1.25 * largest)}"/>` : spacing)
  })
}

/** A CJK character or full-width punctuation: two lines joined beside one take no space ("（二手來源）：B2B"). */
const CJK = /[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/

/**
 * A speaker note's Markdown as the plain paragraphs PowerPoint's notes pane shows: one per
 * paragraph (and one per list item), its lines joined (with a space, or none beside a Chinese
 * character or full-width punctuation), without emphasis marks, code marks or link syntax (a link keeps its address in
 * brackets). Slidev's click marks ("[click]") stay: they tell the trainer when to click.
 */
export function notesParagraphs(markdown: string): string[] {
  const blocks = markdown.replace(/\r\n?/g, '\n').replace(/<!--[\s\S]*?-->/g, '').split(/\n\s*\n/)
  return blocks.flatMap((block) => {
    const items: string[][] = []
    for (const line of block.split('\n').map(line => line.trim()).filter(Boolean)) {
      const item = line.match(/^(?:[-*+]|\d+[.)]) (.*)$/)
      if (item || items.length === 0)
        items.push([item ? `${line.match(/^\d+[.)]/)?.[0] ?? '•'} ${item?.[1] ?? line}` : line])
      else
        items.at(-1)!.push(line)
    }
    return items.map(lines => plainInline(lines.reduce((joined, line) =>
      CJK.test(joined.at(-1) ?? '') || CJK.test(line[0]) ? joined + line : `${joined} ${line}`)))
  }).filter(Boolean)
}

/** One line of Markdown without its marks: headings, emphasis, code, links, escapes. */
function plainInline(text: string): string {
  return text
    .replace(/^#{1,6}\s+/, '')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?!\s)([^*]+)\*\B/g, '$1$2')
    .replace(/(^|\W)_(?!\s)([^_]+)_\b/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .trim()
}

/** A notes slide's XML with its notes placeholder holding `paragraphs`, one `<a:p>` each, in `lang`. */
export function withNotesParagraphs(xml: string, paragraphs: string[], lang: string): string {
  const body = /(<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="body"[\s\S]*?<p:txBody>[\s\S]*?<a:lstStyle\/>)([\s\S]*?)(<\/p:txBody>)/
  if (!body.test(xml))
    throw new Error('a notes slide of the PowerPoint file has no notes placeholder')
  const runs = paragraphs.map(text => `<a:p><a:r><a:rPr lang="${xmlText(lang)}" dirty="0"/><a:t>${xmlText(text)}</a:t></a:r></a:p>`).join('')
  return xml.replace(body, (_, start: string, __: string, end: string) => `${start}${runs || `<a:p><a:endParaRPr lang="${xmlText(lang)}"/></a:p>`}${end}`)
}

/** A rectangle on the slide, in EMU (English Metric Units: 9,525 to a CSS pixel). */
export interface Box { x: number, y: number, width: number, height: number }

/** A shape of a slide: its id, its box, its text (its paragraphs, a line each; '' for none), whether it is a picture or a graphic frame (a chart), and which. */
export interface SlideShape { id: number, box: Box, text: string, picture: boolean, frame: boolean }

const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': '\'' }

/** Each shape and picture of a slide's XML, in drawing order. */
export function slideShapes(xml: string): SlideShape[] {
  return [...xml.matchAll(/<p:(sp|pic|graphicFrame)>([\s\S]*?)<\/p:\1>/g)].flatMap(([, kind, inside]) => {
    const id = inside.match(/<p:cNvPr id="(\d+)"/)?.[1]
    const off = inside.match(/<a:off x="(-?\d+)" y="(-?\d+)"\/>/)
    const ext = inside.match(/<a:ext cx="(\d+)" cy="(\d+)"\/>/)
    if (!id || !off || !ext)
      return []
    const text = inside.split('</a:p>').map(paragraph => [...paragraph.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, run]) => run).join('')).filter(Boolean).join('\n').replace(/&(?:amp|lt|gt|quot|apos);/g, entity => XML_ENTITIES[entity])
    return [{ id: Number(id), box: { x: Number(off[1]), y: Number(off[2]), width: Number(ext[1]), height: Number(ext[2]) }, text, picture: kind !== 'sp', frame: kind === 'graphicFrame' }]
  })
}

/** The largest picture of a slide's XML, and its box: on a chart slide, the chart (the others are icons). */
export function largestPicture(xml: string): { xml: string, box: Box } | undefined {
  return [...xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)].map(([picture]) => ({ xml: picture, box: slideShapes(picture)[0]?.box })).filter((picture): picture is { xml: string, box: Box } => Boolean(picture.box)).reduce<{ xml: string, box: Box } | undefined>((largest, next) => !largest || next.box.width * next.box.height > largest.box.width * largest.box.height ? next : largest, undefined)
}

/** A slide's XML without the text boxes whose whole text is one of `texts` (text the deck writes for screen readers only). */
export function withoutTextBoxes(xml: string, texts: string[]): string {
  const hidden = new Set(texts.map(text => text.replace(/\s+/g, '')))
  return xml.replace(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<\/p:sp>/g, (shape) => {
    const [found] = slideShapes(shape)
    return found?.text && hidden.has(found.text.replace(/\s+/g, '')) ? '' : shape
  })
}

/**
 * Whether a shape drawn at `shape` is part of an element drawn at `element`: its middle lies within
 * the element, and it is not much larger (a card behind the element is not part of it). Text boxes
 * come out a little wider than the element whose text they hold, so containment alone misses them.
 */
function partOf(shape: Box, element: Box): boolean {
  const [x, y] = [shape.x + shape.width / 2, shape.y + shape.height / 2]
  return x >= element.x && x <= element.x + element.width && y >= element.y && y <= element.y + element.height
    && shape.width * shape.height <= 1.5 * element.width * element.height
}

/**
 * The shapes each click of the deck reveals on a slide, click by click: the ones that are part of
 * what that click reveals in the deck (the elements' boxes, in EMU). A shape revealed by an earlier
 * click is not revealed again; clicks that reveal no shape are left out, so the file's clicks are
 * the deck's, in its order.
 */
export function shapesByClick(shapes: SlideShape[], revealed: Box[][]): number[][] {
  const taken = new Set<number>()
  return revealed.map(boxes => shapes.filter(shape => !taken.has(shape.id) && boxes.some(box => partOf(shape.box, box))).map((shape) => {
    taken.add(shape.id)
    return shape.id
  })).filter(ids => ids.length > 0)
}

/**
 * A slide's XML with `clicks` as its animation: on each click, the shapes of that click appear at
 * once (PowerPoint's "Appear" entrance), hidden until then, so a knowledge-check answer never shows
 * with its question.
 */
export function withClickAnimations(xml: string, clicks: number[][], shapes: SlideShape[]): string {
  if (clicks.length === 0)
    return xml
  let id = 2
  const appear = (spid: number, first: boolean) => {
    const effect = ++id
    const set = ++id
    return `<p:par><p:cTn id="${effect}" presetID="1" presetClass="entr" presetSubtype="0" fill="hold" grpId="0" nodeType="${first ? 'clickEffect' : 'withEffect'}"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>`
      + `<p:set><p:cBhvr><p:cTn id="${set}" dur="1" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst></p:cTn><p:tgtEl><p:spTgt spid="${spid}"/></p:tgtEl><p:attrNameLst><p:attrName>style.visibility</p:attrName></p:attrNameLst></p:cBhvr><p:to><p:strVal val="visible"/></p:to></p:set>`
      + `</p:childTnLst></p:cTn></p:par>`
  }
  const steps = clicks.map((ids) => {
    const outer = ++id
    const inner = ++id
    const effects = ids.map((spid, i) => appear(spid, i === 0)).join('')
    return `<p:par><p:cTn id="${outer}" fill="hold"><p:stCondLst><p:cond delay="indefinite"/></p:stCondLst><p:childTnLst>`
      + `<p:par><p:cTn id="${inner}" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>${effects}</p:childTnLst></p:cTn></p:par>`
      + `</p:childTnLst></p:cTn></p:par>`
  }).join('')
  // Each animated shape (not a picture) is listed as built, as PowerPoint lists it; one without text by its background.
  const builds = clicks.flat().map(spid => shapes.find(shape => shape.id === spid)).filter(shape => shape && !shape.picture).map(shape => `<p:bldP spid="${shape!.id}" grpId="0"${shape!.text ? '' : ' animBg="1"'}/>`).join('')
  const timing = `<p:timing><p:tnLst><p:par><p:cTn id="1" dur="indefinite" restart="never" nodeType="tmRoot"><p:childTnLst>`
    + `<p:seq concurrent="1" nextAc="seek"><p:cTn id="2" dur="indefinite" nodeType="mainSeq"><p:childTnLst>${steps}</p:childTnLst></p:cTn>`
    + `<p:prevCondLst><p:cond evt="onPrev" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:prevCondLst>`
    + `<p:nextCondLst><p:cond evt="onNext" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:nextCondLst></p:seq>`
    + `</p:childTnLst></p:cTn></p:par></p:tnLst>${builds ? `<p:bldLst>${builds}</p:bldLst>` : ''}</p:timing>`
  // After the colour map, where the schema puts a slide's timing.
  if (!xml.includes('</p:clrMapOvr>'))
    throw new Error('a slide of the PowerPoint file has no colour map to put its animation after')
  return xml.replace(/<p:timing>[\s\S]*?<\/p:timing>/, '').replace('</p:clrMapOvr>', `</p:clrMapOvr>${timing}`)
}
