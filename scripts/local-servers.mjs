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
 * Starts `npm run present` (scripts/present.mjs) for the deck in `root` on `port` (a free one if
 * not given) of the loopback, with presenter password `password` and its votes in `votesDir`, and
 * resolves once its voting page answers. The phones' address is the loopback's.
 *
 * @returns {Promise<{ process: import('node:child_process').ChildProcess, url: string, password: string, output: () => string, stop: () => Promise<void> }>}
 *   the server, what it has printed so far (its [live] lines among them), and how to stop it
 */
export async function startPresent(root, { votesDir, password, port }) {
  port ??= await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, [resolve(root, 'scripts/present.mjs'), '--', '--port', String(port), `--remote=${password}`], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...userEnv(), DECK_LIVE_HOST: '127.0.0.1', DECK_LIVE_DIR: votesDir },
  })
  let output = ''
  child.stdout.on('data', chunk => output += chunk)
  child.stderr.on('data', chunk => output += chunk)
  const stop = async () => {
    if (child.exitCode !== null)
      return
    const exited = new Promise(done => child.once('exit', done))
    child.kill('SIGTERM')
    await exited
  }
  try {
    await waitForServer(`${url}/vote`, 60_000, 'npm run present')
  }
  catch (error) {
    await stop()
    throw new Error(`${error.message}\n${output}`)
  }
  return { process: child, url, password, output: () => output, stop }
}
