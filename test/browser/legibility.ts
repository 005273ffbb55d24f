// Whether each text a slide shows can be read: against the colour actually drawn behind it (not
// the colour its stylesheet hopes for), and clear of every other text. Measured in the page, at
// whatever click the slide stands, so the tests can check every click state rather than the last.
import type { Page } from 'playwright-chromium'
import { SLIDE_WIDTH } from './text-size'

/** WCAG 2 AA: normal text 4.5:1; large text (24 px, or 18.66 px bold) 3:1. */
export const MIN_CONTRAST = { normal: 4.5, large: 3 }

/** What is wrong with the legibility of the texts in one element: see lowContrastTexts and overlappingTexts. */
export interface Legibility {
  lowContrast: string[]
  overlapping: string[]
}

/**
 * Reads every visible text of the element `selector` finds, once, and returns both measures:
 * `lowContrast` (lowContrastTexts) and `overlapping` (overlappingTexts). A text is visible unless
 * it is for screen readers only, an SVG title or description, in a click not yet revealed, hidden,
 * or at zero opacity (its own times its ancestors').
 */
export function legibilityOf(page: Page, selector: string): Promise<Legibility> {
  return page.evaluate(({ selector, slideWidth, minimum }) => {
    type Rgba = [number, number, number, number]
    const root = document.querySelector(selector)
    if (!root)
      return { lowContrast: [`nothing matches ${selector}`], overlapping: [`nothing matches ${selector}`] }
    const slideScale = root.getBoundingClientRect().width / slideWidth
    /** The product of the opacities of `element` and its ancestors. */
    const opacityOf = (element: Element | null) => {
      let opacity = 1
      for (let at = element; at; at = at.parentElement)
        opacity *= Number(getComputedStyle(at).opacity)
      return opacity
    }

    // Every visible text, with its line boxes (one per line it runs to).
    const texts: { text: string, element: Element, style: CSSStyleDeclaration, opacity: number, lines: DOMRect[] }[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim()
      const element = node.parentElement
      if (!text || !element || element.closest('.sr-only, title, desc, .slidev-vclick-hidden'))
        continue
      const style = getComputedStyle(element)
      const opacity = opacityOf(element)
      if (style.visibility === 'hidden' || opacity === 0)
        continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const lines = [...range.getClientRects()].filter(rect => rect.width > 0 && rect.height > 0)
      if (lines.length > 0)
        texts.push({ text, element, style, opacity, lines })
    }

    // Overlaps: more than 2 px across and a third of the shorter line's height.
    const overlapping: string[] = []
    texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => {
      const hit = a.lines.some(p => b.lines.some((q) => {
        const across = Math.min(p.right, q.right) - Math.max(p.left, q.left)
        const down = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top)
        return across > 2 && down > Math.min(p.height, q.height) / 3
      }))
      if (hit)
        overlapping.push(`"${a.text.slice(0, 40)}" × "${b.text.slice(0, 40)}"`)
    }))

    // Contrast. Any CSS colour (rgb, hex, oklch, color-mix…) as the browser paints it, via a 1×1 canvas.
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 1
    const context = canvas.getContext('2d', { willReadFrequently: true })!
    const rgba = (css: string): Rgba => {
      context.clearRect(0, 0, 1, 1)
      context.fillStyle = '#000'
      context.fillStyle = css
      context.fillRect(0, 0, 1, 1)
      const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data
      return [r, g, b, a / 255]
    }
    const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1]
    const luminance = ([r, g, b]: Rgba) => {
      const [lr, lg, lb] = [r, g, b].map((c) => {
        const s = c / 255
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb
    }
    const ratio = (a: Rgba, b: Rgba) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
      return (light + 0.05) / (dark + 0.05)
    }
    const hex = ([r, g, b]: Rgba) => `#${[r, g, b].map(c => Math.round(c).toString(16).padStart(2, '0')).join('')}`
    const SHAPES = new Set(['rect', 'circle', 'ellipse', 'path', 'polygon'])
    /** What `element` paints behind text at a point: its background or SVG fill, or nothing. */
    const paint = (element: Element): Rgba | 'image' | undefined => {
      const style = getComputedStyle(element)
      if (style.visibility === 'hidden')
        return undefined
      if (element instanceof SVGElement) {
        if (!SHAPES.has(element.tagName) || style.fill === 'none')
          return undefined
        const [r, g, b, a] = rgba(style.fill)
        return [r, g, b, a * Number(style.fillOpacity) * opacityOf(element)]
      }
      if (style.backgroundImage !== 'none')
        return 'image'
      const [r, g, b, a] = rgba(style.backgroundColor)
      return a > 0 ? [r, g, b, a * opacityOf(element)] : undefined
    }
    /** The colour drawn at (x, y) under the text element `text`, layers composited bottom-up. */
    const backdropAt = (x: number, y: number, text: Element): Rgba | 'image' => {
      const layers: Rgba[] = []
      for (const element of document.elementsFromPoint(x, y)) {
        // Text and its inline runs paint no background under other text.
        if (element !== text && text.contains(element))
          continue
        const layer = paint(element)
        if (layer === 'image')
          return 'image'
        if (layer) {
          layers.push(layer)
          if (layer[3] >= 0.999)
            break
        }
      }
      return layers.reverse().reduce<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1])
    }

    const lowContrast: string[] = []
    // Hit-testing skips what ignores the pointer (Slidev's slides do, while they change): for the
    // measurement, everything paints and is hit.
    const everythingHit = document.createElement('style')
    everythingHit.textContent = '* { pointer-events: auto !important; }'
    document.head.append(everythingHit)
    for (const { text, element, style, opacity, lines: [line] } of texts) {
      const svg = element instanceof SVGGraphicsElement ? element : undefined
      const [r, g, b, a] = rgba(svg ? style.fill : style.color)
      // SVG text scales with its drawing: its size on the slide, as text-size.ts measures it.
      const size = Number.parseFloat(style.fontSize) * (svg ? svg.getScreenCTM()!.a / slideScale : 1)
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700)
      const floor = large ? minimum.large : minimum.normal
      const y = line.top + line.height / 2
      let worst: { contrast: number, colour: Rgba, behind: Rgba } | undefined
      for (const x of [line.left + line.width * 0.25, line.left + line.width / 2, line.left + line.width * 0.75]) {
        const behind = backdropAt(x, y, element)
        if (behind === 'image') {
          lowContrast.push(`${element.tagName.toLowerCase()} "${text.slice(0, 40)}" is drawn over an image or gradient: its contrast cannot be measured`)
          worst = undefined
          break
        }
        const colour = over([r, g, b, a * opacity], behind)
        const contrast = ratio(colour, behind)
        if (!worst || contrast < worst.contrast)
          worst = { contrast, colour, behind }
      }
      if (worst && worst.contrast < floor - 0.005)
        lowContrast.push(`${element.tagName.toLowerCase()} "${text.slice(0, 40)}" ${worst.contrast.toFixed(2)}:1 < ${floor}:1 (${hex(worst.colour)} on ${hex(worst.behind)})`)
    }
    everythingHit.remove()
    return { lowContrast, overlapping }
  }, { selector, slideWidth: SLIDE_WIDTH, minimum: MIN_CONTRAST })
}

