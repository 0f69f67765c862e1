// What the in-process test files share: the emulator on a fake clock, a realistic build, and the
// step runners.
import { beforeEach } from '@jest/globals'
import {
  DIST_OWN_THREE_REGIONS,
  DIST_THREE_REGIONS,
  IMAGE_RECIPE,
  INFRA,
  OWN_THREE_REGIONS,
  THREE_REGIONS_TWO_ACCOUNTS
} from '../../emulator/fixtures.js'
import { cleanUp } from '../../src/lifecycle/index.js'
import { run } from '../../src/job/index.js'
import { FakeClock, inProcess, type InProcessOptions } from '../support/in-process.js'
import { useEmulator } from '../support/use-emulator.js'

/** A build of about twenty minutes, as they go: every status and step outlasts a poll. */
export const REALISTIC = { stepMs: 60_000, phaseMs: 60_000, targetMs: 60_000 }
export const BASE = { 'image-recipe-arn': IMAGE_RECIPE, 'infrastructure-configuration-arn': INFRA }

type Annotated = { annotations: Array<{ level: string; message: string }> }
export const errors = (result: Annotated): string[] =>
  result.annotations.filter(a => a.level === 'error').map(a => a.message)
export const warnings = (result: Annotated): string[] =>
  result.annotations.filter(a => a.level === 'warning').map(a => a.message)

/** One emulator for the file, on a fresh fake clock before each test. */
export function inProcessSetup() {
  const emulator = useEmulator()
  const context = { emulator, clock: new FakeClock() }
  beforeEach(() => {
    context.clock = new FakeClock()
    emulator.now = () => context.clock.now()
    emulator.scenario = REALISTIC
    emulator.addDistributionConfiguration(DIST_THREE_REGIONS, THREE_REGIONS_TWO_ACCOUNTS)
    emulator.addDistributionConfiguration(DIST_OWN_THREE_REGIONS, OWN_THREE_REGIONS)
  })
  return {
    ...context,
    get clock(): FakeClock {
      return context.clock
    },
    /** The main step; `inputs` are added to a create-image run's unless `bare`. */
    main: (options: InProcessOptions & { bare?: boolean } = {}) =>
      inProcess(emulator, () => run({ clock: context.clock }), {
        ...options,
        inputs: { ...(options.bare ? {} : BASE), ...options.inputs }
      }),
    post: (options: InProcessOptions = {}) => inProcess(emulator, () => cleanUp(), options),
    /** The account throttles `times` calls of `operation`, after letting `after` through. */
    throttle: (operation: string, times: number, { after = 0, status = 400 } = {}): void =>
      emulator.inject({ operation, errorType: 'ThrottlingException', status, times, after }),
    /** The CreateImage request of a run from BASE, as the action sends it. */
    createRequest: () => ({
      imageRecipeArn: BASE['image-recipe-arn'],
      infrastructureConfigurationArn: BASE['infrastructure-configuration-arn']
    })
  }
}
