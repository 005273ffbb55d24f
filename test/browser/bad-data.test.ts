// A bad figure or an empty word must stop `npm run build` with a message that names it, before any
// learner sees a wrong chart (`npm run dev` shows it over the slides: dev-server.test.ts). The deck
// is copied aside and broken there; the repository is untouched. (A word left out of an edition's
// words file altogether is a type error: `npm run typecheck` stops it.)
import type { DeckCopy } from './deck-copy'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyDeck, FINER_FIGURE, finerFigureProblem } from './deck-copy'

let copy: DeckCopy
beforeAll(() => {
  copy = copyDeck()
})
afterAll(() => copy?.remove())

/** `slidev build` of `entry` in the copy: its exit code and everything it printed. */
function build(entry: string): { status: number | null, output: string } {
  const run = spawnSync(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', 'build', entry, '--out', join(copy.dir, 'dist')], { cwd: copy.dir, encoding: 'utf8' })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

describe('npm run build with bad data', () => {
  it('fails on a figure written finer than its source gives it, naming the edition, the chart, the field and the problem', async () => {
    const { status, output } = await copy.withBroken('data/charts.ts', ...FINER_FIGURE, () => build('slides.md'))
    expect(status).not.toBe(0)
    expect(output).toContain(finerFigureProblem('en'))
  })

  it('fails on an empty word of the Chinese edition, naming the language and where the word is', async () => {
    const { status, output } = await copy.withBroken('data/words/zh-Hant.ts', 'baseline: \'每季平均\',', 'baseline: \'\',', () => build('slides.zh-Hant.md'))
    expect(status).not.toBe(0)
    expect(output).toContain('[words] zh-Hant: charts.financial-performance.rows.1.baseline is empty')
  })
})
