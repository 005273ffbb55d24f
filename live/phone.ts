// The script of the room's voting page (live/vote-page.ts puts it in the page, compiled from this
// file when the session starts). It follows the open questions over Server-Sent Events and sends a
// vote with a POST to the room's listener (live/server.ts), which answers nothing else.
import type { PhoneState, PhoneWords } from './vote-page.ts'

/** The voting page's routes on the room's listener (ROOM_ROUTES in live/server.ts; a test keeps them equal). */
const EVENTS = '/vote/events'
const VOTE = '/vote'
/** How long to wait before asking again when the server refused the event stream (it is full). */
const RETRY_MS = 5000

const WORDS = JSON.parse(document.getElementById('words')!.textContent!) as PhoneWords
const status = document.getElementById('status')!
const list = document.getElementById('questions')!

/** One anonymous id per device, kept on the phone: nothing personal is asked or sent. */
function deviceId(): string {
  const fresh = () => Array.from(crypto.getRandomValues(new Uint8Array(12)), byte => byte.toString(16).padStart(2, '0')).join('')
  try {
    const kept = localStorage.getItem('deck-vote-device') || fresh()
    localStorage.setItem('deck-vote-device', kept)
    return kept
  }
  catch {
    return fresh()
  }
}
const device = deviceId()

function say(element: HTMLElement, text: string, tone = '') {
  element.textContent = text
  element.dataset.tone = tone
}

function render(state: PhoneState) {
  list.replaceChildren()
  if (state.questions.length === 0)
    return say(status, WORDS.noQuestion)
  const anyOpen = state.questions.some(question => question.open)
  say(status, anyOpen ? '' : WORDS.closed, anyOpen ? '' : 'closed')
  for (const question of state.questions) {
    const section = document.createElement('section')
    const heading = document.createElement('h2')
    heading.textContent = question.label
    const group = document.createElement('fieldset')
    const legend = document.createElement('legend')
    legend.textContent = question.question
    group.append(legend)
    question.choices.forEach((choice, index) => {
      const button = document.createElement('button')
      button.type = 'button'
      button.textContent = choice
      button.dataset.question = String(question.number)
      button.dataset.choice = String(index)
      button.setAttribute('aria-pressed', String(question.mine === index))
      button.disabled = !question.open
      button.addEventListener('click', () => void vote(question.number, index))
      group.append(button)
    })
    const note = document.createElement('p')
    note.className = 'status'
    note.setAttribute('role', 'status')
    note.id = `note-${question.number}`
    if (!question.open)
      say(note, WORDS.closed, 'closed')
    section.append(heading, group, note)
    list.append(section)
  }
}

async function vote(question: number, choice: number) {
  const note = document.getElementById(`note-${question}`)!
  say(note, WORDS.sending)
  let answer: { ok?: boolean, error?: string }
  try {
    const response = await fetch(VOTE, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ device, question, choice }) })
    answer = await response.json() as typeof answer
  }
  catch {
    answer = { error: 'offline' }
  }
  if (answer.ok) {
    for (const button of document.querySelectorAll<HTMLButtonElement>(`button[data-question="${question}"]`))
      button.setAttribute('aria-pressed', String(Number(button.dataset.choice) === choice))
    return say(note, WORDS.saved)
  }
  const reason = answer.error as keyof PhoneWords['refused'] | undefined
  say(note, (reason && WORDS.refused[reason]) || WORDS.offline, reason === 'closed' ? 'closed' : '')
}

/**
 * Follows the questions. The browser reconnects a dropped stream by itself; a stream the server
 * refused (too many phones at once) it gives up on, so the page asks again a little later.
 */
function follow() {
  const events = new EventSource(`${EVENTS}?device=${device}`)
  events.addEventListener('state', event => render(JSON.parse((event as MessageEvent<string>).data) as PhoneState))
  events.addEventListener('error', () => {
    say(status, WORDS.offline)
    if (events.readyState === EventSource.CLOSED)
      setTimeout(follow, RETRY_MS)
  })
}
follow()
