// npm run emulator -- [--port N] [--scenario NAME] [--fault NAME ...] [--list]
// Starts the emulator on loopback and prints its URL (and only that, on stdout, so a script can
// read it), then serves until stopped. Point the action at it with AWS_ENDPOINT_URL_IMAGEBUILDER.
import { parseArgs } from 'node:util'
import { DIST_THREE_REGIONS, THREE_REGIONS_TWO_ACCOUNTS } from './fixtures.js'
import { FAULTS, SCENARIOS } from './scenarios.js'
import { Emulator } from './server.js'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.EMULATOR_PORT ?? '0' },
    scenario: { type: 'string', default: 'success' },
    fault: { type: 'string', multiple: true, default: [] },
    list: { type: 'boolean', default: false }
  }
})

function usage(problem?: string): never {
  const lines = [
    ...(problem ? [problem, ''] : []),
    'Usage: npm run emulator -- [--port N] [--scenario NAME] [--fault NAME ...] [--list]',
    '',
    'Scenarios (how builds go):',
    ...Object.entries(SCENARIOS).map(([name, s]) => `  ${name.padEnd(20)} ${s.about}`),
    '',
    'Faults (what goes wrong on the wire; several may be given):',
    ...Object.entries(FAULTS).map(([name, f]) => `  ${name.padEnd(20)} ${f.about}`)
  ]
  console.error(lines.join('\n'))
  process.exit(problem ? 2 : 0)
}

if (values.list) usage()
const scenario = SCENARIOS[values.scenario]
if (!scenario) usage(`Unknown scenario '${values.scenario}'.`)
const unknown = values.fault.filter(name => !FAULTS[name])
if (unknown.length > 0) usage(`Unknown fault '${unknown[0]}'.`)

const emulator = new Emulator({ scenario: scenario.scenario })
await emulator.start(Number(values.port))
emulator.addDistributionConfiguration(DIST_THREE_REGIONS, THREE_REGIONS_TWO_ACCOUNTS)
for (const name of values.fault) emulator.inject(FAULTS[name].fault)
console.log(emulator.url)
console.error(
  `Image Builder emulator: scenario ${values.scenario}${values.fault.length > 0 ? `, faults ${values.fault.join(', ')}` : ''}. Set AWS_ENDPOINT_URL_IMAGEBUILDER=${emulator.url}`
)
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void emulator.stop().then(() => process.exit(0)))
