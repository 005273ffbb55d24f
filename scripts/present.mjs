import { spawn } from 'node:child_process'
// `npm run present`: the deck served on the local network for a live session, with the room's
// vote (server/live-session.ts): the projector's page, the presenter view and the phones' voting
// page, all from the one Slidev dev server. No internet, no account, no second server.
//   npm run present                        the English edition, on port 3030
//   npm run present:zh                     the Chinese edition
//   npm run present -- --port 4000         any of Slidev's options after --
//   npm run present -- --remote=secret     your own presenter password (else one is made up)
// Presenter control stays behind Slidev's remote password; the phones can only vote.
import { randomBytes } from 'node:crypto'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { editionFrom } from './slidev.mjs'

// `npm run present -- --port 4000` passes no "--"; `node scripts/present.mjs -- --port 4000` does.
const { edition, rest } = editionFrom(process.argv.slice(2).filter(arg => arg !== '--'))
const given = rest.find(arg => arg.startsWith('--remote'))
const password = given?.split('=')[1] ?? randomBytes(4).toString('hex')
const args = given ? rest : [...rest, `--remote=${password}`]
if (given && !given.includes('=')) {
  console.error('--remote: give the presenter password as --remote=<password>, so that only you control the deck')
  process.exit(1)
}

const cli = fileURLToPath(import.meta.resolve('@slidev/cli/bin/slidev.mjs'))
const child = spawn(process.execPath, [cli, edition.entry, ...args], {
  stdio: 'inherit',
  env: { ...process.env, DECK_LIVE: edition.locale, DECK_LIVE_PASSWORD: password },
})
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => child.kill(signal))
child.on('exit', code => process.exit(code ?? 0))
