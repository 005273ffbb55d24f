// The votes of a live session (`npm run present`), kept in .live/<edition>.json:
//   npm run present:reset     clears them, before a new session (the server must be stopped)
//   npm run present:results   writes them per question to exports/live-results[-zh-Hant].json and .csv
// Each takes `-- --edition zh-Hant` for the Chinese edition's session.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { runnerImport } from 'vite'
import { editionFrom, optionValue } from './slidev.mjs'

const ROOT = resolve(import.meta.dirname, '..')
const [command, ...args] = process.argv.slice(2)
const { edition, rest } = editionFrom(args)
const dir = process.env.DECK_LIVE_DIR ?? resolve(ROOT, '.live')
const file = resolve(dir, `${edition.locale}.json`)

if (command === 'reset') {
  rmSync(file, { force: true })
  console.log(`Cleared the ${edition.locale} session's votes (${file}).`)
}
else if (command === 'results') {
  // The data and lib are TypeScript: Vite's module runner loads them as the deck does.
  const load = async path => (await runnerImport(resolve(ROOT, path))).module
  const [{ QUESTIONS, CORRECT_CHOICES }, { CHARTS }, { knowledgeCheck }, { readVoteBook }, { liveResults, resultsCsv }] = await Promise.all([
    load('data/knowledge-check.ts'),
    load('data/charts.ts'),
    load('lib/knowledge-check.ts'),
    load('lib/live-votes.ts'),
    load('lib/live-results.ts'),
  ])
  const book = existsSync(file) ? readVoteBook(JSON.parse(readFileSync(file, 'utf8'))) : {}
  if (typeof book === 'string') {
    console.error(`${file}: ${book}`)
    process.exit(1)
  }
  const results = liveResults(book, knowledgeCheck(QUESTIONS[edition.locale], CHARTS, edition.locale), CORRECT_CHOICES)
  const base = optionValue(rest, '--output') ?? resolve(ROOT, 'exports', edition.locale === 'en' ? 'live-results' : `live-results-${edition.locale}`)
  mkdirSync(dirname(base), { recursive: true })
  writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync(`${base}.csv`, resultsCsv(results))
  const votes = results.reduce((sum, row) => sum + row.votes, 0)
  console.log(`${votes} vote(s) on ${new Set(results.map(row => row.question)).size} questions: ${base}.json, ${base}.csv`)
}
else {
  console.error('Usage: node scripts/live-votes.mjs reset|results [--edition zh-Hant] [--output <path without extension>]')
  process.exit(1)
}
