import type { PDFNumber } from 'pdf-lib'
// The size every piece of text is drawn at on a PDF's pages, in points, as a printer prints it:
// each text-showing operator's font size (Tf) through the text matrix (Tm, Td, T*) and every
// transformation around it (cm, and the matrices of the forms a page draws, Do), read from the
// page's content streams with pdf-lib. poppler's tools round sizes to whole numbers, too coarse to
// tell 6.4 pt from 6.6 pt.
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib'

type Matrix = [number, number, number, number, number, number]

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

/** m × n, as PDF composes them (m applied first). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ]
}

/** The content's tokens: numbers, names, strings and operators (the only kinds text sizes need). */
function* tokens(content: string): Generator<string> {
  const pattern = /\s+|%[^\r\n]*|\((?:\\[\s\S]|[^\\)])*\)|<<|>>|<[\da-f\s]*>|\[|\]|\/[^\s/[\]()<>{}%]+|[^\s/[\]()<>{}%]+/gi
  for (const [token] of content.matchAll(pattern)) {
    if (!/^\s/.test(token) && !token.startsWith('%'))
      yield token
  }
}

function streamText(stream: PDFRawStream): string {
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
}

/** The smallest size text is drawn at on each page (1-based), in points: Infinity on a page without text. */
export async function smallestTextOnPages(path: string): Promise<number[]> {
  const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false })
  const draw = (content: string, resources: PDFDict | undefined, start: Matrix, seen: Set<string>): number => {
    let smallest = Number.POSITIVE_INFINITY
    let ctm = start
    const saved: Matrix[] = []
    let textMatrix = IDENTITY
    let lineMatrix = IDENTITY
    let size = 0
    let leading = 0
    const operands: string[] = []
    const number = (index: number) => Number(operands.at(index))
    const show = () => {
      const m = multiply(textMatrix, ctm)
      // The height of the em square on the page: the font's size along the text's vertical axis.
      smallest = Math.min(smallest, Math.abs(size) * Math.hypot(m[2], m[3]))
    }
    const moveLine = (tx: number, ty: number) => {
      lineMatrix = multiply([1, 0, 0, 1, tx, ty], lineMatrix)
      textMatrix = lineMatrix
    }
    const form = (name: string) => {
      const ref = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict)?.get(PDFName.of(name.slice(1)))
      const stream = ref ? doc.context.lookup(ref) : undefined
      if (!(ref instanceof PDFRef) || seen.has(ref.toString()) || !(stream instanceof PDFRawStream) || stream.dict.get(PDFName.of('Subtype'))?.toString() !== '/Form')
        return
      const matrix = stream.dict.lookupMaybe(PDFName.of('Matrix'), PDFArray)?.asArray().map(entry => (entry as PDFNumber).asNumber()) as Matrix | undefined
      const inner = stream.dict.lookupMaybe(PDFName.of('Resources'), PDFDict) ?? resources
      smallest = Math.min(smallest, draw(streamText(stream), inner, multiply(matrix ?? IDENTITY, ctm), new Set([...seen, ref.toString()])))
    }
    const matrixOperand = () => operands.slice(-6).map(Number) as Matrix
    /** What each operator that moves text or the drawing's transformation does. */
    const OPERATORS: Record<string, () => void> = {
      'q': () => saved.push(ctm),
      'Q': () => ctm = saved.pop() ?? IDENTITY,
      'cm': () => ctm = multiply(matrixOperand(), ctm),
      'BT': () => textMatrix = lineMatrix = IDENTITY,
      'Tf': () => size = number(-1),
      'TL': () => leading = number(-1),
      'Tm': () => textMatrix = lineMatrix = matrixOperand(),
      'Td': () => moveLine(number(-2), number(-1)),
      'TD': () => {
        leading = -number(-1)
        moveLine(number(-2), number(-1))
      },
      'T*': () => moveLine(0, -leading),
      '\'': () => {
        moveLine(0, -leading)
        show()
      },
      '"': () => {
        moveLine(0, -leading)
        show()
      },
      'Tj': show,
      'TJ': show,
      'Do': () => form(operands.at(-1)!),
    }
    for (const token of tokens(content)) {
      if (/^[-+.\d]/.test(token) || token.startsWith('/') || token.startsWith('(') || token.startsWith('<') || token === '[' || token === ']' || token === '>>') {
        operands.push(token)
        continue
      }
      const operator = OPERATORS[token]
      if (operator)
        operator()
      operands.length = 0
    }
    return smallest
  }
  return doc.getPages().map((page) => {
    const contents = page.node.Contents()
    const streams = contents instanceof PDFArray ? contents.asArray().map(entry => doc.context.lookup(entry)) : [contents]
    const content = streams.map(stream => stream instanceof PDFRawStream ? streamText(stream) : '').join('\n')
    return draw(content, page.node.Resources(), IDENTITY, new Set())
  })
}
