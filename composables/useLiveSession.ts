import type { ShallowRef } from 'vue'
import type { LiveSnapshot } from '../lib/live-votes'
import { shallowRef } from 'vue'

/**
 * The live session's state as `npm run present` sends it over Vite's WebSocket (the voting
 * address, its QR code, the counts and the open questions), or undefined: always in a build
 * (which has no dev server) and under `npm run dev` (whose server sends none).
 */
const snapshot = shallowRef<LiveSnapshot>()
let asked = false

export function useLiveSession(): ShallowRef<LiveSnapshot | undefined> {
  if (import.meta.hot && !asked) {
    asked = true
    import.meta.hot.on('live:snapshot', (next: LiveSnapshot) => snapshot.value = next)
    import.meta.hot.send('live:hello')
  }
  return snapshot
}
