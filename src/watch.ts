// The wait loop: polls one image until it ends and yields typed progress events. It knows nothing
// about how events are shown; the reporter renders them.
import {
  GetImageCommand,
  paginateListWorkflowExecutions,
  paginateListWorkflowStepExecutions,
  type Image,
  type ImagebuilderClient,
  type WorkflowExecutionMetadata,
  type WorkflowStepMetadata
} from '@aws-sdk/client-imagebuilder'
import {
  ActionError,
  callApi,
  describeError,
  errorName,
  isNotFound,
  isTransient
} from './errors.js'
import { systemClock, type Clock } from './clock.js'
import { backoffMs } from './retry.js'
import {
  EXECUTION_FINISHED,
  IMAGE_IN_PROGRESS,
  STEP_FAILED,
  STEP_FINISHED,
  isImageTerminal
} from './status.js'

export interface WatchOptions {
  pollIntervalMs: number
  timeoutMs: number
  clock?: Clock
  /** How long a ResourceNotFoundException after submit means "not visible yet". */
  visibilityGraceMs?: number
  /**
   * How long polling may keep failing with transient errors before the wait gives up; by default
   * 60 poll intervals (15 minutes at the default interval).
   */
  transientLimitMs?: number
  /** Aborts the wait (job cancellation): the sleep and any call in flight end at once. */
  signal?: AbortSignal
  /**
   * The image as it was before RetryImage. What it shows was reported by an earlier run, and its
   * FAILED or CANCELLED may still be read for a while after the retry: it does not count as the
   * end until the status changes, a new workflow execution appears, or staleGraceMs passes.
   */
  resumeFrom?: Snapshot
  staleGraceMs?: number
}

export interface StepRef {
  execution: WorkflowExecutionMetadata
  step: WorkflowStepMetadata
}

export type Outcome = 'succeeded' | 'failed' | 'timed-out'

export type WatchEvent = { elapsedMs: number } & (
  | { type: 'not-visible-yet' }
  | { type: 'status'; status: string; previous?: string; reason?: string }
  | { type: 'unknown-status'; status: string }
  | {
      type: 'output'
      kind: 'AMI' | 'Container image'
      region: string
      accountId?: string
      resource: string
    }
  | { type: 'workflow-started'; execution: WorkflowExecutionMetadata }
  | { type: 'workflow-finished'; execution: WorkflowExecutionMetadata }
  | ({ type: 'step-started' } & StepRef)
  | ({ type: 'step-finished' } & StepRef)
  | ({ type: 'step-waiting' } & StepRef)
  | { type: 'poll-error'; message: string; retryInMs: number }
  | { type: 'end'; outcome: Outcome; image?: Image; failedSteps: StepRef[] }
)

export interface Snapshot {
  image: Image
  /** Absent when the workflows were not listed this time (nothing to stream). */
  executions?: WorkflowExecutionMetadata[]
  steps: Map<string, WorkflowStepMetadata[]>
  /** API calls it took, pages included. */
  calls: number
}

/** What a snapshot should fetch beyond GetImage. */
export interface SnapshotPlan {
  listExecutions: (image: Image) => boolean
  needsSteps: (execution: WorkflowExecutionMetadata) => boolean
}

/** Stages that always have a workflow running; elsewhere workflows start only as the status changes. */
const WORKFLOW_STAGES = new Set(['BUILDING', 'TESTING'])
/** Before the build stage no workflow exists yet: nothing to list, nothing to react to quickly. */
const BEFORE_WORKFLOWS = new Set(['PENDING', 'CREATING'])
/** Statuses in which no workflow starts: list only to follow one still running. */
const NO_NEW_WORKFLOWS = new Set([...BEFORE_WORKFLOWS, 'INTEGRATING'])

/**
 * The wait spends at most this many calls per poll interval on average: a full poll (image,
 * workflows, the running workflow's steps) once per interval while steps stream; twice as many
 * lighter polls when nothing streams, alternating a workflow listing with a status-only check.
 * The end, which usually follows distribution and integration, is then noticed sooner for the
 * same calls per minute.
 */
const CALLS_PER_INTERVAL = 3
/**
 * The rate the budget refills at, a little under the full-poll cost, so that a whole wait,
 * with the submit before it and a last poll it never pays back, stays within 12 calls a minute at
 * the default interval.
 */
const BUDGET_PER_INTERVAL = 2.75

/**
 * A token bucket over the calls the wait makes: polls that cost more than planned (a stage
 * change lists two workflows' steps) are paid back by waiting longer, so the rate holds over any
 * stretch of the build.
 */
