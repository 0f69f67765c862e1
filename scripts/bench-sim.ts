// npm run bench:sim: the real-time sweep's world (bench-sweep.ts) in virtual time, in one process.
// N waits (the action's own watch loop, src/watch/) follow N five-minute builds at the default
// 15 s interval against the emulator's account limit of 10 requests a second; time jumps from one
// sleep to the next, so 100 builds take seconds, not the seven minutes of the real-time sweep.
// What it leaves out: process start-up (the starts come within BENCH_SIM_SPAWN_S seconds, 4 by
// default: 100 processes started together on two cores reach their first call within a few
// seconds; 4 throws 53 to 57 start calls back, as the real-time sweep's 49 to 57 of round 4 and
// later, where 2 threw 74 and lost CREATING a quarter as often), the CPU, and network time.
// Its figures matched the real-time sweep's within noise (12.4 to 12.9 % throttled against 12.4,
// 167 throttled start calls against 182); it is for trying pacing changes quickly, and the
// figures quoted are the real-time sweep's.
import { CreateImageCommand } from '@aws-sdk/client-imagebuilder'
import { pathToFileURL } from 'node:url'
import { emulatorClient } from '../__tests__/support/sdk-client.js'
import { Emulator } from '../emulator/index.js'
import * as fixtures from '../emulator/fixtures.js'
import {
  REPEAT_LIMITS,
  START_THROTTLED_BASE_MS,
  isThrottling,
  isTransient,
  withRetries
} from '../src/aws/index.js'
import type { Clock } from '../src/common/index.js'
import { watchImage } from '../src/watch/index.js'
import { fiveMinutesAt } from './bench-sweep.js'
import {
  changeName,
  describePoint,
  measure,
  meetsGoal,
  planChanges,
  type SweepPoint,
  type Watched
} from './sweep-measure.js'

const INTERVAL_MS = 15_000

interface Sleeper {
  at: number
  seq: number
  resolve: () => void
}

/**
 * Virtual time for many tasks at once: when every task still running is asleep, time jumps to
 * the earliest wake-up and that task alone runs until it sleeps again or ends (its calls to the
 * emulator take no virtual time).
 */
export class SimClock implements Clock {
  private t: number
  private sleepers: Sleeper[] = []
  private seq = 0
  private live = 0

  constructor(start = Date.now()) {
    this.t = start
  }

  now(): number {
    return this.t
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted()
    return new Promise(resolve => {
      this.sleepers.push({ at: this.t + Math.max(0, ms), seq: this.seq++, resolve })
    })
  }

  async run(tasks: Array<() => Promise<void>>): Promise<void> {
    this.live = tasks.length
    const done = tasks.map(task =>
      task().finally(() => {
        this.live--
      })
    )
    while (this.live > 0) {
      await new Promise(resolve => setImmediate(resolve))
      if (this.sleepers.length < this.live || this.sleepers.length === 0) continue
      this.sleepers.sort((a, b) => a.at - b.at || a.seq - b.seq)
      const next = this.sleepers.shift() as Sleeper
      this.t = Math.max(this.t, next.at)
      next.resolve()
    }
    await Promise.all(done)
  }
}

