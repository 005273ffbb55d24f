import { describe, expect, it } from 'vitest'
import { notesParagraphs, shapesByClick, slideShapes, withClickAnimations, withNotesParagraphs, withOfficeFonts, withOneParagraphProperties, withoutTextBoxes, withRoomToSpare } from '../../tools/pptx'

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
    ].join('\n'))).toEqual([
      'Market expansion (about 5 minutes, from 0:25).',
      'Say: the choice matters. Read the question from UNCTAD (https://unctad.org).',
      '[click] Row 1:',
      '• B2B 21.2',
      '• B2C 4.4',
      '市場擴張的能力有重大影響，B2B and B2C.',
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
