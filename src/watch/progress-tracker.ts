// Turns successive snapshots into events: remembers what has been reported, so that each
// transition is reported once and in the order the build went through it.
import type { WorkflowExecutionMetadata, WorkflowStepMetadata } from '@aws-sdk/client-imagebuilder'
import { EXECUTION_FINISHED, STEP_FINISHED } from '../aws/index.js'
import type { Snapshot, StepRef, WatchEvent } from './events.js'
import { OutputLedger } from './outputs.js'
import { StatusLedger } from './statuses.js'
import { StepLedger } from './steps.js'
import { NO_NEW_WORKFLOWS, WORKFLOW_STAGES } from './stages.js'

/** A step in these shows its workflow has not ended (WAITING is the user guide's, not the SDK's). */
const STEP_LIVE = new Set(['RUNNING', 'WAITING'])
/** Sorts after any start time the service gives (ISO 8601). */
const NOT_STARTED = '\uffff'
/** Following steps alone, the workflows are listed again at least every this many polls. */
const FOLLOW_POLLS = 8

/** Steps listed, each of them finished. */
const allFinished = (steps: WorkflowStepMetadata[]): boolean =>
  steps.length > 0 && steps.every(s => STEP_FINISHED.has(s.status ?? ''))

/** Remembers what has been reported, so that each transition is printed once. */
export class ProgressTracker {
  private readonly statuses = new StatusLedger()
  private readonly startedExecutions = new Set<string>()
  private readonly finishedExecutions = new Set<string>()
  private readonly outputs = new OutputLedger()
  private readonly superseded = new Set<string>()
  /** The image status when the workflows were last listed. */
  private listedStatus?: string
  /** Workflows seen running at the last listing, with the steps each showed last. */
  private readonly running = new Map<string, WorkflowExecutionMetadata>()
  /**
   * Workflows the last listing showed ended whose steps it could not list (the account throttled
   * the look): followed with the running ones until their last steps are shown, or the next full
   * listing, which may come many looks later, would show how they ended.
   */
  private readonly closing = new Map<string, WorkflowExecutionMetadata>()
  private readonly lastSteps = new Map<string, WorkflowStepMetadata[]>()
  /** Polls since the workflows were last listed. */
  private sinceListing = 0
  private readonly steps = new StepLedger((time, elapsedMs) => this.realTime(time, elapsedMs))
  /** The steps seen to fail, in the order they ended. */
  get failedSteps(): StepRef[] {
    return this.steps.failed
  }

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
    this.statuses.prime(snapshot.image.state?.status, snapshot.executions ?? [])
    this.listedStatus = this.statuses.status
    for (const execution of snapshot.executions ?? []) {
      const id = execution.workflowExecutionId ?? ''
      this.startedExecutions.add(id)
      if (EXECUTION_FINISHED.has(execution.status ?? '')) this.finishedExecutions.add(id)
      this.steps.prime(id, snapshot.steps.get(id) ?? [])
    }
    this.outputs.newOutputs(snapshot.image, 0)
  }

  /** A new image is PENDING: shown when the call that made it answers. */
  created(): WatchEvent[] {
    return this.statuses.created()
  }

  /** A status not reported yet (StatusLedger.isNew). */
  isNew(status: string): boolean {
    return this.statuses.isNew(status)
  }

  /** A finished workflow's steps, when the last listing showed every one finished: no news left. */
  knownSteps(execution: WorkflowExecutionMetadata): WorkflowStepMetadata[] | undefined {
    if (!EXECUTION_FINISHED.has(execution.status ?? '')) return undefined
    const steps = this.lastSteps.get(execution.workflowExecutionId ?? '') ?? []
    // Every step the workflow has, each finished: a step that started after that listing would
    // be missing from it.
    const whole = steps.length >= (execution.totalStepCount ?? Infinity)
    return whole && allFinished(steps) ? steps : undefined
  }

  /** A workflow running that no listing showed before. */
  isUnseenRunning(e: WorkflowExecutionMetadata): boolean {
    return e.status === 'RUNNING' && !this.startedExecutions.has(e.workflowExecutionId ?? '')
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
    if (this.statuses.current(status) !== this.listedStatus || this.sinceListing >= FOLLOW_POLLS)
      return []
    // A workflow running whose steps were left to a later look (LookPlan) is followed too.
    const live = [...this.running.values()].filter(e => {
      const id = e.workflowExecutionId ?? ''
      const steps = this.lastSteps.get(id)
      return (
        !this.finishedExecutions.has(id) &&
        (steps === undefined
          ? e.status === 'RUNNING'
          : steps.some(s => STEP_LIVE.has(String(s.status))))
      )
    })
    // Every running workflow must be followable, or one that ended would go unseen.
    const closing = [...this.closing.values()].filter(
      e => !this.finishedExecutions.has(e.workflowExecutionId ?? '')
    )
    return live.length === this.running.size ? [...live, ...closing] : []
  }

  /**
   * A workflow the last listing showed running has every step finished in the steps listed
   * since: it has ended, and the listing that shows how, and the next stage's workflow, is owed.
   */
  endedUnlisted(): boolean {
    return [...this.running.keys()].some(
      id => !this.finishedExecutions.has(id) && allFinished(this.lastSteps.get(id) ?? [])
    )
  }

  /**
   * Workflows need listing while one runs, in the stages that always have one, and whenever the
   * status has moved since the last listing (a stage, and its workflows, may have started).
   */
  needsListing(status: string): boolean {
    if (this.hasRunning()) return true
    const current = this.statuses.current(status)
    if (NO_NEW_WORKFLOWS.has(current)) return false
    return WORKFLOW_STAGES.has(current) || current !== this.listedStatus
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
    // Order follows the build: the workflows in the order they started, each after the stage it
    // shows, then the status read, if it is further on. Those not started yet come last.
    const workflows = [...executions, ...(snapshot.followed ?? [])].sort((a, b) =>
      (a.startTime ?? NOT_STARTED).localeCompare(b.startTime ?? NOT_STARTED)
    )
    const read = snapshot.imageHeld ? undefined : snapshot.image
    for (const execution of workflows) {
      const at = this.realTime(execution.startTime, elapsedMs)
      const beforeWait = Date.parse(execution.startTime ?? '') < this.origin
      events.push(...this.statuses.fromWorkflow(execution, { at, beforeWait, read }))
      if (!isKnown(execution)) {
        this.startedExecutions.add(execution.workflowExecutionId ?? '')
        events.push({ type: 'workflow-started', execution, elapsedMs: at })
      }
      events.push(...this.executionEvents(execution, snapshot, elapsedMs))
    }
    events.push(
      ...this.statuses.read(snapshot.image, elapsedMs),
      ...this.outputs.newOutputs(snapshot.image, elapsedMs)
    )
    if (snapshot.executions) this.listedStatus = this.statuses.status
    return events
  }

  private remember(snapshot: Snapshot): void {
    for (const [id, steps] of snapshot.steps) this.lastSteps.set(id, steps)
    if (!snapshot.executions) {
      this.sinceListing++
      return
    }
    this.sinceListing = 0
    this.running.clear()
    this.closing.clear()
    for (const e of snapshot.executions) {
      const id = e.workflowExecutionId ?? ''
      if (!EXECUTION_FINISHED.has(e.status ?? '')) this.running.set(id, e)
      else if (!snapshot.steps.has(id)) this.closing.set(id, e)
    }
  }

  private executionEvents(
    execution: WorkflowExecutionMetadata,
    snapshot: Snapshot,
    elapsedMs: number
  ): WatchEvent[] {
    const id = execution.workflowExecutionId ?? ''
    if (this.finishedExecutions.has(id)) return []
    const steps = snapshot.steps.get(id) ?? []
    const events = this.steps.events(execution, steps, snapshot.waitingStepIds, elapsedMs)
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