class CallBudget {
  private tokens = 0
  private readonly perMs: number

  constructor(
    private readonly clock: Clock,
    intervalMs: number,
    private at = clock.now()
  ) {
    this.perMs = BUDGET_PER_INTERVAL / intervalMs
  }

  spend(calls: number): void {
    this.refill()
    this.tokens -= calls
  }

  /** How long until `calls` more fit, from now. */
  waitFor(calls: number): number {
    this.refill()
    return Math.max(0, (calls - this.tokens) / this.perMs)
  }

  private refill(): void {
    const now = this.clock.now()
    this.tokens = Math.min(CALLS_PER_INTERVAL, this.tokens + (now - this.at) * this.perMs)
    this.at = now
  }
}

/** Remembers what has been reported, so that each transition is printed once. */
class ProgressTracker {
  private status?: string
  private readonly unknownStatuses = new Set<string>()
  private readonly startedExecutions = new Set<string>()
  private readonly finishedExecutions = new Set<string>()
  private readonly startedSteps = new Set<string>()
  private readonly finishedSteps = new Set<string>()
  private readonly outputs = new Set<string>()
  private readonly waiting = new Set<string>()
  /** The image status when the workflows were last listed. */
  private listedStatus?: string
  readonly failedSteps: StepRef[] = []

  /** Takes what a snapshot shows as already reported, without any event. */
  prime(snapshot: Snapshot): void {
    this.status = snapshot.image.state?.status
    this.listedStatus = this.status
    for (const execution of snapshot.executions ?? []) {
      const id = execution.workflowExecutionId ?? ''
      this.startedExecutions.add(id)
      if (EXECUTION_FINISHED.has(execution.status ?? '')) this.finishedExecutions.add(id)
      for (const step of snapshot.steps.get(id) ?? []) {
        this.startedSteps.add(stepKey(id, step))
        if (STEP_FINISHED.has(step.status ?? '')) this.finishedSteps.add(stepKey(id, step))
      }
    }
    this.outputEvents(snapshot.image, 0)
  }

  needsSteps(execution: WorkflowExecutionMetadata): boolean {
    const id = execution.workflowExecutionId ?? ''
    return !this.finishedExecutions.has(id) && execution.status !== 'PENDING'
  }

  /** A workflow was seen and has not been seen to finish. */
  hasRunning(): boolean {
    return [...this.startedExecutions].some(id => !this.finishedExecutions.has(id))
  }

  /**
   * Workflows need listing while one runs, in the stages that always have one, and whenever the
   * status has moved since the last listing (a stage, and its workflows, may have started).
   */
  needsListing(status: string): boolean {
    if (this.hasRunning()) return true
    if (NO_NEW_WORKFLOWS.has(status)) return false
    return WORKFLOW_STAGES.has(status) || status !== this.listedStatus
  }

  diff(snapshot: Snapshot, elapsedMs: number): WatchEvent[] {
    const events: WatchEvent[] = []
    const executions = snapshot.executions ?? []
    if (snapshot.executions) this.listedStatus = snapshot.image.state?.status
    const isKnown = (e: WorkflowExecutionMetadata): boolean =>
      this.startedExecutions.has(e.workflowExecutionId ?? '')
    // A finished execution that runs again (a retry that reuses it) is followed again.
    for (const execution of executions) {
      const id = execution.workflowExecutionId ?? ''
      if (this.finishedExecutions.has(id) && !EXECUTION_FINISHED.has(execution.status ?? '')) {
        this.finishedExecutions.delete(id)
        events.push({ type: 'workflow-started', execution, elapsedMs })
      }
    }
    // Order follows the build: what finished in known workflows, then the new image status,
    // then workflows that started since.
    for (const execution of executions.filter(isKnown))
      events.push(...this.executionEvents(execution, snapshot, elapsedMs))
    events.push(
      ...this.statusEvents(snapshot.image, elapsedMs),
      ...this.outputEvents(snapshot.image, elapsedMs)
    )
    for (const execution of executions.filter(e => !isKnown(e))) {
      this.startedExecutions.add(execution.workflowExecutionId ?? '')
      events.push({ type: 'workflow-started', execution, elapsedMs })
      events.push(...this.executionEvents(execution, snapshot, elapsedMs))
    }
    return events
  }

