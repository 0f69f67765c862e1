// Why a build did not succeed, in sentences: for the error annotation and the job summary.
import { describeWorkflowArn, failureContextOf, type RegionFailure } from '../aws/index.js'
import { formatDuration, oneLine } from '../common/index.js'
import type { StepRef } from '../watch/index.js'
import type { BuildResult } from './result.js'

/** A failure message lists at most this many failed steps or regions. */
const SENTENCE_LIMIT = 10

function stepSentence({ execution, step }: StepRef): string {
  const workflow = oneLine(describeWorkflowArn(execution.workflowBuildVersionArn).name, 200)
  const action = step.action ? ` (${oneLine(step.action)})` : ''
  const message = step.message ? `: ${oneLine(step.message)}` : ''
  return `Step ${oneLine(step.name)}${action} of the ${oneLine(execution.type, 50)} workflow ${workflow} ${oneLine(step.status, 50).toLowerCase()}${message}`
}

/**
 * What failed, in sentences: from failureContext when the service sent it (the component step
 * and its error, the failing regions), else from the step messages seen while streaming.
 */
export function diagnosis(result: BuildResult): string[] {
  const context = failureContextOf(result.image)
  if (!context) return result.failedSteps.map(stepSentence)
  const sentences: string[] = []
  const component = context.componentFailure
  if (component) {
    const where = [
      component.phaseName && `phase ${component.phaseName}`,
      component.stepName && `step ${component.stepName}`
    ]
      .filter(Boolean)
      .join(', ')
    const action = component.action ? ` (${oneLine(component.action)})` : ''
    sentences.push(
      `Component ${oneLine(component.componentArn ?? 'unknown')} failed in ${oneLine(where)}${action}: ${oneLine(component.errorMessage)}`
    )
  }
  if (context.failedStep) {
    const workflow = describeWorkflowArn(context.workflowArn).name
    sentences.push(
      `Failed step: ${oneLine(context.failedStep)} of workflow ${oneLine(workflow)}, while ${oneLine(context.imageStatus)} (step execution ${oneLine(context.stepExecutionId)})`
    )
  }
  for (const region of context.distributionFailure?.regionFailures ?? []) {
    sentences.push(regionSentence(region))
  }
  return sentences.length > 0 ? sentences : result.failedSteps.map(stepSentence)
}

function regionSentence(region: RegionFailure): string {
  const account = region.targetAccountId ? ` (account ${oneLine(region.targetAccountId)})` : ''
  const step = region.imageConfigurationStep ? ` at ${oneLine(region.imageConfigurationStep)}` : ''
  return `Distribution to ${oneLine(region.region)}${account} ${oneLine(region.status ?? 'failed').toLowerCase()}${step}: ${oneLine(region.errorMessage)}`
}

export function failureMessage(result: BuildResult): string {
  const status = oneLine(result.image?.state?.status, 50) || 'unknown'
  const reason = oneLine(result.image?.state?.reason)
  if (result.outcome === 'timed-out') {
    const after = result.cancelled
      ? "The build was cancelled ('cancel-on-timeout')."
      : 'The build continues in AWS.'
    return `Timed out after ${formatDuration(result.timeoutMs)} waiting for ${result.arn} (status ${status}). ${after} Raise 'timeout-minutes' to wait longer.`
  }
  const steps = diagnosis(result)
  const lead =
    status === 'FAILED'
      ? `Image build failed${reason ? `: ${reason}` : ''}`
      : status === 'CANCELLED'
        ? `Image build was cancelled${reason ? `: ${reason}` : ''}`
        : `Image became ${status} while waiting, so it was changed outside this build${reason ? `: ${reason}` : ''}`
  const shown = steps.slice(0, SENTENCE_LIMIT).map(s => `${s}.`)
  if (steps.length > SENTENCE_LIMIT) shown.push(`And ${steps.length - SENTENCE_LIMIT} more.`)
  return [`${lead}.`, ...shown, `Image: ${result.arn}`].join(' ')
}
