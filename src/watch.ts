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
import {
  EXECUTION_FINISHED,
  IMAGE_IN_PROGRESS,
  STEP_FAILED,
  STEP_FINISHED,
  isImageTerminal
} from './status.js'

export interface Clock {
  now(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason)
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, ms)
      const onAbort = (): void => {
        clearTimeout(timer)
        reject(signal?.reason)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
    })
}

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
  | { type: 'poll-error'; message: string; retryInMs: number }
  | { type: 'end'; outcome: Outcome; image?: Image; failedSteps: StepRef[] }
)

export interface Snapshot {
  image: Image
  executions: WorkflowExecutionMetadata[]
  steps: Map<string, WorkflowStepMetadata[]>
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
  readonly failedSteps: StepRef[] = []

  /** Takes what a snapshot shows as already reported, without any event. */
  prime(snapshot: Snapshot): void {
    this.status = snapshot.image.state?.status
    for (const execution of snapshot.executions) {
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

  diff(snapshot: Snapshot, elapsedMs: number): WatchEvent[] {
    const events: WatchEvent[] = []
    const isKnown = (e: WorkflowExecutionMetadata): boolean =>
      this.startedExecutions.has(e.workflowExecutionId ?? '')
    // A finished execution that runs again (a retry that reuses it) is followed again.
    for (const execution of snapshot.executions) {
      const id = execution.workflowExecutionId ?? ''
      if (this.finishedExecutions.has(id) && !EXECUTION_FINISHED.has(execution.status ?? '')) {
        this.finishedExecutions.delete(id)
        events.push({ type: 'workflow-started', execution, elapsedMs })
      }
    }
    // Order follows the build: what finished in known workflows, then the new image status,
    // then workflows that started since.
    for (const execution of snapshot.executions.filter(isKnown))
      events.push(...this.executionEvents(execution, snapshot, elapsedMs))
    events.push(
      ...this.statusEvents(snapshot.image, elapsedMs),
      ...this.outputEvents(snapshot.image, elapsedMs)
    )
    for (const execution of snapshot.executions.filter(e => !isKnown(e))) {
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
      const status = step.status ?? 'PENDING'
      if (status === 'PENDING') continue
      if (!this.startedSteps.has(stepId) && status !== 'SKIPPED') {
        events.push({ type: 'step-started', execution, step, elapsedMs })
      }
      this.startedSteps.add(stepId)
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

export async function takeSnapshot(
  client: ImagebuilderClient,
  arn: string,
  needsSteps: (execution: WorkflowExecutionMetadata) => boolean,
  signal?: AbortSignal
): Promise<Snapshot> {
  const options = { abortSignal: signal }
  const { image } = await callApi('GetImage', () =>
    client.send(new GetImageCommand({ imageBuildVersionArn: arn }), options)
  )
  if (!image) throw new ActionError(`GetImage returned no image for ${arn}`)
  const executions = await callApi('ListWorkflowExecutions', () =>
    collect(
      paginateListWorkflowExecutions({ client }, { imageBuildVersionArn: arn }, options),
      page => page.workflowExecutions
    )
  )
  const steps = new Map<string, WorkflowStepMetadata[]>()
  for (const execution of executions.filter(needsSteps)) {
    const id = execution.workflowExecutionId ?? ''
    const list = await callApi('ListWorkflowStepExecutions', () =>
      collect(
        paginateListWorkflowStepExecutions({ client }, { workflowExecutionId: id }, options),
        page => page.steps
      )
    )
    steps.set(id, list)
  }
  return { image, executions, steps }
}

async function collect<P, T>(
  pages: AsyncIterable<P>,
  items: (page: P) => T[] | undefined
): Promise<T[]> {
  const all: T[] = []
  for await (const page of pages) all.push(...(items(page) ?? []))
  return all
}

function backoffMs(failures: number, pollIntervalMs: number): number {
  // Full jitter keeps many jobs throttled at the same moment from retrying in lockstep.
  const ceiling = Math.min(60_000, pollIntervalMs * 2 ** Math.min(failures, 6))
  return Math.max(pollIntervalMs, Math.round(ceiling * (0.5 + Math.random() / 2)))
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
  const priorExecutions = new Set(resumed?.executions.map(e => e.workflowExecutionId) ?? [])
  let image: Image | undefined
  let failures = 0
  let failingSince: number | undefined
  let announcedInvisible = false

  for (;;) {
    let delayMs = options.pollIntervalMs
    try {
      signal?.throwIfAborted()
      const snapshot = await takeSnapshot(client, arn, e => tracker.needsSteps(e), signal)
      failures = 0
      failingSince = undefined
      image = snapshot.image
      const status = image.state?.status ?? ''
      stale &&=
        status === staleStatus &&
        snapshot.executions.every(e => priorExecutions.has(e.workflowExecutionId)) &&
        elapsed() < staleGraceMs
      yield* tracker.diff(snapshot, elapsed())
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