/** N builds at once, each started (CreateImage, retried as the action's submit is) and followed. */
export async function simulate(runs: number, spawnMs = 4_000): Promise<SweepPoint> {
  const emulator = new Emulator()
  await emulator.start()
  try {
    const clock = new SimClock()
    emulator.now = () => clock.now()
    emulator.addDistributionConfiguration(
      fixtures.DIST_THREE_REGIONS,
      fixtures.THREE_REGIONS_TWO_ACCOUNTS
    )
    emulator.recipeScenarios.set('bench-sweep', fiveMinutesAt(1))
    const recipe = fixtures.IMAGE_RECIPE.replace(
      /image-recipe\/[^/]+\//,
      'image-recipe/bench-sweep/'
    )
    emulator.limitRate({ perSecond: 10, burst: 10 })
    const client = emulatorClient(emulator.url)
    const started = clock.now()
    const watched: Watched[] = Array.from({ length: runs }, () => ({
      arn: '',
      seen: new Map<string, number>(),
      completed: false
    }))
    const follow = async (w: Watched): Promise<void> => {
      await clock.sleep(Math.random() * spawnMs)
      let busyStart = false
      // A start the account throttled past the submit's limits fails that run, as it would the
      // action's; the others go on, and the point counts it as not completed.
      const created = await withRetries(
        () =>
          client.send(
            new CreateImageCommand({
              imageRecipeArn: recipe,
              infrastructureConfigurationArn: fixtures.INFRA,
              distributionConfigurationArn: fixtures.DIST_THREE_REGIONS
            })
          ),
        {
          ...REPEAT_LIMITS,
          throttledBaseMs: START_THROTTLED_BASE_MS,
          clock,
          retryable: isTransient,
          // As the action's submit tells the wait (StartContext.onThrottled).
          onRetry: () => {
            busyStart = true
          }
        }
      ).catch((error: unknown) => {
        if (!isThrottling(error)) throw error
        return undefined
      })
      if (!created) return
      w.arn = created.imageBuildVersionArn ?? ''
      const stamp = (key: string): void => {
        if (!w.seen.has(key)) w.seen.set(key, clock.now())
      }
      for await (const event of watchImage(client, w.arn, {
        pollIntervalMs: INTERVAL_MS,
        timeoutMs: 3_600_000,
        clock,
        busyStart,
        created: true
      })) {
        if (event.type === 'status') stamp(`status ${event.status}`)
        const where = (e: { workflowExecutionId?: string }, s: { name?: string }): string =>
          `${e.workflowExecutionId}/${s.name}`
        if (event.type === 'step-started') stamp(`start ${where(event.execution, event.step)}`)
        if (event.type === 'step-finished') stamp(`end ${where(event.execution, event.step)}`)
        if (event.type === 'end') {
          stamp(`status ${event.image?.state?.status}`)
          w.completed = event.image?.state?.status === 'AVAILABLE'
        }
      }
    }
    await clock.run(watched.map(w => () => follow(w)))
    if (process.env.BENCH_TRACE) traceLate(emulator, watched, Number(process.env.BENCH_TRACE))
    return measure(emulator, watched, emulator.requests, {
      intervalMs: INTERVAL_MS,
      speed: 1,
      started,
      seconds: (clock.now() - started) / 1000,
      throttled: emulator.throttled
    })
  } finally {
    await emulator.stop()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const counts = (process.env.BENCH_SWEEP ?? '100').split(',').map(Number)
  const spawnMs = Number(process.env.BENCH_SIM_SPAWN_S ?? 4) * 1000
  const repeats = Number(process.env.BENCH_SIM_REPEATS ?? 1)
  for (const runs of counts) {
    for (let i = 0; i < repeats; i++) {
      const wall = Date.now()
      const point = await simulate(runs, spawnMs)
      console.log(
        `N=${runs} simulated (${Math.round(point.seconds)} s virtual, ${Math.round((Date.now() - wall) / 1000)} s wall): ${describePoint(point)}; goal ${meetsGoal(point) ? 'met' : 'not met'}; never shown: ${JSON.stringify(point.unshown)}; over 3 polls late: ${JSON.stringify(point.lateBy)}; throttled: ${JSON.stringify(point.throttledBy)}`
      )
    }
  }
}

/**
 * BENCH_TRACE=4: for each build with a change shown over that many polls late, the first such
 * change, the changes within two minutes of it, and the build's calls then (! for throttled).
 */
function traceLate(emulator: Emulator, watched: Watched[], over: number): void {
  const wfImage = new Map<string, string>()
  for (const [arn, image] of emulator.images)
    for (const e of image.plan.executions) wfImage.set(e.id, arn)
  const arnOf = (r: { body: Record<string, unknown>; query: Record<string, string> }): string =>
    String(
      r.body.imageBuildVersionArn ??
        r.query.imageBuildVersionArn ??
        wfImage.get(String(r.body.workflowExecutionId)) ??
        ''
    )
  for (const w of watched) {
    const changes = planChanges(emulator, w.arn)
    const late = changes.filter(c => (w.seen.get(c.key) ?? Infinity) - c.at > over * INTERVAL_MS)
    if (late.length === 0) continue
    const mine = emulator.requests.filter(r => arnOf(r) === w.arn)
    const c = late[0]
    const ev = changes
      .filter(x => Math.abs(x.at - c.at) < 120_000)
      .map(
        x =>
          `${changeName(x.key)}@${((x.at - c.at) / 1000).toFixed(0)}s seen ${(((w.seen.get(x.key) ?? NaN) - c.at) / 1000).toFixed(0)}`
      )
    console.log(
      `LATE ${changeName(c.key)} lag ${(((w.seen.get(c.key) ?? NaN) - c.at) / INTERVAL_MS).toFixed(2)}`
    )
    console.log('  changes: ' + ev.join(', '))
    console.log(
      '  calls: ' +
        mine
          .filter(r => Math.abs(r.at - c.at) < 120_000)
          .map(
            r =>
              `${r.operation
                .replace(/^List|Executions$/g, '')
                .replace('WorkflowStep', 'Steps')
                .replace(
                  'Workflow',
                  'Wf'
                )}${r.fault ? '!' : ''}@${((r.at - c.at) / 1000).toFixed(1)}`
          )
          .join(' ')
    )
  }
}
