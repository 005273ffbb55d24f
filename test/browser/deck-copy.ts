// The deck copied aside, for the tests that break it on purpose (a bad figure, an empty word): the
// repository itself is never touched, even by a test that stops half-way.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import { ROOT } from '../deck'

/** What is not the deck's source: installed packages, outputs, caches. */
const NOT_COPIED = new Set(['node_modules', '.git', 'test-results', 'dist', 'exports', '.vite', '.live', 'contact-sheets'])

/** A copy of the deck's source in a new temporary folder, seeing the repository's node_modules. */
export interface DeckCopy {
  dir: string
  /**
   * Runs `check` with `from` replaced by `to` in the copy's `file` (which must contain it), then
   * puts the file back.
   */
  withBroken: <T>(file: string, from: string, to: string, check: () => Promise<T> | T) => Promise<T>
  remove: () => void
}

export function copyDeck(): DeckCopy {
  const dir = mkdtempSync(join(tmpdir(), 'deck-copy-'))
  for (const entry of readdirSync(ROOT).filter(entry => !NOT_COPIED.has(entry)))
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true })
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return {
    dir,
    async withBroken(file, from, to, check) {
      const path = join(dir, file)
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
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** A figure of data/charts.ts written finer than its source gives it: the rule book refuses it. */
export const FINER_FIGURE = ['{ value: 4.9, digits: 1, source: \'N3\' }', '{ value: 4.95, digits: 1, source: \'N3\' }'] as const

/** What the rule book says of FINER_FIGURE in the edition `locale`. */
export function finerFigureProblem(locale: string): string {
  return `[chart data] ${locale} market-expansion: rows[1].b2c.value is 4.95, finer than its 1 decimal place(s): write it as the source gives it`
}