/**
 * Every visible text in the element `selector` finds whose contrast with what is drawn behind it
 * falls below WCAG AA, as `tag "text…" 1.14:1 < 4.5:1 (#4f5b6a on #0f5c4d)`. The colour behind a
 * text is found by hit-testing the page at three points of its first line (what is painted there,
 * top to bottom: HTML backgrounds, SVG fills, each with its opacity) and compositing those layers;
 * the text's colour is composited the same way with its own and its ancestors' opacity. A
 * background image or gradient behind a text cannot be measured this way: it is reported, never
 * passed. Sizes are in the slide's pixels.
 */
export async function lowContrastTexts(page: Page, selector: string): Promise<string[]> {
  return (await legibilityOf(page, selector)).lowContrast
}

/**
 * Pairs of texts in the element `selector` finds that are drawn over each other, as
 * `"21.2*" × "B2B 4.8× B2C"`: each text's line boxes (one per line it runs to) against every other
 * text's. Two lines overlap when they share more than 2 px across and more than a third of the
 * shorter one's height, so the tight line boxes of one paragraph, which touch by design, are not a
 * collision, and a text printed over another is.
 */
export async function overlappingTexts(page: Page, selector: string): Promise<string[]> {
  return (await legibilityOf(page, selector)).overlapping
}
