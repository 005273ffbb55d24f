// The page the room's phones open in a live session: one small HTML file with its style and its
// script inline, so that it opens at once over a training room's Wi-Fi and asks for nothing else.
// Its script is live/phone.ts, compiled once when the session starts (phoneScript).
import type { Locale } from '../data/editions.ts'
import type { LiveText, Refusal } from '../data/words/types.ts'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { transformWithOxc } from 'vite'
import { escapeHtml } from '../lib/format.ts'

/** What a phone is told of the questions on the presenter's slide: never which choice is right. */
export interface PhoneState {
  questions: {
    number: number
    label: string
    question: string
    choices: string[]
    open: boolean
    /** This phone's choice, if it voted. */
    mine: number | null
  }[]
}

/** The words the phone's script says. */
export type PhoneWords = Pick<LiveText, 'noQuestion' | 'closed' | 'saved' | 'sending' | 'offline'> & { refused: Record<Refusal, string> }

/** live/phone.ts as the phone's browser runs it: TypeScript's types taken out, nothing else changed. */
export async function phoneScript(): Promise<string> {
  const file = join(import.meta.dirname, 'phone.ts')
  const { code } = await transformWithOxc(await readFile(file, 'utf8'), file, { lang: 'ts' })
  // Inline, the script ends at the first "</script": the compiled code must not hold one.
  if (/<\/script/i.test(code))
    throw new Error(`${file}: the compiled script contains "</script", which would end it early in the page`)
  return code
}

export function votePageHtml(locale: Locale, text: LiveText, script: string): string {
  const words: PhoneWords = {
    noQuestion: text.noQuestion,
    closed: text.closed,
    saved: text.saved,
    sending: text.sending,
    offline: text.offline,
    refused: text.refused,
  }
  // The words' JSON cannot close its <script> element: "<" is written as \u003c.
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
  body { margin: 0; background: var(--bg); color: var(--text); font: 18px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
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
<script type="application/json" id="words">${wordsJson}</script>
<script type="module">
${script}
</script>
</body>
</html>
`
}
