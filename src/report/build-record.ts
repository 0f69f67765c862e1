// What the job summary needs from the stream of events: when each status was first seen, and the
// last word on every workflow and step.
import type { WorkflowExecutionMetadata, WorkflowStepMetadata } from '@aws-sdk/client-imagebuilder'
import type { WatchEvent } from '../watch/index.js'

export interface WorkflowRecord {
  execution: WorkflowExecutionMetadata
  steps: Map<string, WorkflowStepMetadata>
}

export class BuildRecord {
  readonly phases: Array<{ status: string; atMs: number }> = []
  readonly workflows = new Map<string, WorkflowRecord>()

  handle(event: WatchEvent): void {
    if (event.type === 'status') {
      // A stage found over after a later status (by its workflow) goes where its time puts it.
      const later = this.phases.findIndex(p => p.atMs > event.elapsedMs)
      const phase = { status: event.status, atMs: event.elapsedMs }
      this.phases.splice(later < 0 ? this.phases.length : later, 0, phase)
    }
    if (
      event.type === 'workflow-started' ||
      event.type === 'workflow-finished' ||
      event.type === 'workflow-superseded'
    )
      this.workflow(event.execution)
    if (event.type === 'step-started' || event.type === 'step-finished') {
      this.workflow(event.execution).steps.set(
        event.step.stepExecutionId ?? event.step.name ?? '',
        event.step
      )
    }
  }

  /** Milliseconds spent in each status as observed, the last one up to `endMs`. */
  phaseDurations(endMs: number): Array<{ status: string; ms: number }> {
    return this.phases.map((phase, i) => ({
      status: phase.status,
      ms: (this.phases[i + 1]?.atMs ?? endMs) - phase.atMs
    }))
  }

  private workflow(execution: WorkflowExecutionMetadata): WorkflowRecord {
    const id = execution.workflowExecutionId ?? ''
    const record = this.workflows.get(id) ?? { execution, steps: new Map() }
    record.execution = execution
    this.workflows.set(id, record)
    return record
  }
}

/** The last status and the last step seen, for a report of a wait that stopped early. */
export function lastSeen(record: BuildRecord | undefined): { status?: string; step?: string } {
  const status = record?.phases.at(-1)?.status
  let step: WorkflowStepMetadata | undefined
  for (const workflow of record?.workflows.values() ?? [])
    for (const candidate of workflow.steps.values())
      if (!step || (candidate.startTime ?? '') >= (step.startTime ?? '')) step = candidate
  const stepText = step
    ? `${step.name ?? '?'} (${(step.status ?? 'unknown').toLowerCase()} when last seen)`
    : undefined
  return { status, step: stepText }
}
