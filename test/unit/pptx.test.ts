import { describe, expect, it } from 'vitest'
import { notesParagraphs, shapesByClick, slideShapes, withClickAnimations, withLinesJoined, withNotesParagraphs, withOfficeFonts, withOneParagraphProperties, withoutTextBoxes, withRoomToSpare } from '../../tools/pptx'

const OFFICE = { latin: 'Arial', eastAsian: 'Microsoft JhengHei', lang: 'zh-TW' }

/** A text box as Slidev's exporter writes one. */
function textBox(id: number, text: string, { x = 0, y = 0, cx = 1000, cy = 500, wrap = 'square', align = 'l', size = 1800 } = {}): string {
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Text ${id}"></p:cNvPr><p:cNvSpPr txBox="1"/><p:nvPr></p:nvPr></p:nvSpPr>`
    + `<p:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst></a:avLst></a:prstGeom><a:noFill/><a:ln></a:ln></p:spPr>`
    + `<p:txBody><a:bodyPr wrap="${wrap}" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="t"></a:bodyPr><a:lstStyle/>`
    + `<a:p><a:pPr algn="${align}" indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:rPr lang="en-US" sz="${size}" dirty="0"><a:latin typeface="Inter" pitchFamily="34" charset="0"/><a:ea typeface="Inter" pitchFamily="34" charset="-122"/><a:cs typeface="Inter" pitchFamily="34" charset="-120"/></a:rPr><a:t>${text}</a:t></a:r>`
    + `<a:pPr algn="${align}" indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:rPr lang="en-US" sz="${size}" dirty="0"></a:rPr><a:t>!</a:t></a:r><a:endParaRPr lang="en-US" sz="${size}" dirty="0"/></a:p></p:txBody></p:sp>`
}
const slide = (...shapes: string[]) => `<p:sld><p:cSld><p:spTree>${shapes.join('')}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`

