// npm run bench, the concurrency sweep: N five-minute builds at once against one account whose
// request rate is limited. Accelerated by default: at poll-interval P the wait polls 15/P times
// faster than at the default 15 s, so the account limit is raised by the same factor and the
// contention is the real one (10 requests a second against a fleet of builds polling every 15 s).
// Acceleration hides what a slower world shows (the issue 27 baseline: p95 1.7 intervals here,
// 9 polls for steps in real time), so `npm run bench:sweep -- --realtime` (or
// BENCH_SWEEP_REALTIME=1) runs the same builds at the default interval, in real time.
import { loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import type { Emulator, RecordedRequest, Scenario } from '../emulator/index.js'
import { runAction } from '../__tests__/support/harness.js'
import { describePoint, measure, meetsGoal, round, type SweepPoint } from './sweep-measure.js'

export * from './sweep-measure.js'

/** Poll interval of the accelerated sweep, and how much faster than the default that runs time. */
export const SWEEP_POLL_SECONDS = 3
/** The account's read rate, as at the default interval: 10 requests a second, burst 10. */
const ACCOUNT_RATE = 10
/** A five-minute build at the default interval (one minute here): 3 workflows, 13 steps. */
export const FIVE_MINUTES: Scenario = { stepMs: 4000, phaseMs: 3000, targetMs: 3000 }

/** The same build at a pace `speed` times the default's. */
export function fiveMinutesAt(speed: number): Scenario {
  const scale = 15 / SWEEP_POLL_SECONDS / speed
  return {
    stepMs: (FIVE_MINUTES.stepMs ?? 0) * scale,
    phaseMs: (FIVE_MINUTES.phaseMs ?? 0) * scale,
    targetMs: (FIVE_MINUTES.targetMs ?? 0) * scale
  }
}

/** Stamps each change as its log line arrives: statuses, and steps within their workflow's group. */
function logWatcher(): { seen: Map<string, number>; onStdout: (text: string) => void } {
  const seen = new Map<string, number>()
  let pending = ''
  let workflow = ''
  const stamp = (key: string): void => {
    if (!seen.has(key)) seen.set(key, Date.now())
  }
  const onStdout = (text: string): void => {
    const lines = (pending + text).split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      if (line.startsWith('::group::')) workflow = /\b(wf-[0-9a-f-]+)/.exec(line)?.[1] ?? ''
      if (line.startsWith('::endgroup::')) workflow = ''
      const status = / Status ([A-Z_]+)/.exec(line)?.[1]
      if (status) stamp(`status ${status}`)
      const started = /\] ▶ (\S+)/.exec(line)?.[1]
      if (started) stamp(`start ${workflow}/${started}`)
      const ended = /\] [✔↷✖■•] (\S+) /.exec(line)?.[1]
      if (ended) stamp(`end ${workflow}/${ended}`)
    }
  }
  return { seen, onStdout }
}

export interface SweepRun {
  recipe: string
  inputs: Record<string, string>
  env: Record<string, string>
  /** 1 for real time; SWEEP_POLL_SECONDS's speed-up by default. */
  speed?: number
  /** Node arguments that run another bundle (e.g. a copy of an older dist/ to compare with). */
  nodeArgs?: string[]
}

export async function sweep(
  emulator: Emulator,
  runs: number,
  { recipe, inputs, env, speed = 15 / SWEEP_POLL_SECONDS, nodeArgs }: SweepRun
): Promise<SweepPoint> {
  const pollSeconds = 15 / speed
  const intervalMs = pollSeconds * 1000
  emulator.limitRate({ perSecond: ACCOUNT_RATE * speed, burst: ACCOUNT_RATE * speed })
  const before = emulator.requests.length
  const throttledBefore = emulator.throttled
  const watchers = Array.from({ length: runs }, logWatcher)
  const started = Date.now()
  const results = await Promise.all(
    watchers.map(({ onStdout }) =>
      runAction({
        endpoint: emulator.url,
        inputs: { ...inputs, 'image-recipe-arn': recipe, 'poll-interval': String(pollSeconds) },
        env,
        nodeArgs,
        killAfterMs: 3_000_000 / speed,
        onStdout
      })
    )
  )
  const seconds = (Date.now() - started) / 1000
  emulator.limitRate(undefined)
  const requests: RecordedRequest[] = emulator.requests.slice(before)
  const watched = results.map((result, i) => ({
    arn: result.outputs['image-arn'],
    seen: watchers[i].seen,
    completed: result.exitCode === 0 && result.outputs.status === 'AVAILABLE'
  }))
  return measure(emulator, watched, requests, {
    intervalMs,
    speed,
    started,
    seconds,
    throttled: emulator.throttled - throttledBefore
  })
}

// Alone: `npm run bench:sweep [-- --realtime]`, BENCH_SWEEP picks the points, BENCH_SWEEP_DIST
// runs another copy of dist/ (e.g. the code before a change).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { Emulator } = await import('../emulator/index.js')
  const fixtures = await import('../emulator/fixtures.js')
  const realtime = process.argv.includes('--realtime') || process.env.BENCH_SWEEP_REALTIME === '1'
  const speed = realtime ? 1 : 15 / SWEEP_POLL_SECONDS
  const counts = (process.env.BENCH_SWEEP ?? (realtime ? '100' : '10,25,50,100'))
    .split(',')
    .map(Number)
  const dist = process.env.BENCH_SWEEP_DIST
  const emulator = new Emulator()
  await emulator.start()
  emulator.addDistributionConfiguration(
    fixtures.DIST_THREE_REGIONS,
    fixtures.THREE_REGIONS_TWO_ACCOUNTS
  )
  emulator.recipeScenarios.set('bench-sweep', fiveMinutesAt(speed))
  const recipe = fixtures.IMAGE_RECIPE.replace(/image-recipe\/[^/]+\//, 'image-recipe/bench-sweep/')
  for (const runs of counts) {
    const loadBefore = loadavg()[0]
    const point = await sweep(emulator, runs, {
      recipe,
      inputs: {
        'infrastructure-configuration-arn': fixtures.INFRA,
        'distribution-configuration-arn': fixtures.DIST_THREE_REGIONS
      },
      env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      speed,
      nodeArgs: dist ? [`${dist}/main/index.js`] : undefined
    })
    console.log(
      `N=${runs} ${realtime ? 'real time' : `time ×${speed}`} (${round(point.seconds, 0)} s, load ${round(loadBefore, 1)} → ${round(loadavg()[0], 1)}): ${describePoint(point)}; goal ${meetsGoal(point) ? 'met' : 'not met'}; never shown: ${JSON.stringify(point.unshown)}; throttled: ${JSON.stringify(point.throttledBy)}`
    )
  }
  await emulator.stop()
}
