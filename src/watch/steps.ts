// The steps of the workflows followed, each start, wait and end reported once, at the time the
// service gives for it.
import type { WorkflowExecutionMetadata, WorkflowStepMetadata } from '@aws-sdk/client-imagebuilder'
import { STEP_FAILED, STEP_FINISHED } from '../aws/index.js'
import type { StepRef, WatchEvent } from './events.js'

/** When, into the wait, something the service timed happened (ProgressTracker.realTime). */
export type RealTime = (time: string | undefined, elapsedMs: number) => number

/** Remembers the steps reported started, waiting and finished. */
export class StepLedger {
  private readonly started = new Set<string>()
  private readonly finished = new Set<string>()
  private readonly waiting = new Set<string>()
  readonly failed: StepRef[] = []

  constructor(private readonly realTime: RealTime) {}

  /** Takes steps an earlier run reported as reported. */
  prime(executionId: string, steps: WorkflowStepMetadata[]): void {
    for (const step of steps) {
      this.started.add(stepKey(executionId, step))
      if (STEP_FINISHED.has(step.status ?? '')) this.finished.add(stepKey(executionId, step))
    }
  }

  /** What a listing of `execution`'s steps shows that was not reported yet. */
  events(
    execution: WorkflowExecutionMetadata,
    steps: WorkflowStepMetadata[],
    waitingStepIds: ReadonlySet<string> | undefined,
    elapsedMs: number
  ): WatchEvent[] {
    const id = execution.workflowExecutionId ?? ''
    const events: WatchEvent[] = []
    for (const step of steps) {
      const key = stepKey(id, step)
      const status: string = step.status ?? 'PENDING'
      if (status === 'PENDING') continue
      if (!this.started.has(key) && status !== 'SKIPPED') {
        const at = this.realTime(step.startTime, elapsedMs)
        events.push({ type: 'step-started', execution, step, elapsedMs: at })
      }
      this.started.add(key)
      // The user guide says WAITING; the SDK's enum has no such value, so a RUNNING WaitForAction counts too.
      const waits =
        status === 'WAITING' ||
        (status === 'RUNNING' &&
          (step.action === 'WaitForAction' ||
            waitingStepIds?.has(step.stepExecutionId ?? '') === true))
      if (waits && !this.waiting.has(key)) {
        this.waiting.add(key)
        events.push({ type: 'step-waiting', execution, step, elapsedMs })
      }
      if (STEP_FINISHED.has(status) && !this.finished.has(key)) {
        this.finished.add(key)
        if (STEP_FAILED.has(status)) this.failed.push({ execution, step })
        const at = this.realTime(step.endTime, elapsedMs)
        events.push({ type: 'step-finished', execution, step, elapsedMs: at })
      }
    }
    return events
  }
}

/** A step run again gets a new start time, even should the service keep its ID. */
function stepKey(executionId: string, step: WorkflowStepMetadata): string {
  return `${step.stepExecutionId ?? `${executionId}/${step.name}`}@${step.startTime ?? ''}`
}
