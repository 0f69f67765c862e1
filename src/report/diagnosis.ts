// Why a build did not succeed, in sentences: for the error annotation and the job summary.
import {
  describeWorkflowArn,
  failureContextOf,
  type ComponentFailure,
  type RegionFailure
} from '../aws/index.js'
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

/**
 * Why the build failed, said once, for the job summary: the failed step, its workflow and the
 * message ("ApplyTestComponents (TEST workflow test-image) failed: …"), with the failureContext
 * detail only where the message does not already say it. The ARN is in the table above it.
 */
export function failureSentence(result: BuildResult): string {
  if (result.outcome === 'timed-out') return failureMessage(result)
  const state = result.image?.state
  const context = failureContextOf(result.image)
  const streamed = result.failedSteps.find(
    ({ step }) =>
      !context?.stepExecutionId ||
      step.stepExecutionId === context.stepExecutionId ||
      step.name === context.failedStep
  )
  const stepName = context?.failedStep ?? streamed?.step.name
  if (stepName) {
    const workflowArn = context?.workflowArn ?? streamed?.execution.workflowBuildVersionArn
    const type = streamed?.execution.type ?? describeWorkflowArn(workflowArn).type.toUpperCase()
    const workflow = describeWorkflowArn(workflowArn).name
    const message = oneLine(streamed?.step.message) || reasonMessage(state?.reason, stepName)
    const detail = componentDetail(context?.componentFailure, message)
    const verb = state?.status === 'CANCELLED' ? 'was cancelled' : 'failed'
    return `${oneLine(stepName)} (${[type, 'workflow', workflow].filter(Boolean).join(' ')}) ${verb}${message ? `: ${message}` : ''}${detail}.`
  }
  const regions = context?.distributionFailure?.regionFailures ?? []
  if (regions.length > 0) {
    const first = regions[0]
    const account = first.targetAccountId ? ` (account ${oneLine(first.targetAccountId)})` : ''
    const more = regions.length > 1 ? ` and ${regions.length - 1} more, listed below` : ''
    const error = oneLine(first.errorMessage ?? context?.distributionFailure?.errorMessage)
    return `Distribution failed in ${oneLine(first.region)}${account}${more}${error ? `: ${error}` : ''}.`
  }
  const lead = state?.status === 'CANCELLED' ? 'The build was cancelled' : 'The build failed'
  const reason = reasonMessage(state?.reason, undefined)
  if (state?.status && !['FAILED', 'CANCELLED'].includes(state.status))
    return `The image became ${oneLine(state.status)} while waiting, so it was changed outside this build${reason ? `: ${reason}` : ''}.`
  return `${lead}${reason ? `: ${reason}` : ''}.`
}

/** The service's reason without its wrapping ("Workflow Execution ID: '…' failed with reason:"). */
function reasonMessage(reason: string | undefined, stepName: string | undefined): string {
  let text = oneLine(reason)
  text = text.replace(/^Workflow Execution ID: '[^']*' failed with reason: /, '')
  if (stepName) text = text.replace(`Step ${oneLine(stepName)} failed: `, '')
  return text.replace(/\.$/, '')
}

/** The component, phase and step of a component failure, where the message does not name them. */
function componentDetail(component: ComponentFailure | undefined, message: string): string {
  if (!component) return ''
  const name = component.componentArn
    ? (/:component\/([^/]+)/.exec(component.componentArn)?.[1] ?? component.componentArn)
    : undefined
  const { phaseName: phase, stepName: step } = component
  const parts = [
    name && !mentions(message, name) && `component ${oneLine(name, 128)}`,
    phase &&
      !mentions(message, `phase ${phase}`) &&
      !mentions(message, `${phase} phase`) &&
      `phase ${oneLine(phase, 128)}`,
    step && !mentions(message, step) && `step ${oneLine(step, 128)}`
  ].filter(Boolean)
  const error = oneLine(component.errorMessage)
  const said = error && !message.includes(error) ? `: ${error}` : ''
  return parts.length > 0 || said ? ` (${parts.join(', ') || 'component'}${said})` : ''
}

/** Whether the text names this, as written, as a word of its own ("test" is not in "smoke-tests"). */
function mentions(text: string, words: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(^|[^\\w])${escaped}($|[^\\w])`).test(text)
}
