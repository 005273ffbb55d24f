import type { Buffer } from 'node:buffer'
// The deck's servers started from a script (the browser tests, the benchmark) as a trainer's shell
// starts them: without NODE_ENV (Vitest's "test" would make Vite build Vue for development), on a
// free port of the loopback, awaited until they say they serve: no clock, a build or a first
// compile on a loaded machine takes what it takes.
import type { ChildProcess } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { spawn } from 'node:child_process'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import process from 'node:process'
import { stripVTControlCharacters } from 'node:util'

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  await new Promise(done => server.close(done))
  return port
}

/**
 * Runs `start` on `count` free ports, and again on others if it fails because one was taken: a
 * port free when looked at can be taken before the server listens on it (on a busy machine, by a
 * browser's own connections, say). Three tries.
 */
export async function onFreePorts<T>(count: number, start: (ports: number[]) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const ports: number[] = []
    for (let i = 0; i < count; i++)
      ports.push(await freePort())
    try {
      return await start(ports)
    }
    catch (error) {
      if (attempt === 3 || !/EADDRINUSE|is in use/.test(String(error)))
        throw error
    }
  }
}

/** The environment of a trainer's shell: this one's, without NODE_ENV. */
export function userEnv(): NodeJS.ProcessEnv {
  const { NODE_ENV: _test, ...env } = process.env
  return env
}

/** A command started in the background, and what it has printed so far. */
export interface Started {
  process: ChildProcess
  output: () => string
  /** Stops it as Ctrl-C does (SIGTERM); resolves with its exit code. */
  stop: () => Promise<number | null>
}

/**
 * Starts `node <args>` in `root` as a trainer's shell would, and resolves once its output
 * satisfies `ready`, or rejects with what it printed if it ends first.
 */
export async function startUntil(root: string, args: string[], ready: (output: string) => boolean, what: string): Promise<Started> {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: userEnv() })
  let output = ''
  const exited = new Promise<number | null>(done => child.once('exit', code => done(code)))
  const serving = new Promise<void>((done, fail) => {
    const read = (chunk: Buffer) => {
      output += chunk
      if (ready(output))
        done()
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    void exited.then(code => fail(new Error(`${what} ended (exit ${code}) before serving:\n${output}`)))
  })
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null)
      child.kill('SIGTERM')
    return exited
  }
  try {
    await serving
  }
  catch (error) {
    await stop()
    throw error
  }
  return { process: child, output: () => output, stop }
}

/** A running `npm run dev`: its address. */
export type DevServer = Started & { url: string }

/**
 * Starts `npm run dev`'s server (the Slidev CLI, as tools/dev.ts runs it) for the deck in `root` on
 * `entry`, on a free port, and resolves once Slidev prints its address.
 */
export async function startDevServer(root: string, entry: string): Promise<DevServer> {
  const cli = resolve(root, 'node_modules/@slidev/cli/bin/slidev.mjs')
  // Slidev stops ("Port … is already in use") if the port was taken meanwhile: another is tried.
  return onFreePorts(1, async ([port]) => {
    // Its address, in colour where the terminal (or CI) asks for it.
    const started = await startUntil(root, [cli, entry, '--port', String(port)], output => stripVTControlCharacters(output).includes(`localhost:${port}/`), 'the dev server')
    return { ...started, url: `http://localhost:${port}` }
  })
}

/** A running `npm run present`: the deck's address, the room's and the site it serves. */
export type LiveServer = Started & { url: string, roomUrl: string, site: string }

/**
 * Starts `npm run present` (live/commands.ts) for the deck in `root`, as a trainer does but on the
 * loopback: the deck on `port`, the room's vote on `roomPort` of 127.0.0.1 (free ones if not given),
 * its votes and its build in `dir`; `site` serves a site built before instead of building. Resolves
 * once it says it is serving.
 */
export async function startPresent(root: string, { dir, site, port, roomPort, edition = 'en' }: { dir: string, site?: string, port?: number, roomPort?: number, edition?: string }): Promise<LiveServer> {
  if (port === undefined || roomPort === undefined)
    return onFreePorts(2, ([free, freeRoom]) => startPresent(root, { dir, site, edition, port: port ?? free, roomPort: roomPort ?? freeRoom }))
  const args = ['present', '--edition', edition, '--port', String(port), '--room-port', String(roomPort), '--address', '127.0.0.1', '--dir', dir, ...(site ? ['--site', site] : [])]
  // The last line it prints once both listeners are up (live/commands.ts).
  const started = await startUntil(root, ['--import', 'tsx', resolve(root, 'live/commands.ts'), ...args], output => output.includes('Ctrl-C ends the session'), 'npm run present')
  return { ...started, url: `http://127.0.0.1:${port}`, roomUrl: `http://127.0.0.1:${roomPort}`, site: site ?? resolve(dir, `site-${edition}`) }
}
