// The deck's servers started from a script (the browser tests, the benchmark) as a trainer's shell
// starts them: without NODE_ENV (Vitest's "test" would make Vite build Vue for development), on a
// free port of the loopback, awaited until they answer.
import { spawn } from 'node:child_process'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import process from 'node:process'

/** A port nothing listens on now. */
export async function freePort() {
  const server = createServer()
  await new Promise(done => server.listen(0, '127.0.0.1', done))
  const { port } = server.address()
  await new Promise(done => server.close(done))
  return port
}

/** Resolves once `url` answers, or fails after `timeoutMs`, naming `what` did not answer. */
export async function waitForServer(url, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await fetch(url).then(response => response.ok, () => false))
      return
    await new Promise(done => setTimeout(done, 250))
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs} ms`)
}

/** The environment of a trainer's shell: this one's, without NODE_ENV. */
export function userEnv() {
  const { NODE_ENV: _test, ...env } = process.env
  return env
}

/**
 * Starts `npm run present` (live/cli.mjs) for the deck in `root`, as a trainer does but on the
 * loopback: the deck on `port`, the room's vote on `roomPort` of 127.0.0.1 (free ones if not given),
 * its votes and its build in `dir`; `site` serves a site built before instead of building. Resolves
 * once it says it is serving, or rejects with what it printed if it ends first: no clock, a build
 * on a loaded machine takes what it takes.
 *
 * @param {string} root
 * @param {{ dir: string, site?: string, port?: number, roomPort?: number, edition?: string }} options
 * @returns {Promise<{ process: import('node:child_process').ChildProcess, url: string, roomUrl: string, site: string, output: () => string, stop: () => Promise<number | null> }>}
 *   the server, the deck's address, the room's, the site it serves, what it has printed so far
 *   (its [live] lines among them), and how to stop it as Ctrl-C does (its exit code)
 */
export async function startPresent(root, { dir, site, port, roomPort, edition = 'en' }) {
  port ??= await freePort()
  roomPort ??= await freePort()
  const args = ['present', '--edition', edition, '--port', String(port), '--room-port', String(roomPort), '--address', '127.0.0.1', '--dir', dir, ...(site ? ['--site', site] : [])]
  const child = spawn(process.execPath, [resolve(root, 'live/cli.mjs'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: userEnv() })
  let output = ''
  const exited = new Promise(done => child.once('exit', code => done(code)))
  const serving = new Promise((done, fail) => {
    const read = (chunk) => {
      output += chunk
      // The last line it prints once both listeners are up (live/commands.ts).
      if (output.includes('Ctrl-C ends the session'))
        done()
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    exited.then(code => fail(new Error(`npm run present ended (exit ${code}) before serving:\n${output}`)))
  })
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null)
      child.kill('SIGTERM')
    return exited
  }
  await serving
  return { process: child, url: `http://127.0.0.1:${port}`, roomUrl: `http://127.0.0.1:${roomPort}`, site: site ?? resolve(dir, `site-${edition}`), output: () => output, stop }
}
