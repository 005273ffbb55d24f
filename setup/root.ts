// Runs once in each window of the deck (the projector's, the presenter view): joins the live
// session when `npm run present` serves the deck (live/useLiveSession.ts), and does nothing otherwise.
import { defineRootSetup } from '@slidev/types'
import { joinLiveSession } from '../live/useLiveSession'

export default defineRootSetup(() => {
  joinLiveSession()
})