describe('the PowerPoint file\'s parts, rewritten', () => {
  it('sets every run in faces every machine has, East Asian text in the edition\'s Chinese face, in its language', () => {
    const xml = withOfficeFonts(textBox(2, 'B2B'), OFFICE)
    expect(xml).not.toContain('Inter')
    expect([...xml.matchAll(/<a:(latin|ea|cs) typeface="([^"]*)"/g)].map(([, script, face]) => `${script}:${face}`)).toEqual(['latin:Arial', 'ea:Microsoft JhengHei', 'cs:Arial'])
    expect([...xml.matchAll(/lang="([^"]*)"/g)].map(([, lang]) => lang)).toEqual(['zh-TW', 'zh-TW', 'zh-TW'])
  })

  it('gives a paragraph its properties once, first, as the schema requires', () => {
    const xml = withOneParagraphProperties(textBox(2, 'B2B'))
    expect(xml.match(/<a:pPr /g)).toHaveLength(1)
    expect(xml).toMatch(/<a:p><a:pPr algn="l"[^>]*><a:buNone\/><\/a:pPr><a:r>/)
    expect(xml.match(/<a:t>/g)).toHaveLength(2)
  })

  it('gives a transparent text box a line of room below, and one that never wraps a quarter more on the side its text grows to', () => {
    const [left] = slideShapes(withRoomToSpare(textBox(2, 'B2B', { x: 1000, cx: 4000, cy: 300000, wrap: 'none', size: 2000 })))
    // A line: 20 pt × 1.2 = 24 pt = 304,800 EMU.
    expect(left.box).toEqual({ x: 1000, y: 0, width: 5000, height: 604800 })
    const [centred] = slideShapes(withRoomToSpare(textBox(2, 'B2B', { x: 1000, cx: 4000, wrap: 'none', align: 'ctr' })))
    expect(centred.box).toMatchObject({ x: 500, width: 5000 })
    const [wrapping] = slideShapes(withRoomToSpare(textBox(2, 'B2B', { x: 1000, cx: 4000 })))
    expect(wrapping.box).toMatchObject({ x: 1000, width: 4000 })
    const filled = textBox(2, 'B2B').replace('<a:noFill/>', '<a:solidFill><a:srgbClr val="F2F4F7"/></a:solidFill>')
    expect(withRoomToSpare(filled)).toBe(filled)
  })

  it('gives a box whose text wraps a line more only where the slide is free under it, and shrinks its text on overflow', () => {
    const xml = slide(textBox(2, 'Row one', { y: 0, cy: 300000, size: 2000 }), textBox(3, 'Row two', { y: 400000, cy: 300000, size: 2000 }))
    const [first, second] = slideShapes(withRoomToSpare(xml))
    // 100,000 EMU free under the first (a line is 304,800); the second has the slide below it.
    expect([first.box.height, second.box.height]).toEqual([400000, 604800])
    expect(withRoomToSpare(xml).match(/<a:normAutofit\/><\/a:bodyPr>/g)).toHaveLength(2)
  })

  it('sets a line the exporter cut into phrase boxes as one box, its runs in order', () => {
    const xml = slide(textBox(2, '說明 B2B 在', { x: 0, cx: 3000, wrap: 'none' }), textBox(3, '目的', { x: 2500, cx: 1000, wrap: 'none' }), textBox(4, '差異', { x: 3500, cx: 1000, wrap: 'none' }), textBox(5, 'next line', { x: 0, y: 900, cx: 1000, wrap: 'none' }))
    const shapes = slideShapes(withLinesJoined(xml))
    expect(shapes.map(shape => [shape.id, shape.text, shape.box.width])).toEqual([[2, '說明 B2B 在!目的!差異!', 4500], [5, 'next line!', 1000]])
  })

  it('spaces no paragraph wider than a quarter more than its largest text (the exporter took the cover title\'s from its larger first line)', () => {
    const cover = textBox(2, 'B2B vs B2C: how the operations differ', { size: 3000 }).replace('<a:buNone/>', '<a:lnSpc><a:spcPts val="5429"/></a:lnSpc><a:buNone/>')
    expect(withRoomToSpare(cover)).toContain('<a:spcPts val="3750"/>')
    const body = textBox(2, 'Two or more businesses', { size: 1650 }).replace('<a:buNone/>', '<a:lnSpc><a:spcPts val="2300"/></a:lnSpc><a:buNone/>')
    expect(withRoomToSpare(body)).toContain('<a:spcPts val="2300"/>')
  })

  it('drops the text boxes the deck writes for screen readers only', () => {
    const xml = slide(textBox(2, 'Impact'), textBox(3, 'Slide 13'))
    expect(slideShapes(withoutTextBoxes(xml, ['Slide 13!'])).map(shape => shape.text)).toEqual(['Impact!'])
  })

  it('writes a note\'s Markdown as plain paragraphs: no marks, lines joined, a paragraph per list item', () => {
    expect(notesParagraphs([
      '**Market expansion (about 5 minutes, from 0:25).**',
      '',
      'Say: the *choice* matters.',
      'Read the `question` from [UNCTAD](https://unctad.org).',
      '',
      '[click] Row 1:',
      '- B2B **21.2**',
      '- B2C 4.4',
      '',
      '市場擴張的能力',
      '有重大影響，B2B',
      'and B2C.',
      '',
      '出處是 UNCTAD（二手來源）：',
      'B2B 21.8 兆美元，',
      '2012 年',
    ].join('\n'))).toEqual([
      'Market expansion (about 5 minutes, from 0:25).',
      'Say: the choice matters. Read the question from UNCTAD (https://unctad.org).',
      '[click] Row 1:',
      '• B2B 21.2',
      '• B2C 4.4',
      '市場擴張的能力有重大影響，B2B and B2C.',
      '出處是 UNCTAD（二手來源）：B2B 21.8 兆美元，2012 年',
    ])
  })

  it('puts a note\'s paragraphs in the notes placeholder, escaped, in the edition\'s language', () => {
    const notes = '<p:notes><p:cSld><p:spTree><p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr/><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>**raw**\n</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:notes>'
    const xml = withNotesParagraphs(notes, ['One & two.', '"Three"'], 'zh-TW')
    expect(xml).toContain('<a:lstStyle/><a:p><a:r><a:rPr lang="zh-TW" dirty="0"/><a:t>One &amp; two.</a:t></a:r></a:p><a:p><a:r><a:rPr lang="zh-TW" dirty="0"/><a:t>&quot;Three&quot;</a:t></a:r></a:p></p:txBody>')
    expect(() => withNotesParagraphs('<p:notes/>', ['x'], 'en')).toThrow('a notes slide of the PowerPoint file has no notes placeholder')
  })

  it('reveals on each click the shapes that are part of what the deck reveals, in its order, each once', () => {
    const shapes = slideShapes(slide(
      textBox(2, 'Question', { x: 0, y: 0, cx: 9000, cy: 1000 }),
      textBox(3, 'Answer: B2B', { x: 100, y: 2000, cx: 5200, cy: 800 }),
      textBox(4, 'card', { x: 0, y: 0, cx: 9000, cy: 5000 }),
      textBox(5, 'Answer: B2C', { x: 100, y: 4000, cx: 5000, cy: 800 }),
    ))
    // The first answer's text box comes out a little wider than its element; the card behind is not part of either.
    expect(shapesByClick(shapes, [[{ x: 0, y: 1900, width: 5000, height: 1000 }], [], [{ x: 0, y: 3900, width: 5000, height: 1000 }, { x: 0, y: 1900, width: 5000, height: 1000 }]])).toEqual([[3], [5]])
  })

  it('writes each click as PowerPoint\'s "Appear" entrance, after the colour map', () => {
    const xml = slide(textBox(2, 'Question'), textBox(3, 'Answer'))
    const animated = withClickAnimations(xml, [[3]], slideShapes(xml))
    expect(animated).toMatch(/<\/p:clrMapOvr><p:timing>.*<\/p:timing><\/p:sld>$/)
    expect(animated.match(/nodeType="clickEffect"/g)).toHaveLength(1)
    expect(animated).toContain('<p:spTgt spid="3"/>')
    expect(animated).toContain('<p:strVal val="visible"/>')
    expect(animated).toContain('<p:bldLst><p:bldP spid="3" grpId="0"/></p:bldLst>')
    expect(withClickAnimations(xml, [], slideShapes(xml))).toBe(xml)
  })
})