  /** AMIs and container images as they appear: distribution to other regions runs without steps. */
  private outputEvents(image: Image, elapsedMs: number): WatchEvent[] {
    const found: Array<{
      kind: 'AMI' | 'Container image'
      region: string
      accountId?: string
      resource: string
    }> = [
      ...(image.outputResources?.amis ?? []).map(a => ({
        kind: 'AMI' as const,
        region: a.region ?? '',
        accountId: a.accountId,
        resource: a.image ?? ''
      })),
      ...(image.outputResources?.containers ?? []).flatMap(c =>
        (c.imageUris ?? []).map(uri => ({
          kind: 'Container image' as const,
          region: c.region ?? '',
          resource: uri
        }))
      )
    ]
    return found
      .filter(o => o.resource && !this.outputs.has(`${o.region}/${o.accountId}/${o.resource}`))
      .map(o => {
        this.outputs.add(`${o.region}/${o.accountId}/${o.resource}`)
        return { type: 'output', ...o, elapsedMs }
      })
  }

  private statusEvents(image: Image, elapsedMs: number): WatchEvent[] {
    const status = image.state?.status ?? 'UNKNOWN'
    if (status === this.status) return []
    const events: WatchEvent[] = [
      { type: 'status', status, previous: this.status, reason: image.state?.reason, elapsedMs }
    ]
    this.status = status
    if (
      !IMAGE_IN_PROGRESS.has(status) &&
      !isImageTerminal(status) &&
      !this.unknownStatuses.has(status)
    ) {
      this.unknownStatuses.add(status)
      events.push({ type: 'unknown-status', status, elapsedMs })
    }
    return events
  }

  private executionEvents(
    execution: WorkflowExecutionMetadata,
    snapshot: Snapshot,
    elapsedMs: number
  ): WatchEvent[] {
    const id = execution.workflowExecutionId ?? ''
    if (this.finishedExecutions.has(id)) return []
    const events: WatchEvent[] = []
    for (const step of snapshot.steps.get(id) ?? []) {
      const stepId = stepKey(id, step)
      const status: string = step.status ?? 'PENDING'
      if (status === 'PENDING') continue
      if (!this.startedSteps.has(stepId) && status !== 'SKIPPED') {
        events.push({ type: 'step-started', execution, step, elapsedMs })
      }
      this.startedSteps.add(stepId)
      // The user guide says WAITING; the SDK's enum has no such value, so a RUNNING WaitForAction counts too.
      const waits =
        status === 'WAITING' || (status === 'RUNNING' && step.action === 'WaitForAction')
      if (waits && !this.waiting.has(stepId)) {
        this.waiting.add(stepId)
        events.push({ type: 'step-waiting', execution, step, elapsedMs })
      }
      if (STEP_FINISHED.has(status) && !this.finishedSteps.has(stepId)) {
        this.finishedSteps.add(stepId)
        if (STEP_FAILED.has(status)) this.failedSteps.push({ execution, step })
        events.push({ type: 'step-finished', execution, step, elapsedMs })
      }
    }
    // The steps of a finished execution were listed in the same snapshot, so nothing is lost by
    // never listing it again.
    if (EXECUTION_FINISHED.has(execution.status ?? '') && snapshot.steps.has(id)) {
      this.finishedExecutions.add(id)
      events.push({ type: 'workflow-finished', execution, elapsedMs })
    }
    return events
  }
}

/** A step run again gets a new start time, even should the service keep its ID. */
function stepKey(executionId: string, step: WorkflowStepMetadata): string {
  return `${step.stepExecutionId ?? `${executionId}/${step.name}`}@${step.startTime ?? ''}`
}

export const FULL_SNAPSHOT: SnapshotPlan = { listExecutions: () => true, needsSteps: () => true }

export async function takeSnapshot(
  client: ImagebuilderClient,
  arn: string,
  plan: SnapshotPlan,
  signal?: AbortSignal
): Promise<Snapshot> {
  const options = { abortSignal: signal }
  const { image } = await callApi('GetImage', () =>
    client.send(new GetImageCommand({ imageBuildVersionArn: arn }), options)
  )
  if (!image) throw new ActionError(`GetImage returned no image for ${arn}`)
  const snapshot: Snapshot = { image, steps: new Map(), calls: 1 }
  if (!plan.listExecutions(image)) return snapshot
  const count = <P>(page: P): P => {
    snapshot.calls++
    return page
  }
  const executions = await callApi('ListWorkflowExecutions', () =>
    collect(
      paginateListWorkflowExecutions({ client }, { imageBuildVersionArn: arn }, options),
      page => count(page).workflowExecutions
    )
  )
  snapshot.executions = executions
  for (const execution of executions.filter(plan.needsSteps)) {
    const id = execution.workflowExecutionId ?? ''
    const list = await callApi('ListWorkflowStepExecutions', () =>
      collect(
        paginateListWorkflowStepExecutions({ client }, { workflowExecutionId: id }, options),
        page => count(page).steps
      )
    )
    snapshot.steps.set(id, list)
  }
  return snapshot
}

