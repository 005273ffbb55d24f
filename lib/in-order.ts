// Calls that must not overlap, the latest last: a window's reports to the live session
// (live/useLiveSession.ts).

/**
 * `send` wrapped so that one call runs at a time and the latest call's runs last. A call made while
 * one runs waits for it; of several made meanwhile, only the latest runs: each report says where
 * the window is now, so the ones between are already out of date. Two reports in flight at once
 * could reach the session in either order, and it would open the votes of a click the presenter
 * has already left.
 */
export function latestInOrder(send: () => Promise<unknown>): () => void {
  let running = false
  let waiting = false
  const run = (): void => {
    if (running) {
      waiting = true
      return
    }
    running = true
    // A failed send is the caller's to handle; here it only ends this one's turn.
    let sent: Promise<unknown>
    try {
      sent = send()
    }
    catch (error) {
      // Even a send that throws at once ends its turn.
      sent = Promise.reject(error)
    }
    void sent.catch(() => {}).finally(() => {
      running = false
      if (waiting) {
        waiting = false
        run()
      }
    })
  }
  return run
}
