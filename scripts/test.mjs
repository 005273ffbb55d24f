// `npm test`: every check, the quick ones beside the browser tests rather than before them (the
// browser tests spend their first half-minute building the sites). Each check's output is printed
// whole when it ends, the browser tests' last; the run fails if any check fails.
//   npm test                        everything
//   TEST_EDITION=zh-Hant npm test   the browser tests of one edition only
import { spawn } from 'node:child_process'
import process from 'node:process'

const CHECKS = [
  ['lint', 'npm', ['run', 'lint']],
  ['typecheck', 'npm', ['run', 'typecheck']],
  ['unit tests', 'npm', ['run', 'test:unit']],
  ['browser tests', 'npm', ['run', 'test:browser']],
]

/** Runs one check to its end, keeping what it prints. */
function run([name, command, args]) {
  const started = Date.now()
  return new Promise((done) => {
    const child = spawn(command, args, { env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } })
    let output = ''
    child.stdout.on('data', chunk => output += chunk)
    child.stderr.on('data', chunk => output += chunk)
    child.on('close', status => done({ name, status, output, seconds: (Date.now() - started) / 1000 }))
  })
}

const results = await Promise.all(CHECKS.map(run))
for (const { name, output } of results)
  console.log(`\n=== ${name} ===\n${output.trim()}`)
console.log()
for (const { name, status, seconds } of results)
  console.log(`${status === 0 ? 'ok  ' : 'FAIL'} ${name.padEnd(14)} ${seconds.toFixed(0).padStart(4)} s`)
process.exit(results.some(result => result.status !== 0) ? 1 : 0)
