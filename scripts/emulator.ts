// Starts the Image Builder emulator on loopback and prints its URL, for the self-test workflow and
// for debugging the action from source. EMULATOR_PORT picks the port (default: any free one).
import { Emulator } from '../__tests__/support/emulator.js'
import { DIST_THREE_REGIONS, THREE_REGIONS_TWO_ACCOUNTS } from '../__tests__/support/fixtures.js'

const emulator = new Emulator({ scenario: { stepMs: 300, phaseMs: 300, targetMs: 300 } })
await emulator.start(Number(process.env.EMULATOR_PORT ?? 0))
emulator.addDistributionConfiguration(DIST_THREE_REGIONS, THREE_REGIONS_TWO_ACCOUNTS)
console.log(emulator.url)
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void emulator.stop().then(() => process.exit(0)))
