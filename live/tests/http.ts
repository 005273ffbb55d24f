// What the live session's tests send as a device on the network would: any method and header (Host
// and Origin included, which fetch would not let a page set), and an event stream held open.
import { request } from 'node:http'

export interface Reply { status: number, headers: Record<string, string | string[] | undefined>, body: string }

/** One request on a connection of its own; resolves with the whole reply. */
export function send(url: string, { method = 'GET', headers = {}, body }: { method?: string, headers?: Record<string, string>, body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', chunk => text += chunk)
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** A POST of `data` as JSON from a page at `origin` (the deck's own, or another site's). */
export function postJson(url: string, data: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(data) })
}

/** An event stream held open: every event's data of type `event`, parsed, as it comes. */
export interface Stream<T> {
  status: number
  received: T[]
  /** 'ended' when the server ends the stream, 'broken' when the connection breaks or is closed here. */
  ended: Promise<'ended' | 'broken'>
  close: () => void
}

/** Opens the event stream at `url` and keeps the data of its `event` events. */
export async function follow<T>(url: string, event: string): Promise<Stream<T>> {
  const controller = new AbortController()
  const response = await fetch(url, { signal: controller.signal })
  const received: T[] = []
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  const ended = (async () => {
    for (;;) {
      const read = await reader.read().catch(() => undefined)
      if (!read)
        return 'broken' as const
      if (read.done)
        return 'ended' as const
      buffer += read.value
      const messages = buffer.split('\n\n')
      buffer = messages.pop()!
      for (const message of messages) {
        const data = message.split('\n').find(line => line.startsWith('data: '))
        if (message.startsWith(`event: ${event}\n`) && data)
          received.push(JSON.parse(data.slice('data: '.length)) as T)
      }
    }
  })()
  return { status: response.status, received, ended, close: () => controller.abort() }
}
