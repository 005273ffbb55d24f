// The votes of a live session on disk, `<dir>/<locale>.json`: read once at the start, written whole
// and durably before a phone is told its vote is counted.
import type { Locale } from '../data/editions.ts'
import type { VoteBook } from './rules.ts'
import { existsSync, readFileSync, renameSync } from 'node:fs'
import { mkdir, open, rename } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { readVoteBook } from './rules.ts'

/** The votes file of an edition. */
export function votesFile(dir: string, locale: Locale): string {
  return join(dir, `${locale}.json`)
}

/** How many votes a book holds, over every question. */
export function voteCount(book: VoteBook): number {
  return Object.values(book).reduce((sum, devices) => sum + Object.keys(devices).length, 0)
}

/**
 * The votes kept in `file` (none if there is no file). A file that cannot be read as votes is
 * moved aside, never overwritten, and said so: the trainer may still want what it holds.
 */
export function loadVoteBook(file: string, log: (message: string) => void): VoteBook {
  if (!existsSync(file))
    return {}
  let read: VoteBook | string
  try {
    read = readVoteBook(JSON.parse(readFileSync(file, 'utf8')))
  }
  catch (error) {
    read = `it is not JSON (${(error as Error).message})`
  }
  if (typeof read !== 'string')
    return read
  const aside = file.replace(/\.json$/, `.unreadable-${Date.now()}.json`)
  renameSync(file, aside)
  log(`${file}: ${read}. Moved it to ${aside}; starting with no votes.`)
  return {}
}

/**
 * Writes `text` to `file` so that a crash at any moment leaves the old file or the new one, never
 * half of either, and the new one survives a power cut once this resolves: written to a file
 * beside it, flushed to the disk, renamed over it, and the folder's entry flushed too.
 */
export async function writeDurably(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  const temporary = `${file}.tmp`
  const handle = await open(temporary, 'w')
  try {
    await handle.writeFile(text)
    await handle.sync()
  }
  finally {
    await handle.close()
  }
  await rename(temporary, file)
  // The rename is durable once the folder is flushed. Windows cannot open a folder to flush it:
  // there the rename alone is what the file system promises.
  if (process.platform !== 'win32') {
    const folder = await open(dirname(file), 'r')
    try {
      await folder.sync()
    }
    finally {
      await folder.close()
    }
  }
}

/**
 * Group commit: `commit()` resolves once a `write()` that began after the call has finished (or
 * rejects with its error). Calls made while a write runs share the next write, so a room voting at
 * once costs a few writes, not one each, and every caller waits for a write that holds its change.
 */
export function groupCommit(write: () => Promise<void>): { commit: () => Promise<void>, idle: () => Promise<void> } {
  let next: { promise: Promise<void>, settle: (error?: unknown) => void } | undefined
  let running: Promise<void> | undefined

  async function drain() {
    while (next) {
      const batch = next
      next = undefined
      try {
        await write()
        batch.settle()
      }
      catch (error) {
        batch.settle(error ?? new Error('the write failed'))
      }
    }
    running = undefined
  }

  return {
    commit() {
      if (!next) {
        let settle!: (error?: unknown) => void
        const promise = new Promise<void>((resolve, reject) => settle = error => (error ? reject(error) : resolve()))
        next = { promise, settle }
      }
      const { promise } = next
      running ??= drain()
      return promise
    },
    /** Resolves once nothing is being written or waiting to be. */
    async idle() {
      for (let writing = running; writing; writing = running)
        await writing
    },
  }
}
