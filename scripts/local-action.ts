// npm run local-action: runs the action from source (src/index.ts, not dist/) as the runner runs
// a step: inputs as INPUT_* with action.yml's defaults, fresh command files, then the outputs and
// the job summary. The settings come from .env (copy .env.example); by default they point at the
// emulator (`npm run emulator -- --port 4010` in another terminal).
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { ROOT, runAction } from '../__tests__/support/harness.js'

const file = join(ROOT, process.argv[2] ?? '.env')
if (!existsSync(file)) {
  console.error(`No ${file}: copy .env.example to .env and edit it.`)
  process.exit(2)
}
const inputs: Record<string, string> = {}
const env: Record<string, string> = {}
for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
  const match = /^\s*([A-Za-z_][\w-]*)\s*=(.*)$/.exec(line)
  if (!match) continue
  const [, name, value] = match
  if (name.startsWith('INPUT_')) inputs[name.slice(6).toLowerCase()] = value.trim()
  else env[name] = value.trim()
}
const tsx = createRequire(import.meta.url).resolve('tsx/cli')
const result = await runAction({
  inputs,
  env,
  nodeArgs: [tsx, join(ROOT, 'src/index.ts')],
  killAfterMs: 6 * 3600_000,
  onStdout: chunk => process.stdout.write(chunk)
})
if (result.stderr.trim()) console.error(result.stderr.trim())
console.log(`\nExit code: ${result.exitCode}`)
for (const [name, value] of Object.entries(result.outputs)) console.log(`  ${name}: ${value}`)
if (result.summary) console.log(`\nJob summary:\n${result.summary}`)