async function collect<P, T>(
  pages: AsyncIterable<P>,
  items: (page: P) => T[] | undefined
): Promise<T[]> {
  const all: T[] = []
  for await (const page of pages) all.push(...(items(page) ?? []))
  return all
}

export async function* watchImage(
  client: ImagebuilderClient,
  arn: string,
  options: WatchOptions
): AsyncGenerator<WatchEvent> {
  const clock = options.clock ?? systemClock
  const start = clock.now()
  const deadline = start + options.timeoutMs
  const visibilityGraceMs = options.visibilityGraceMs ?? 120_000
  const transientLimitMs = options.transientLimitMs ?? 60 * options.pollIntervalMs
  const signal = options.signal
  const tracker = new ProgressTracker()
  const elapsed = (): number => clock.now() - start
  const resumed = options.resumeFrom
  if (resumed) tracker.prime(resumed)
  const staleGraceMs = options.staleGraceMs ?? 5 * 60_000
  let stale = resumed !== undefined
  const staleStatus = resumed?.image.state?.status
  const priorExecutions = new Set(resumed?.executions?.map(e => e.workflowExecutionId) ?? [])
  let image: Image | undefined
  let failures = 0
  let failingSince: number | undefined
  let announcedInvisible = false
  const budget = new CallBudget(clock, options.pollIntervalMs)
  /** Whether the last poll listed the workflows; quiet polls alternate with and without. */
  let listedLast = true
  /** Whether a poll that finds `status` lists the workflows too. */
  const listNow = (status: string): boolean =>
    stale || tracker.needsListing(status) || (!listedLast && !NO_NEW_WORKFLOWS.has(status))

  for (;;) {
    let delayMs = options.pollIntervalMs
    try {
      signal?.throwIfAborted()
      const plan: SnapshotPlan = {
        // While a retry's old state may still show, look for the re-run's workflows every time.
        listExecutions: img => listNow(img.state?.status ?? ''),
        needsSteps: e => tracker.needsSteps(e)
      }
      const snapshot = await takeSnapshot(client, arn, plan, signal)
      failures = 0
      failingSince = undefined
      image = snapshot.image
      const status = image.state?.status ?? ''
      stale &&=
        status === staleStatus &&
        (snapshot.executions ?? []).every(e => priorExecutions.has(e.workflowExecutionId)) &&
        elapsed() < staleGraceMs
      yield* tracker.diff(snapshot, elapsed())
      budget.spend(snapshot.calls)
      listedLast = snapshot.executions !== undefined
      const streaming = stale || tracker.needsListing(status)
      const slow = streaming || BEFORE_WORKFLOWS.has(status)
      const cadence = slow ? options.pollIntervalMs : options.pollIntervalMs / 2
      const nextCost = streaming ? CALLS_PER_INTERVAL : listNow(status) ? 2 : 1
      delayMs = Math.max(cadence, budget.waitFor(nextCost))
      if (isImageTerminal(status) && !stale) {
        const outcome = image.state?.status === 'AVAILABLE' ? 'succeeded' : 'failed'
        yield {
          type: 'end',
          outcome,
          image,
          failedSteps: tracker.failedSteps,
          elapsedMs: elapsed()
        }
        return
      }
    } catch (error) {
      if (signal?.aborted) throw signal.reason
      if (image === undefined && isNotFound(error) && elapsed() < visibilityGraceMs) {
        if (!announcedInvisible) yield { type: 'not-visible-yet', elapsedMs: elapsed() }
        announcedInvisible = true
      } else if (isTransient(error)) {
        failures++
        failingSince ??= clock.now()
        if (clock.now() - failingSince >= transientLimitMs) {
          throw new ActionError(
            `Status checks kept failing for ${Math.round((clock.now() - failingSince) / 1000)} s; the last error was ${errorName(error)}: ${(error as Error).message}.`
          )
        }
        delayMs = backoffMs(failures, options.pollIntervalMs)
        yield {
          type: 'poll-error',
          message: describeError(error, 'Status check'),
          retryInMs: delayMs,
          elapsedMs: elapsed()
        }
      } else {
        throw error
      }
    }
    const remaining = deadline - clock.now()
    if (remaining <= 0) {
      yield {
        type: 'end',
        outcome: 'timed-out',
        image,
        failedSteps: tracker.failedSteps,
        elapsedMs: elapsed()
      }
      return
    }
    await clock.sleep(Math.min(delayMs, remaining), signal)
  }
}
