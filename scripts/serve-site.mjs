// Serves a built Slidev site on this machine, the way a static host does: the exports print from it
// and the browser tests look at it.
import { createServer } from 'node:http'
import sirv from 'sirv'

/**
 * Serves the built site in `dir` under `base` (a sub-path such as `/training/`, or `/`), with
 * index.html for unknown paths there, and 404 anywhere else, on a free local port.
 *
 * @param {string} dir a built site
 * @param {string} [base] the path it was built for
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} its address (origin and base, without a trailing slash) and how to stop it
 */
export async function serveSite(dir, base = '/') {
  const files = sirv(dir, { single: true, dev: true })
  const server = createServer((request, response) => {
    if (!request.url?.startsWith(base)) {
      response.writeHead(404).end()
      return
    }
    request.url = `/${request.url.slice(base.length)}`
    files(request, response)
  })
  await new Promise(done => server.listen(0, '127.0.0.1', done))
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
  return {
    url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`,
    close: () => new Promise(done => server.close(() => done())),
  }
}
