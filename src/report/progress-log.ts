// Renders watch events into the job log: one log group per workflow execution, one line per
// transition. Holds no wait logic.
import * as core from '@actions/core'
import type { WorkflowExecutionMetadata, WorkflowStepMetadata } from '@aws-sdk/client-imagebuilder'
import { describeWorkflowArn } from '../aws/index.js'
import { formatClock, formatDuration, oneLine, spanMs } from '../common/index.js'
import type { Snapshot, WatchEvent } from '../watch/index.js'

const STEP_MARK: Record<string, string> = {
  COMPLETED: '✔',
  SKIPPED: '↷',
  FAILED: '✖',
  TIMED_OUT: '✖',
  CANCELLED: '■'
}

export function workflowTitle(execution: WorkflowExecutionMetadata): string {
  const { name, version } = describeWorkflowArn(execution.workflowBuildVersionArn)
  const extras = [
    execution.parallelGroup ? `parallel group ${oneLine(execution.parallelGroup, 100)}` : '',
    // The model: the flag marks the original executions a retry re-ran, not the new ones.
    execution.retried ? 'superseded by retry' : '',
    oneLine(execution.workflowExecutionId, 100)
  ].filter(Boolean)
  const title = `${oneLine(execution.type, 50) || 'WORKFLOW'} workflow ${oneLine(name, 200)} ${oneLine(version, 50)}`
  return `${title.trim()} (${extras.join(', ')})`
}

function stepLabel(step: WorkflowStepMetadata): string {
  return `${oneLine(step.name)}${step.action ? ` (${oneLine(step.action)})` : ''}`
}

export class ProgressLog {
  private openGroup?: string
  private readonly titled = new Set<string>()

  handle(event: WatchEvent): void {
    const at = `[${formatClock(event.elapsedMs)}]`
    switch (event.type) {
      case 'not-visible-yet':
        return this.line(
          undefined,
          `${at} Image not visible yet; waiting for Image Builder to register it`
        )
      case 'status':
        return this.line(
          undefined,
          `${at} Status ${oneLine(event.status)}${event.fromWorkflow ? ' (its workflow started)' : ''}`
        )
      case 'unknown-status':
        return this.line(
          undefined,
          `${at} Status ${oneLine(event.status)} is not one this action knows; still waiting`
        )
      case 'output':
        return this.line(
          undefined,
          `${at} ${event.kind} ${oneLine(event.resource)} in ${oneLine(event.region)}${event.accountId ? ` (account ${oneLine(event.accountId)})` : ''}`
        )
      case 'poll-error':
        return this.line(
          undefined,
          `${at} ${oneLine(event.message)} Retrying in ${formatDuration(event.retryInMs)}.`
        )
      case 'workflow-started':
        return this.line(event.execution, `${at} Workflow started`)
      case 'step-started':
        return this.line(event.execution, `${at} ▶ ${stepLabel(event.step)}`)
      case 'step-waiting':
        return this.line(
          event.execution,
          `${at} ⏸ ${oneLine(event.step.name)} is waiting for an action (${oneLine(event.step.stepExecutionId)})`
        )
      case 'step-finished':
        return this.line(event.execution, `${at} ${stepEnd(event.step)}`)
      case 'workflow-finished':
        this.line(event.execution, `${at} ${workflowEnd(event.execution)}`)
        return this.close()
      case 'workflow-superseded':
        return this.line(
          undefined,
          `${at} ${workflowTitle(event.execution)} ${oneLine(event.execution.status, 50).toLowerCase()}`
        )
      case 'end':
        return this.close()
    }
  }

  close(): void {
    if (this.openGroup !== undefined) core.endGroup()
    this.openGroup = undefined
  }

  /** Lines about a workflow go in its group; when workflows interleave the group is reopened. */
  private line(execution: WorkflowExecutionMetadata | undefined, text: string): void {
    const id = execution?.workflowExecutionId
    if (execution && id !== this.openGroup) {
      this.close()
      core.startGroup(
        `${workflowTitle(execution)}${this.titled.has(id ?? '') ? ' (continued)' : ''}`
      )
      this.titled.add(id ?? '')
      this.openGroup = id
    }
    core.info(text)
  }
}

function stepEnd(step: WorkflowStepMetadata): string {
  const status = step.status ?? 'UNKNOWN'
  const mark = STEP_MARK[status] ?? '•'
  const duration = spanMs(step.startTime, step.endTime)
  const took =
    status === 'SKIPPED' || duration === undefined ? '' : ` in ${formatDuration(duration)}`
  const message = step.message ? `: ${oneLine(step.message)}` : ''
  return `${mark} ${oneLine(step.name)} ${oneLine(status, 50).toLowerCase().replace('_', ' ')}${took}${message}`
}

function workflowEnd(execution: WorkflowExecutionMetadata): string {
  const status = oneLine(execution.status ?? 'UNKNOWN', 50)
    .toLowerCase()
    .replace(/_/g, ' ')
  const counts = [
    `${execution.totalStepsSucceeded ?? 0} succeeded`,
    `${execution.totalStepsSkipped ?? 0} skipped`,
    `${execution.totalStepsFailed ?? 0} failed`
  ].join(', ')
  const duration = spanMs(execution.startTime, execution.endTime)
  const took = duration === undefined ? '' : ` in ${formatDuration(duration)}`
  const message = execution.message ? `: ${oneLine(execution.message)}` : ''
  return `Workflow ${status}${took} (${counts})${message}`
}

/** Before a retry: the state the image is retried from, and its earlier workflows. */
export function logEarlierAttempt(snapshot: Snapshot): void {
  const state = snapshot.image.state
  core.info(
    `Retrying ${oneLine(snapshot.image.arn, 300)}, which is ${oneLine(state?.status, 50) || 'in an unknown state'}${state?.reason ? `: ${oneLine(state.reason)}` : ''}`
  )
  for (const execution of snapshot.executions ?? []) {
    core.info(
      `  Earlier: ${workflowTitle(execution)} ${oneLine(execution.status, 50).toLowerCase()}`
    )
  }
}
