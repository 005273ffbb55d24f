// A bad figure must stop `npm run build` with a message that names it, before any learner sees
// a wrong chart. The deck is copied aside with one figure broken; the repository is untouched.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT } from '../deck'

const COPIED = ['slides.md', 'pages', 'components', 'composables', 'data', 'lib', 'styles', 'public', 'vite.config.ts', 'package.json', 'tsconfig.json', 'env.d.ts']
const copy = mkdtempSync(join(tmpdir(), 'deck-bad-data-'))

afterAll(() => rmSync(copy, { recursive: true, force: true }))

describe('npm run build with a bad figure', () => {
  it('fails, naming the dataset, the field and the problem', () => {
    for (const entry of COPIED)
      cpSync(join(ROOT, entry), join(copy, entry), { recursive: true })
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir')
    const charts = join(copy, 'data/charts.ts')
    const original = readFileSync(charts, 'utf8')
    const broken = original.replace('{ value: 4.9, source: \'E1\' }', '{ value: -4.9, source: \'E1\' }')
    expect(broken).not.toBe(original)
    writeFileSync(charts, broken)

    const build = spawnSync(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', 'build', '--out', join(copy, 'dist')], { cwd: copy, encoding: 'utf8' })
    expect(build.status).not.toBe(0)
    expect(`${build.stdout}${build.stderr}`).toContain('[chart data] market-expansion: b2c[1].value is -4.9, below zero')
  })
})
