// A bad figure or an empty word must stop `npm run build` with a message that names it, before any
// learner sees a wrong chart, and `npm run dev` must show it over the slides. The deck is copied
// aside and broken there; the repository is untouched. (A word left out of an edition's words file
// altogether is a type error: `npm run typecheck` stops it.)
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDevServer } from '../../tools/servers'
import { ROOT } from '../deck'
import { launchChromium } from './browser'

/** What is not the deck's source: installed packages, outputs, caches. */
const NOT_COPIED = new Set(['node_modules', '.git', 'test-results', 'dist', 'exports', '.vite', '.live', 'contact-sheets'])
const copy = mkdtempSync(join(tmpdir(), 'deck-bad-data-'))

// The deck copied aside once, before its tests; `npm run build` there sees the repository's node_modules.
beforeAll(() => {
  for (const entry of readdirSync(ROOT).filter(entry => !NOT_COPIED.has(entry)))
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true })
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir')
})

afterAll(() => rmSync(copy, { recursive: true, force: true }))

/** Runs `check` with `from` replaced by `to` in the copy's `file` (which must contain it), then puts it back. */
async function withBroken<T>(file: string, from: string, to: string, check: () => Promise<T> | T): Promise<T> {
  const path = join(copy, file)
  const original = readFileSync(path, 'utf8')
  const broken = original.replace(from, to)
  expect(broken, `${file} has no ${from}`).not.toBe(original)
  writeFileSync(path, broken)
  try {
    return await check()
  }
  finally {
    writeFileSync(path, original)
  }
}

/** `slidev build` of `entry` in the copy: its exit code and everything it printed. */
function build(entry: string): { status: number | null, output: string } {
  const run = spawnSync(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', 'build', entry, '--out', join(copy, 'dist')], { cwd: copy, encoding: 'utf8' })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

const FINER = ['{ value: 4.9, digits: 1, source: \'N3\' }', '{ value: 4.95, digits: 1, source: \'N3\' }'] as const

describe('npm run build with bad data', () => {
  it('fails on a figure written finer than its source gives it, naming the edition, the chart, the field and the problem', async () => {
    const { status, output } = await withBroken('data/charts.ts', ...FINER, () => build('slides.md'))
    expect(status).not.toBe(0)
    expect(output).toContain('[chart data] en market-expansion: rows[1].b2c.value is 4.95, finer than its 1 decimal place(s): write it as the source gives it')
  })

  it('fails on an empty word of the Chinese edition, naming the language and where the word is', async () => {
    const { status, output } = await withBroken('data/words/zh-Hant.ts', 'baseline: \'每季平均\',', 'baseline: \'\',', () => build('slides.zh-Hant.md'))
    expect(status).not.toBe(0)
    expect(output).toContain('[words] zh-Hant: charts.financial-performance.rows.1.baseline is empty')
  })

  it('shows the problem over the slides in `npm run dev`, naming the chart and the field', async () => {
    const message = await withBroken('data/charts.ts', ...FINER, async () => {
      const server = await startDevServer(copy, 'slides.md')
      const browser = await launchChromium()
      try {
        const page = await browser.newPage()
        await page.goto(`${server.url}/1`)
        // A locator reaches into the overlay's shadow root, and waits again if the dev server
        // reloads the page (as it may when it first optimises a dependency).
        return await page.locator('vite-error-overlay .message-body').textContent()
      }
      finally {
        await browser.close()
        await server.stop()
      }
    })
    expect(message).toContain('[chart data] en market-expansion: rows[1].b2c.value is 4.95, finer than its 1 decimal place(s)')
  })
})
