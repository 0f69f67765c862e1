// Turns successive snapshots into events: remembers what has been reported, so that each
// transition is reported once and in the order the build went through it.
import type {
  Image,
  WorkflowExecutionMetadata,
  WorkflowStepMetadata
} from '@aws-sdk/client-imagebuilder'
import {
  EXECUTION_FINISHED,
  IMAGE_IN_PROGRESS,
  STEP_FAILED,
  STEP_FINISHED,
  isImageTerminal
} from '../aws/index.js'
import type { Snapshot, StepRef, WatchEvent } from './events.js'
import { NO_NEW_WORKFLOWS, WORKFLOW_STAGES } from './stages.js'

/** A step in these shows its workflow has not ended (WAITING is the user guide's, not the SDK's). */
const STEP_LIVE = new Set(['RUNNING', 'WAITING'])
/** Following steps alone, the workflows are listed again at least every this many polls. */
const FOLLOW_POLLS = 8

/** Remembers what has been reported, so that each transition is printed once. */
export class ProgressTracker {
  private status?: string
  private readonly unknownStatuses = new Set<string>()
  private readonly startedExecutions = new Set<string>()
  private readonly finishedExecutions = new Set<string>()
  private readonly startedSteps = new Set<string>()
  private readonly finishedSteps = new Set<string>()
  private readonly outputs = new Set<string>()
  private readonly superseded = new Set<string>()
  private readonly waiting = new Set<string>()
  /** The image status when the workflows were last listed. */
  private listedStatus?: string
  /** Workflows seen running at the last listing, with the steps each showed last. */
  private readonly running = new Map<string, WorkflowExecutionMetadata>()
  private readonly lastSteps = new Map<string, WorkflowStepMetadata[]>()
  /** Polls since the workflows were last listed. */
  private sinceListing = 0
  readonly failedSteps: StepRef[] = []

  /** `origin`: when the wait started, on the clock the service's times are read against. */
  constructor(private readonly origin = 0) {}

  /**
   * When, into the wait, something the service timed happened: a step found late (it started and
   * ended between two looks) is reported at its own times, not the look's. Within [0, now].
   */
  private realTime(time: string | undefined, elapsedMs: number): number {
    const at = time ? Date.parse(time) - this.origin : NaN
    return Number.isFinite(at) ? Math.min(elapsedMs, Math.max(0, at)) : elapsedMs
  }

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

  /** A status not reported yet. */
  isNew(status: string): boolean {
    return status !== this.status
  }

  /**
   * The steps of a workflow now finished, when the last listing of them already showed every one
   * finished: listing them again would show nothing new.
   */
  knownSteps(execution: WorkflowExecutionMetadata): WorkflowStepMetadata[] | undefined {
    if (!EXECUTION_FINISHED.has(execution.status ?? '')) return undefined
    const steps = this.lastSteps.get(execution.workflowExecutionId ?? '') ?? []
    // Every step the workflow has, each finished: a step that started after that listing would
    // be missing from it.
    const whole = steps.length > 0 && steps.length >= (execution.totalStepCount ?? Infinity)
    return whole && steps.every(s => STEP_FINISHED.has(s.status ?? '')) ? steps : undefined
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
   * The running workflows whose steps alone can be followed for now: one of their steps runs
   * (or waits), so the workflow has not ended, and nothing new starts while the status holds.
   * Listing the workflows too would only confirm that; they are listed anyway every 8th poll.
   */
  followable(status: string): WorkflowExecutionMetadata[] {
    if (status !== this.listedStatus || this.sinceListing >= FOLLOW_POLLS) return []
    const live = [...this.running.values()].filter(e => {
      const id = e.workflowExecutionId ?? ''
      return (
        !this.finishedExecutions.has(id) &&
        (this.lastSteps.get(id) ?? []).some(s => STEP_LIVE.has(String(s.status)))
      )
    })
    // Every running workflow must be followable, or one that ended would go unseen.
    return live.length === this.running.size ? live : []
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
    this.remember(snapshot)
    const isKnown = (e: WorkflowExecutionMetadata): boolean =>
      this.startedExecutions.has(e.workflowExecutionId ?? '')
    // A workflow seen before that a retry ran again: said once. One first seen so is labelled
    // when it is streamed.
    for (const execution of executions.filter(e => e.retried === true)) {
      const id = execution.workflowExecutionId ?? ''
      if (this.superseded.has(id)) continue
      this.superseded.add(id)
      if (isKnown(execution)) events.push({ type: 'workflow-superseded', execution, elapsedMs })
    }
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
    for (const execution of [...executions.filter(isKnown), ...(snapshot.followed ?? [])])
      events.push(...this.executionEvents(execution, snapshot, elapsedMs))
    events.push(
      ...this.statusEvents(snapshot.image, elapsedMs),
      ...this.outputEvents(snapshot.image, elapsedMs)
    )
    for (const execution of executions.filter(e => !isKnown(e))) {
      this.startedExecutions.add(execution.workflowExecutionId ?? '')
      events.push({
        type: 'workflow-started',
        execution,
        elapsedMs: this.realTime(execution.startTime, elapsedMs)
      })
      events.push(...this.executionEvents(execution, snapshot, elapsedMs))
    }
    return events
  }

  private remember(snapshot: Snapshot): void {
    for (const [id, steps] of snapshot.steps) this.lastSteps.set(id, steps)
    if (!snapshot.executions) {
      this.sinceListing++
      return
    }
    this.sinceListing = 0
    this.listedStatus = snapshot.image.state?.status
    this.running.clear()
    for (const e of snapshot.executions)
      if (!EXECUTION_FINISHED.has(e.status ?? '')) this.running.set(e.workflowExecutionId ?? '', e)
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
        events.push({
          type: 'step-started',
          execution,
          step,
          elapsedMs: this.realTime(step.startTime, elapsedMs)
        })
      }
      this.startedSteps.add(stepId)
      // The user guide says WAITING; the SDK's enum has no such value, so a RUNNING WaitForAction counts too.
      const waits =
        status === 'WAITING' ||
        (status === 'RUNNING' &&
          (step.action === 'WaitForAction' ||
            snapshot.waitingStepIds?.has(step.stepExecutionId ?? '') === true))
      if (waits && !this.waiting.has(stepId)) {
        this.waiting.add(stepId)
        events.push({ type: 'step-waiting', execution, step, elapsedMs })
      }
      if (STEP_FINISHED.has(status) && !this.finishedSteps.has(stepId)) {
        this.finishedSteps.add(stepId)
        if (STEP_FAILED.has(status)) this.failedSteps.push({ execution, step })
        events.push({
          type: 'step-finished',
          execution,
          step,
          elapsedMs: this.realTime(step.endTime, elapsedMs)
        })
      }
    }
    // The steps of a finished execution were listed in the same snapshot, so nothing is lost by
    // never listing it again.
    if (EXECUTION_FINISHED.has(execution.status ?? '') && snapshot.steps.has(id)) {
      this.finishedExecutions.add(id)
      events.push({
        type: 'workflow-finished',
        execution,
        elapsedMs: this.realTime(execution.endTime, elapsedMs)
      })
    }
    return events
  }
}

/** A step run again gets a new start time, even should the service keep its ID. */
function stepKey(executionId: string, step: WorkflowStepMetadata): string {
  return `${step.stepExecutionId ?? `${executionId}/${step.name}`}@${step.startTime ?? ''}`
}
