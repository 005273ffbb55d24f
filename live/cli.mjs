// The live session's commands (live/commands.ts): `node live/cli.mjs present|results|reset [options]`.
// They are TypeScript, like the deck they serve: Vite's module runner loads them, as Slidev loads
// the deck's config, on every Node the deck supports.
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const { module } = await runnerImport(fileURLToPath(new URL('./commands.ts', import.meta.url)))
await module.run(process.argv.slice(2))
