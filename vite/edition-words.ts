// Each edition's build carries its own words only. data/editions.ts imports every edition's words
// file, so that the tools, the rule book and the tests see them all; a page only ever shows its
// own edition, and the others would add their every word to its JavaScript (about 3 KB gzipped
// each, for every edition added). In an edition's build, every other edition's words file is
// replaced by a stand-in that says so if anything reads it.
import type { Plugin } from 'vite'
import type { Edition } from '../data/editions.ts'
import { readFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { EDITIONS, LOCALES } from '../data/editions.ts'

const STAND_IN = '\0deck-words-of-another-edition:'

/** The name a words file exports its words under ("ZH_HANT"), read from its source. */
export function exportedName(source: string, file: string): string {
  const name = source.match(/^export const (\w+) = \{/m)?.[1]
  if (!name)
    throw new Error(`${file}: a words file exports its words as \`export const NAME = {\``)
  return name
}

/**
 * The Vite plugin, set up by setup/vite-plugins.ts with the edition built or served.
 *
 * @param options the plugin's options
 * @param options.root the deck's folder
 * @param options.edition the edition built or served
 */
export function editionWordsOnly({ root, edition }: { root: string, edition: Edition }): Plugin {
  const data = resolve(root, 'data')
  // The other editions' words files, without their extension: "./words/zh-Hant" and "./words/zh-Hant.ts" alike.
  const others = new Set(LOCALES.filter(locale => EDITIONS[locale].locale !== edition.locale).map(locale => resolve(data, 'words', locale)))
  return {
    name: 'deck:edition-words',
    enforce: 'pre',
    resolveId(source, importer, options) {
      // The rule book, run on every edition by the dev server (vite/deck-check.ts), loads them all.
      if (options?.ssr || !importer || resolve(dirname(importer)) !== data)
        return
      const file = resolve(data, source).replace(/\.ts$/, '')
      if (others.has(file))
        return `${STAND_IN}${file}.ts`
    },
    load(id) {
      if (!id.startsWith(STAND_IN))
        return
      const file = id.slice(STAND_IN.length)
      const name = exportedName(readFileSync(file, 'utf8'), file)
      const message = `The words of ${basename(file, '.ts')} are not in the ${edition.locale} edition's build (vite/edition-words.ts)`
      // Only a read of a word fails: Vue's and the runtime's own probes (symbols, then, toJSON, __v_…) find nothing.
      return [
        `const read = key => { if (typeof key === 'string' && key !== 'then' && key !== 'toJSON' && !key.startsWith('__v_')) throw new Error(${JSON.stringify(message)}) }`,
        `export const ${name} = new Proxy({}, { get(_, key) { read(key) } })`,
        '',
      ].join('\n')
    },
  }
}
