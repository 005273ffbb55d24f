import { describe, expect, it } from 'vitest'
import { latestInOrder } from '../../lib/in-order'

/** A send whose calls each wait until the test ends them: what was sent, and each call's end. */
function heldSend(state: { position: number }) {
  const sent: number[] = []
  const ends: (() => void)[] = []
  const send = () => {
    sent.push(state.position)
    return new Promise<void>(done => ends.push(done))
  }
  return { sent, ends, send }
}

/** Lets the promise callbacks queued so far run. */
const settle = () => new Promise(done => setTimeout(done))

describe('latestInOrder', () => {
  it('sends at once when nothing is in flight', () => {
    const state = { position: 1 }
    const { sent, send } = heldSend(state)
    latestInOrder(send)()
    expect(sent).toEqual([1])
  })

  it('holds what comes while a send is in flight, then sends only the latest', async () => {
    const state = { position: 1 }
    const { sent, ends, send } = heldSend(state)
    const report = latestInOrder(send)
    report()
    for (const position of [2, 3, 4]) {
      state.position = position
      report()
    }
    expect(sent).toEqual([1])
    ends[0]()
    await settle()
    expect(sent).toEqual([1, 4])
    ends[1]()
    await settle()
    expect(sent).toEqual([1, 4])
  })

  it('goes on after a send that fails', async () => {
    const state = { position: 1 }
    const sent: number[] = []
    let fail!: () => void
    const report = latestInOrder(() => {
      sent.push(state.position)
      return sent.length === 1 ? new Promise<void>((_, reject) => fail = () => reject(new Error('offline'))) : Promise.resolve()
    })
    report()
    state.position = 2
    report()
    fail()
    await settle()
    expect(sent).toEqual([1, 2])
  })

  it('goes on after a send that throws at once', async () => {
    const sent: number[] = []
    const report = latestInOrder(() => {
      sent.push(sent.length + 1)
      if (sent.length === 1)
        throw new Error('no network')
      return Promise.resolve()
    })
    report()
    await settle()
    report()
    expect(sent).toEqual([1, 2])
  })
})
