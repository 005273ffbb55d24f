// The page the room's phones open in a live session: one small HTML file with its style and script
// inline, so that it opens at once over a training room's Wi-Fi and asks for nothing else. It
// follows the open questions (Server-Sent Events) and sends a vote with a POST (server/live-session.ts).
import type { Locale } from '../lib/i18n.ts'
import type { LiveText } from '../lib/live-text.ts'
import { escapeHtml } from '../scripts/html.mjs'

export function votePageHtml(locale: Locale, text: LiveText): string {
  const words = {
    noQuestion: text.noQuestion,
    closed: text.closed,
    saved: text.saved,
    sending: text.sending,
    offline: text.offline,
    refused: text.refused,
  }
  // The script's JSON cannot close the <script> element: "<" is written as \u003c.
  const wordsJson = JSON.stringify(words).replace(/</g, '\\u003c')
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text.pageTitle)}</title>
<link rel="icon" href="data:,">
<style>
  :root { color-scheme: light dark; --text: #1c2430; --muted: #4f5b6a; --bg: #ffffff; --accent: #0a5ca8; --on-accent: #ffffff; --rule: #d5dbe3; --room: #0f5c4d; }
  @media (prefers-color-scheme: dark) { :root { --text: #e8edf3; --muted: #aab4c0; --bg: #121820; --accent: #7cb8ff; --on-accent: #121820; --rule: #34404e; --room: #7fd8c4; } }
  * { box-sizing: border-box; }
  body { margin: 0; background: var(--bg); color: var(--text); font: 18px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans TC', sans-serif; }
  main { max-width: 34rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
  h2 { font-size: 1.15rem; margin: 1.5rem 0 0.75rem; }
  fieldset { border: 0; margin: 0; padding: 0; }
  legend { font-weight: 600; margin-bottom: 0.75rem; }
  button { display: block; width: 100%; min-height: 3.5rem; margin: 0 0 0.75rem; padding: 0.75rem 1rem; text-align: left; font: inherit; color: var(--text); background: transparent; border: 2px solid var(--rule); border-radius: 0.75rem; }
  button[aria-pressed='true'] { background: var(--accent); color: var(--on-accent); border-color: var(--accent); font-weight: 600; }
  button[aria-pressed='true']::before { content: '✓ '; }
  button:disabled { opacity: 0.7; }
  button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  .status { min-height: 1.4em; color: var(--muted); }
  .status[data-tone='closed'] { color: var(--room); font-weight: 600; }
</style>
</head>
<body>
<main>
  <h1>${escapeHtml(text.heading)}</h1>
  <p id="status" class="status" role="status"></p>
  <div id="questions"></div>
</main>
<script>
const WORDS = ${wordsJson}
// One anonymous id per device, kept on the phone: nothing personal is asked or sent.
function deviceId() {
  const fresh = () => Array.from(crypto.getRandomValues(new Uint8Array(12)), b => b.toString(16).padStart(2, '0')).join('')
  try {
    const kept = localStorage.getItem('deck-vote-device') || fresh()
    localStorage.setItem('deck-vote-device', kept)
    return kept
  }
  catch { return fresh() }
}
const device = deviceId()
const status = document.getElementById('status')
const list = document.getElementById('questions')
const say = (text, tone) => { status.textContent = text; status.dataset.tone = tone || '' }

function render(state) {
  list.replaceChildren()
  if (state.questions.length === 0)
    return say(WORDS.noQuestion)
  say(state.questions.some(q => q.open) ? '' : WORDS.closed, state.questions.some(q => q.open) ? '' : 'closed')
  for (const q of state.questions) {
    const section = document.createElement('section')
    const heading = document.createElement('h2')
    heading.textContent = q.label
    const group = document.createElement('fieldset')
    const legend = document.createElement('legend')
    legend.textContent = q.question
    group.append(legend)
    q.choices.forEach((choice, index) => {
      const button = document.createElement('button')
      button.type = 'button'
      button.textContent = choice
      button.dataset.question = q.number
      button.dataset.choice = index
      button.setAttribute('aria-pressed', String(q.mine === index))
      button.disabled = !q.open
      button.addEventListener('click', () => vote(q.number, index))
      group.append(button)
    })
    const note = document.createElement('p')
    note.className = 'status'
    note.setAttribute('role', 'status')
    note.id = 'note-' + q.number
    if (!q.open) { note.textContent = WORDS.closed; note.dataset.tone = 'closed' }
    section.append(heading, group, note)
    list.append(section)
  }
}

async function vote(question, choice) {
  const note = document.getElementById('note-' + question)
  note.textContent = WORDS.sending
  let answer
  try {
    const response = await fetch('/__live/vote', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ device, question, choice }) })
    answer = await response.json()
  }
  catch { answer = { error: 'offline' } }
  if (answer.ok) {
    for (const button of document.querySelectorAll('button[data-question="' + question + '"]'))
      button.setAttribute('aria-pressed', String(Number(button.dataset.choice) === choice))
    note.textContent = WORDS.saved
    note.dataset.tone = ''
  }
  else {
    note.textContent = WORDS.refused[answer.error] || WORDS.offline
    note.dataset.tone = answer.error === 'closed' ? 'closed' : ''
  }
}

const events = new EventSource('/__live/events?device=' + device)
events.addEventListener('state', event => render(JSON.parse(event.data)))
events.addEventListener('error', () => say(WORDS.offline))
</script>
</body>
</html>
`
}
