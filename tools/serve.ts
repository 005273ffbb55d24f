// Serves a built Slidev site on this machine, the way a static host does: the exports print from it
// and the browser tests look at it.
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import sirv from 'sirv'

/** A site served on the loopback. */
export interface ServedSite {
  /** Its origin and base, without a trailing slash: "http://127.0.0.1:41234/training". */
  url: string
  /** The port it listens on. */
  port: number
  close: () => Promise<void>
}

/**
 * Serves the built site in `dir` under `base` (a sub-path such as `/training/`, or `/`), with
 * index.html for unknown paths there, and 404 anywhere else, on a free port of the loopback.
 */
export async function serveSite(dir: string, base = '/'): Promise<ServedSite> {
  const files = sirv(dir, { single: true, dev: true })
  const server = createServer((request, response) => {
    if (!request.url?.startsWith(base)) {
      response.writeHead(404).end()
      return
    }
    request.url = `/${request.url.slice(base.length)}`
    files(request, response)
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`,
    port,
    close: () => new Promise(done => server.close(() => done())),
  }
}
