// What the wait tells the rest of the action: typed progress events, and the snapshots of the
// image it compares to find them.
import type {
  Image,
  LatestVersionReferences,
  WorkflowExecutionMetadata,
  WorkflowStepMetadata
} from '@aws-sdk/client-imagebuilder'

export interface StepRef {
  execution: WorkflowExecutionMetadata
  step: WorkflowStepMetadata
}

export type Outcome = 'succeeded' | 'failed' | 'timed-out'

export type WatchEvent = { elapsedMs: number } & (
  | { type: 'not-visible-yet' }
  | {
      type: 'status'
      status: string
      previous?: string
      reason?: string
      /** Shown by a workflow of its stage that started, not by a status read. */
      fromWorkflow?: boolean
    }
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
  /** A retry ran this workflow again: the service flags the original execution `retried`. */
  | { type: 'workflow-superseded'; execution: WorkflowExecutionMetadata }
  | ({ type: 'step-started' } & StepRef)
  | ({ type: 'step-finished' } & StepRef)
  | ({ type: 'step-waiting' } & StepRef)
  | { type: 'poll-error'; message: string; retryInMs: number }
  | {
      type: 'end'
      outcome: Outcome
      image?: Image
      latestVersionReferences?: LatestVersionReferences
      failedSteps: StepRef[]
    }
)

export interface Snapshot {
  image: Image
  /** GetImage's latestVersionReferences (Nov 2025), when it sends them. */
  latestVersionReferences?: LatestVersionReferences
  /** Absent when the workflows were not listed this time (nothing to stream). */
  executions?: WorkflowExecutionMetadata[]
  /** Running workflows, known from an earlier listing, whose steps were listed without it. */
  followed?: WorkflowExecutionMetadata[]
  steps: Map<string, WorkflowStepMetadata[]>
  /**
   * Steps ListWaitingWorkflowSteps lists for this image: asked only when a running step's action
   * is not given, since the step listing then cannot tell whether it waits.
   */
  waitingStepIds?: Set<string>
  /** The image was not read again: the status as last read, taken to hold (SnapshotPlan). */
  imageHeld?: boolean
  /** API calls it made, pages included, but not the one the account turned away that cut it short. */
  calls: number
  /**
   * Why the listings after GetImage were cut short (throttling, a 5xx): the status stands, and
   * the next poll lists the workflows again.
   */
  incomplete?: unknown
  /** A listing was throttled and tried again (snapshot.ts): the account is short of calls. */
  throttled?: boolean
}
