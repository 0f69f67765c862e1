// npm run demo: the committed bundle against the local emulator, shown as the job log shows it.
// `npm run demo -- --fail` shows a build whose tests fail.
import { Emulator } from '../emulator/index.js'
import {
  DIST_THREE_REGIONS,
  IMAGE_RECIPE,
  INFRA,
  THREE_REGIONS_TWO_ACCOUNTS
} from '../emulator/fixtures.js'
import { runAction } from '../__tests__/support/harness.js'

const failing = process.argv.includes('--fail')
const tty = process.stdout.isTTY
const style = (code: string, text: string): string => (tty ? `\x1b[${code}m${text}\x1b[0m` : text)

/** The end token of a ::stop-commands:: block while one is open: its lines are plain text. */
let stoppedUntil: string | undefined

/** Renders workflow commands roughly as the Actions log viewer does; the runner hides the rest. */
function render(line: string): string | undefined {
  if (stoppedUntil !== undefined) {
    if (line !== `::${stoppedUntil}::`) return line
    stoppedUntil = undefined
    return undefined
  }
  const stop = /^::stop-commands::(.+)$/.exec(line)
  if (stop) {
    stoppedUntil = stop[1]
    return undefined
  }
  const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line)
  if (!command) return line
  const [, name, data] = command
  const text = data.replace(/%0A/g, '\n').replace(/%0D/g, '').replace(/%25/g, '%')
  if (name === 'group') return style('1', `▼ ${text}`)
  if (name === 'error') return style('31', `Error: ${text}`)
  if (name === 'warning') return style('33', `Warning: ${text}`)
  if (name === 'notice') return style('36', `Notice: ${text}`)
  return undefined
}

const emulator = new Emulator({
  scenario: {
    stepMs: 700,
    phaseMs: 900,
    targetMs: 1000,
    fail: failing
      ? {
          workflow: 'TEST',
          step: 'ApplyTestComponents',
          message: 'Component cis-hardening-checks/1.0.0 failed: 3 checks did not pass'
        }
      : undefined
  }
})
await emulator.start()
emulator.addDistributionConfiguration(DIST_THREE_REGIONS, THREE_REGIONS_TWO_ACCOUNTS)

const inputs = {
  'image-recipe-arn': IMAGE_RECIPE,
  'infrastructure-configuration-arn': INFRA,
  'distribution-configuration-arn': DIST_THREE_REGIONS,
  tags: 'team: platform',
  'poll-interval': '1'
}
console.log(
  style('2', `Image Builder emulator on ${emulator.url}; running dist/main/index.js with:`)
)
for (const [name, value] of Object.entries(inputs)) console.log(style('2', `  ${name}: ${value}`))
console.log()

let pending = ''
const result = await runAction({
  endpoint: emulator.url,
  inputs,
  // The SDK warns on Node 20 that future releases need Node 22; the runner uses node24.
  env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  onStdout: chunk => {
    const lines = (pending + chunk).split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      const shown = render(line)
      if (shown !== undefined) console.log(shown)
    }
  }
})
await emulator.stop()

if (result.stderr.trim()) console.log(style('33', result.stderr.trim()))
console.log()
console.log(style('1', `Step exit code: ${result.exitCode}`))
console.log(style('1', 'Outputs:'))
for (const [name, value] of Object.entries(result.outputs)) {
  const shown =
    value.startsWith('[') || value.startsWith('{')
      ? JSON.stringify(JSON.parse(value), null, 2)
      : value
  console.log(`  ${name}: ${shown.replace(/\n/g, '\n  ')}`)
}
console.log()
console.log(style('1', 'Job summary (GITHUB_STEP_SUMMARY):'))
console.log(
  result.summary
    .replace(/<\/(tr|h2|h3|p|li)>/g, '\n')
    .replace(/<\/t[hd]>/g, ' | ')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .trim()
)
console.log()
console.log(style('2', `${emulator.requests.length} API requests reached the emulator.`))
