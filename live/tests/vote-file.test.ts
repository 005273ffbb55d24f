import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { groupCommit, loadVoteBook, voteCount, votesFile, writeDurably } from '../vote-file'

const PHONE = 'a1b2c3d4e5f60718'

describe('groupCommit', () => {
  /** A write that ends when the test says, counting how often it started. */
  function heldWrites() {
    const ends: ((error?: Error) => void)[] = []
    const write = () => new Promise<void>((resolve, reject) => ends.push(error => (error ? reject(error) : resolve())))
    return { write, ends }
  }
  const settled = (promise: Promise<void>) => promise.then(() => 'written', (error: Error) => `failed: ${error.message}`)
  const tick = () => new Promise(resolve => setImmediate(resolve))

  it('answers each caller once a write that began after its call has ended', async () => {
    const { write, ends } = heldWrites()
    const { commit } = groupCommit(write)
    const results: string[] = []
    const first = settled(commit()).then(result => results.push(`first ${result}`))
    await tick()
    expect(ends).toHaveLength(1)
    // Called while the first write runs: it waits for the next write, not the one under way.
    const second = settled(commit()).then(result => results.push(`second ${result}`))
    const third = settled(commit()).then(result => results.push(`third ${result}`))
    ends[0]()
    await first
    await tick()
    expect(results).toEqual(['first written'])
    // The two calls made during the first write share one write.
    expect(ends).toHaveLength(2)
    ends[1]()
    await Promise.all([second, third])
    expect(results).toEqual(['first written', 'second written', 'third written'])
    expect(ends).toHaveLength(2)
  })

  it('passes a failed write on to the callers it would have answered, and goes on', async () => {
    const { write, ends } = heldWrites()
    const { commit, idle } = groupCommit(write)
    const failed = settled(commit())
    await tick()
    ends[0](new Error('disk full'))
    expect(await failed).toBe('failed: disk full')
    const next = settled(commit())
    await tick()
    ends[1]()
    expect(await next).toBe('written')
    await idle()
  })
})

describe('writeDurably', () => {
  it('replaces the file whole and leaves nothing beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'votes-'))
    const file = join(dir, 'deep', 'en.json')
    await writeDurably(file, '{"1":{}}')
    await writeDurably(file, '{"2":{}}')
    expect(readFileSync(file, 'utf8')).toBe('{"2":{}}')
    expect(readdirSync(join(dir, 'deep'))).toEqual(['en.json'])
  })
})

describe('loadVoteBook', () => {
  it('reads the votes kept, and none when there is no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'votes-'))
    const file = votesFile(dir, 'en')
    expect(loadVoteBook(file, () => {})).toEqual({})
    writeFileSync(file, JSON.stringify({ 2: { [PHONE]: 1 } }))
    const book = loadVoteBook(file, () => {})
    expect(book).toEqual({ 2: { [PHONE]: 1 } })
    expect(voteCount(book)).toBe(1)
  })

  it('moves an unreadable file aside, says where, and starts with no votes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'votes-'))
    const file = votesFile(dir, 'zh-Hant')
    writeFileSync(file, '{"2": {"x": 1')
    const said: string[] = []
    expect(loadVoteBook(file, message => said.push(message))).toEqual({})
    expect(existsSync(file)).toBe(false)
    const [aside] = readdirSync(dir)
    expect(aside).toMatch(/^zh-Hant\.unreadable-\d+\.json$/)
    expect(readFileSync(join(dir, aside), 'utf8')).toBe('{"2": {"x": 1')
    expect(said).toEqual([expect.stringMatching(/it is not JSON .*Moved it to .*unreadable.*; starting with no votes\.$/)])
  })
})
