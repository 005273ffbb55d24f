// A bad figure or a missing translation must stop `npm run build` with a message that names it,
// before any learner sees a wrong chart, and `npm run dev` must show it over the slides. The deck is
// copied aside and broken there; the repository is untouched.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT } from '../deck'
import { launchChromium, startDevServer } from './browser'

const COPIED = ['slides.md', 'slides.zh-Hant.md', 'pages', 'layouts', 'components', 'composables', 'data', 'lib', 'scripts', 'live', 'setup', 'styles', 'public', 'slide-bottom.vue', 'custom-nav-controls.vue', 'vite.config.ts', 'package.json', 'tsconfig.json', 'env.d.ts']
const copy = mkdtempSync(join(tmpdir(), 'deck-bad-data-'))

afterAll(() => rmSync(copy, { recursive: true, force: true }))

/** Copies the deck aside once; `npm run build` there sees the repository's node_modules. */
function copyDeck(): void {
  for (const entry of COPIED)
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true })
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir')
}

/** Replaces `from` by `to` in the copy's `file`, making sure it was there. */
function breakFile(file: string, from: string, to: string): () => void {
  const path = join(copy, file)
  const original = readFileSync(path, 'utf8')
  const broken = original.replace(from, to)
  expect(broken).not.toBe(original)
  writeFileSync(path, broken)
  return () => writeFileSync(path, original)
}

/** `slidev build` of `entry` in the copy: its exit code and everything it printed. */
function build(entry: string): { status: number | null, output: string } {
  const run = spawnSync(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', 'build', entry, '--out', join(copy, 'dist')], { cwd: copy, encoding: 'utf8' })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

describe('npm run build with bad chart data', () => {
  it('fails on a figure written finer than its source gives it, naming the dataset, the field and the problem', () => {
    copyDeck()
    const restore = breakFile('data/charts.ts', '{ value: 4.9, digits: 1, source: \'N3\' }', '{ value: 4.95, digits: 1, source: \'N3\' }')
    const { status, output } = build('slides.md')
    restore()
    expect(status).not.toBe(0)
    expect(output).toContain('[chart data] market-expansion: rows[1].b2c.value is 4.95, finer than its 1 decimal place(s): write it as the source gives it')
  })

  it('fails on a missing word of the Chinese edition, naming the language, the chart and the field', () => {
    const restore = breakFile('data/chart-text.ts', 'baseline: \'每季平均\',', '')
    const { status, output } = build('slides.zh-Hant.md')
    restore()
    expect(status).not.toBe(0)
    expect(output).toContain('[chart text] zh-Hant financial-performance: rows[1].baseline is missing: translate "an even quarter"')
  })

  it('shows the problem over the slides in `npm run dev`, naming the dataset and the field', async () => {
    const restore = breakFile('data/charts.ts', '{ value: 4.9, digits: 1, source: \'N3\' }', '{ value: 4.95, digits: 1, source: \'N3\' }')
    const server = await startDevServer(copy, 'slides.md')
    const browser = await launchChromium()
    const page = await browser.newPage()
    await page.goto(`${server.url}/1`)
    // A locator reaches into the overlay's shadow root, and waits again if the dev server reloads
    // the page (as it may when it first optimises a dependency).
    const message = await page.locator('vite-error-overlay .message-body').textContent()
    await browser.close()
    server.process.kill()
    restore()
    expect(message).toContain('[chart data] market-expansion: rows[1].b2c.value is 4.95, finer than its 1 decimal place(s)')
  })
})
