// The figures of a concurrency sweep, from what the emulator planned and what each run showed:
// shared by the sweep of real processes (bench-sweep.ts) and the simulation (bench-sim.ts).
import type { Emulator, RecordedRequest } from '../emulator/index.js'

export type ChangeKind = 'status' | 'step start' | 'step end'
export const KINDS: ChangeKind[] = ['status', 'step start', 'step end']

export interface KindLag {
  /** Changes in the plans, and how many of them the log never showed. */
  changes: number
  missing: number
  /** How long after the change the log showed it, in poll intervals. */
  p50: number
  p95: number
  max: number
}

export interface SweepPoint {
  runs: number
  completed: number
  /** How many times faster than the default interval the world ran. */
  speed: number
  throttledShare: number
  /** Calls per run per minute, as at the default interval. */
  callsPerRunMinute: number
  /** Calls per run, and the fewest that could follow each build (see floorCalls). */
  callsPerRun: number
  floorPerRun: number
  /** The fewest calls over the calls made. */
  overFloor: number
  /** Throttled calls by operation and by minute (as at the default pace). */
  throttledBy: Record<string, number>
  /** Per kind of change. */
  lag: Record<ChangeKind, KindLag>
  /** The spread across runs: each run's p95 lag over all its changes; p95 and worst of those. */
  runP95: { p95: number; max: number }
  /** Status changes shown later than two poll intervals after they happened. */
  late: number
  /** What went unshown: each status, or step start or end by step name, and how often. */
  unshown: Record<string, number>
  /** What was shown over three polls late (BENCH_LATE polls if set), by status or step name. */
  lateBy: Record<string, number>
  seconds: number
}

export const quantile = (values: number[], q: number): number => {
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

/** Every change the emulator's plan for one image makes, keyed as the log shows it, and when. */
export function planChanges(
  emulator: Emulator,
  arn: string
): Array<{ kind: ChangeKind; key: string; at: number }> {
  const image = emulator.images.get(arn)
  if (!image) return []
  const at = (t: number): number => image.createdAt + t
  return [
    ...image.plan.phases.map(p => ({
      kind: 'status' as const,
      key: `status ${p.status}`,
      at: at(p.at)
    })),
    ...image.plan.executions.flatMap(e =>
      e.steps.flatMap(s => [
        ...(s.status === 'SKIPPED'
          ? []
          : [{ kind: 'step start' as const, key: `start ${e.id}/${s.name}`, at: at(s.start) }]),
        { kind: 'step end' as const, key: `end ${e.id}/${s.name}`, at: at(s.end) }
      ])
    )
  ]
}

/** A change's key without its workflow's id: the same step of every build counts as one. */
export const changeName = (key: string): string => key.replace(/ wf-[^/]+\//, ' ')

/** One run's build and when the log (or the wait) showed each change, by the keys planChanges gives. */
export interface Watched {
  arn: string
  seen: Map<string, number>
  completed: boolean
}

/** The figures of one sweep point, from the emulator's plans and requests and what each run showed. */
export function measure(
  emulator: Emulator,
  watched: Watched[],
  requests: RecordedRequest[],
  {
    intervalMs,
    speed,
    started,
    seconds,
    throttled
  }: {
    intervalMs: number
    speed: number
    started: number
    seconds: number
    throttled: number
  }
): SweepPoint {
  const runs = watched.length
  const lags = new Map<ChangeKind, number[]>(KINDS.map(k => [k, []]))
  const changes = new Map<ChangeKind, number>(KINDS.map(k => [k, 0]))
  const runP95s: number[] = []
  const unshown: Record<string, number> = {}
  const lateBy: Record<string, number> = {}
  const lateAfter = Number(process.env.BENCH_LATE ?? 3)
  let floor = 0
  for (const { arn, seen } of watched) {
    if (!emulator.images.get(arn)) continue
    floor += floorCalls(emulator, arn, intervalMs)
    const own: number[] = []
    for (const change of planChanges(emulator, arn)) {
      changes.set(change.kind, (changes.get(change.kind) ?? 0) + 1)
      const at = seen.get(change.key)
      const what = changeName(change.key)
      if (at === undefined) {
        unshown[what] = (unshown[what] ?? 0) + 1
        continue
      }
      const lag = Math.max(0, at - change.at) / intervalMs
      if (lag > lateAfter) lateBy[what] = (lateBy[what] ?? 0) + 1
      lags.get(change.kind)?.push(lag)
      own.push(lag)
    }
    runP95s.push(quantile(own, 0.95))
  }
  const lagOf = (kind: ChangeKind): KindLag => {
    const values = lags.get(kind) ?? []
    return {
      changes: changes.get(kind) ?? 0,
      missing: (changes.get(kind) ?? 0) - values.length,
      p50: quantile(values, 0.5),
      p95: quantile(values, 0.95),
      max: Math.max(0, ...values)
    }
  }
  const completed = watched.filter(w => w.completed).length
  // Where the throttling fell: by operation, and by minute of the sweep (as at the default pace).
  const throttledBy: Record<string, number> = {}
  for (const r of requests.filter(r => r.fault === 'throttled')) {
    const minute = Math.floor(((r.at - started) * speed) / 60_000)
    throttledBy[r.operation] = (throttledBy[r.operation] ?? 0) + 1
    throttledBy[`minute ${minute}`] = (throttledBy[`minute ${minute}`] ?? 0) + 1
  }
  return {
    throttledBy,
    runs,
    completed,
    speed,
    throttledShare: throttled / Math.max(1, requests.length),
    callsPerRunMinute: requests.length / runs / ((seconds * speed) / 60),
    callsPerRun: requests.length / runs,
    floorPerRun: floor / Math.max(1, runs),
    overFloor: requests.length / Math.max(1, floor),
    lag: {
      status: lagOf('status'),
      'step start': lagOf('step start'),
      'step end': lagOf('step end')
    },
    runP95: { p95: quantile(runP95s, 0.95), max: Math.max(0, ...runP95s) },
    late: (lags.get('status') ?? []).filter(l => l > 2).length,
    unshown,
    lateBy,
    seconds
  }
}

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits))

/** One line per figure the issue asks for. */
export function describePoint(p: SweepPoint): string {
  const kinds = KINDS.map(k => {
    const l = p.lag[k]
    return `${k}: p50 ${round(l.p50)} / p95 ${round(l.p95)} / max ${round(l.max)} polls, ${l.missing} of ${l.changes} never shown`
  })
  return [
    `${p.completed}/${p.runs} completed; ${round(100 * p.throttledShare, 1)} % of calls throttled; ${round(p.callsPerRun, 1)} calls per run (the fewest that follow each build: ${round(p.floorPerRun, 1)}), ${round(p.callsPerRunMinute, 1)} a minute`,
    ...kinds,
    `per-run p95: p95 ${round(p.runP95.p95)} / worst ${round(p.runP95.max)} polls`
  ].join('; ')
}

/** The goal of issue 27, for status and step changes alike. */
export function meetsGoal(p: SweepPoint): boolean {
  return (
    p.completed === p.runs &&
    p.throttledShare < 0.1 &&
    KINDS.every(k => p.lag[k].p95 <= 2 && p.lag[k].max <= 4 && p.lag[k].missing === 0)
  )
}
