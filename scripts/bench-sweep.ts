// npm run bench, the concurrency sweep: N five-minute builds at once against one account whose
// request rate is limited, in compressed time. At poll-interval P the wait polls 15/P times
// faster than at the default 15 s, so the account limit is raised by the same factor: the
// contention is the real one (10 requests a second against a fleet of builds polling every 15 s).
import type { Emulator, RecordedRequest, Scenario } from '../emulator/index.js'
import { runAction } from '../__tests__/support/harness.js'

/** Poll interval of the sweep, and how much faster than the default that runs time. */
export const SWEEP_POLL_SECONDS = 3
const SPEED = 15 / SWEEP_POLL_SECONDS
/** The account's read rate, as at the default interval: 10 requests a second. */
const ACCOUNT_RATE = 10
/** A five-minute build at the default interval (one minute here): 3 workflows, 13 steps. */
export const FIVE_MINUTES: Scenario = { stepMs: 4000, phaseMs: 3000, targetMs: 3000 }

export interface SweepPoint {
  runs: number
  completed: number
  throttledShare: number
  /** Calls per run per minute, as at the default interval. */
  callsPerRunMinute: number
  /** The fewest calls that could follow each build (see floorCalls), over the calls made. */
  overFloor: number
  /** How long after a status change the log showed it, in poll intervals. */
  lagP50: number
  lagP95: number
  /** Status changes shown later than two poll intervals after they happened. */
  late: number
}

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

/**
 * The fewest calls that show every status change and every step within one interval: a GetImage
 * per interval for the whole build, a step listing per interval while a workflow runs, and one
 * workflow listing per workflow as it starts.
 */
function floorCalls(emulator: Emulator, arn: string, intervalMs: number): number {
  const plan = emulator.images.get(arn)?.plan
  if (!plan) return 0
  const streaming = plan.executions.reduce((sum, e) => sum + (e.end - e.start), 0)
  return (
    Math.ceil(plan.endsAt / intervalMs) + Math.ceil(streaming / intervalMs) + plan.executions.length
  )
}

export interface SweepRun {
  recipe: string
  inputs: Record<string, string>
  env: Record<string, string>
}

export async function sweep(
  emulator: Emulator,
  runs: number,
  { recipe, inputs, env }: SweepRun
): Promise<SweepPoint> {
  const intervalMs = SWEEP_POLL_SECONDS * 1000
  emulator.limitRate({ perSecond: ACCOUNT_RATE * SPEED, burst: ACCOUNT_RATE * SPEED })
  const before = emulator.requests.length
  const throttledBefore = emulator.throttled
  const shown: Array<Map<string, number>> = []
  const started = Date.now()
  const results = await Promise.all(
    Array.from({ length: runs }, () => {
      const seen = new Map<string, number>()
      shown.push(seen)
      let pending = ''
      return runAction({
        endpoint: emulator.url,
        inputs: {
          ...inputs,
          'image-recipe-arn': recipe,
          'poll-interval': String(SWEEP_POLL_SECONDS)
        },
        env,
        killAfterMs: 600_000,
        // Stamped as each line arrives: when the log showed the status.
        onStdout: text => {
          const lines = (pending + text).split('\n')
          pending = lines.pop() ?? ''
          for (const line of lines) {
            const status = / Status ([A-Z_]+)/.exec(line)?.[1]
            if (status && !seen.has(status)) seen.set(status, Date.now())
          }
        }
      })
    })
  )
  const seconds = (Date.now() - started) / 1000
  emulator.limitRate(undefined)
  const requests: RecordedRequest[] = emulator.requests.slice(before)
  const lags: number[] = []
  let floor = 0
  results.forEach((result, i) => {
    const arn = result.outputs['image-arn']
    const image = emulator.images.get(arn)
    if (!image) return
    floor += floorCalls(emulator, arn, intervalMs)
    for (const phase of image.plan.phases) {
      const at = shown[i].get(phase.status)
      if (at !== undefined) lags.push(Math.max(0, at - (image.createdAt + phase.at)) / intervalMs)
    }
  })
  const completed = results.filter(r => r.exitCode === 0 && r.outputs.status === 'AVAILABLE').length
  return {
    runs,
    completed,
    throttledShare: (emulator.throttled - throttledBefore) / Math.max(1, requests.length),
    callsPerRunMinute: requests.length / runs / ((seconds * SPEED) / 60),
    overFloor: requests.length / Math.max(1, floor),
    lagP50: quantile(lags, 0.5),
    lagP95: quantile(lags, 0.95),
    late: lags.filter(l => l > 2).length
  }
}
