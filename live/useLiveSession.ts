import type { ShallowRef } from 'vue'
import type { LiveSnapshot } from './rules'
import { useNav } from '@slidev/client'
import { shallowRef, watch } from 'vue'
import { latestInOrder } from '../lib/in-order'

/**
 * The live session's state as `npm run present` sends it to the deck's pages (the voting address,
 * its QR code, the counts and the open questions), or undefined: always in a site served any
 * other way, in the one-file deck and under `npm run dev`, where the page carries no session tag.
 */
const snapshot = shallowRef<LiveSnapshot>()

export function useLiveSession(): ShallowRef<LiveSnapshot | undefined> {
  return snapshot
}

/**
 * Joins the session the deck is served by, if any (setup/root.ts calls it once per window): follows
 * the counts, and reports this window's slide and click, from which the session opens and closes the
 * votes. A presenter view says it is one: while one is open, the projector's reports are ignored.
 */
export function joinLiveSession(): void {
  // live/server.ts puts the tag in the page it serves: its content is where the session's routes are.
  const base = document.querySelector('meta[name="deck-live"]')?.getAttribute('content')
  if (!base)
    return
  const { currentSlideNo, clicks, isPresenter, isPlaying, isPrintMode, isEmbedded } = useNav()
  let events: EventSource | undefined
  let joinedAs: boolean | undefined

  // Only the windows that present: not the overview, the notes, a print view or an embedded preview.
  const presenting = () => (isPresenter.value || isPlaying.value) && !isPrintMode.value && !isEmbedded.value
  // One report at a time, the latest last (lib/in-order.ts says why), of where the window is when
  // it is sent. A lost report is followed by the next click's; the session has no more to say back.
  const report = latestInOrder(async () => {
    if (!presenting())
      return
    await fetch(`${base}/position`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ presenter: isPresenter.value, page: currentSlideNo.value, clicks: clicks.value }),
    })
  })

  watch([isPresenter, isPlaying, isPrintMode, isEmbedded, currentSlideNo, clicks], () => {
    if (!presenting())
      return
    if (joinedAs !== isPresenter.value) {
      events?.close()
      joinedAs = isPresenter.value
      events = new EventSource(`${base}/events?view=${joinedAs ? 'presenter' : 'slides'}`)
      events.addEventListener('snapshot', event => snapshot.value = JSON.parse((event as MessageEvent<string>).data) as LiveSnapshot)
      // After a restart of the session, it learns again where the presenter is.
      events.addEventListener('open', report)
    }
    else {
      report()
    }
  }, { immediate: true })
}
