// The last stage: outputs, the closing log lines, the job summary, and the verdict. Outputs and
// the summary are written whatever the outcome, so a failed build still says what it made.
import * as core from '@actions/core'
import type { Image } from '@aws-sdk/client-imagebuilder'
import { describeWorkflowArn } from './arn.js'
import type { BuildRecord } from './build-record.js'
import { ActionError } from './errors.js'
import { failureContextOf, type RegionFailure } from './failure-context.js'
import { escapeHtml, formatDuration, oneLine, spanMs } from './format.js'
import { imageOutputs, type ImageOutputs } from './outputs.js'
import type { Outcome, StepRef } from './watch.js'

export interface BuildResult {
  arn: string
  region: string
  outcome: Outcome
  image?: Image
  failedSteps: StepRef[]
  elapsedMs: number
  timeoutMs: number
  /** On timeout: whether CancelImageCreation was sent. */
  cancelled?: boolean
  /** Statuses and steps as streamed, for the summary. */
  record?: BuildRecord
}

/** The runner refuses a step summary over 1 MiB; the step table gives way first. */
const SUMMARY_LIMIT = 900 * 1024
const MESSAGE_LIMIT = 300

export function setOutputs(outputs: ImageOutputs): void {
  core.setOutput('status', outputs.status)
  core.setOutput('image-arn', outputs.imageArn)
  core.setOutput('amis', JSON.stringify(outputs.amis))
  core.setOutput('ami-ids', JSON.stringify(outputs.amiIds))
  core.setOutput('ami-id', outputs.amiId)
  core.setOutput('image-uris', JSON.stringify(outputs.imageUris))
}

export async function report(result: BuildResult): Promise<void> {
  const outputs = imageOutputs(result.image, result.arn, result.region)
  setOutputs(outputs)
  logOutcome(result, outputs)
  await writeSummary(result, outputs)
  if (result.outcome !== 'succeeded') throw new ActionError(failureMessage(result))
}

function logOutcome(result: BuildResult, outputs: ImageOutputs): void {
  const verb = result.outcome === 'timed-out' ? 'still' : 'ended'
  core.info(
    `Image ${verb} ${outputs.status || 'unknown'} after ${formatDuration(result.elapsedMs)}: ${result.arn}`
  )
  for (const ami of outputs.amis)
    core.info(`  ${ami.region}  ${ami.accountId}  ${ami.image}  ${oneLine(ami.status)}`)
  for (const uri of outputs.imageUris) core.info(`  ${uri}`)
}

function stepSentence({ execution, step }: StepRef): string {
  const workflow = describeWorkflowArn(execution.workflowBuildVersionArn).name
  const action = step.action ? ` (${oneLine(step.action)})` : ''
  const message = step.message ? `: ${oneLine(step.message)}` : ''
  return `Step ${oneLine(step.name)}${action} of the ${execution.type ?? ''} workflow ${workflow} ${(step.status ?? '').toLowerCase()}${message}`
}

/**
 * What failed, in sentences: from failureContext when the service sent it (the component step
 * and its error, the failing regions), else from the step messages seen while streaming.
 */
function diagnosis(result: BuildResult): string[] {
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
  const account = region.accountId ? ` (account ${oneLine(region.accountId)})` : ''
  const step = region.imageConfigurationStep ? ` at ${oneLine(region.imageConfigurationStep)}` : ''
  return `Distribution to ${oneLine(region.region)}${account} ${oneLine(region.status ?? 'failed').toLowerCase()}${step}: ${oneLine(region.errorMessage)}`
}

export function failureMessage(result: BuildResult): string {
  const status = result.image?.state?.status ?? 'unknown'
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
  return [`${lead}.`, ...steps.map(s => `${s}.`), `Image: ${result.arn}`].join(' ')
}

async function writeSummary(result: BuildResult, outputs: ImageOutputs): Promise<void> {
  // core.summary throws without the file; outside the runner there is simply no summary.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const status = outputs.status || 'UNKNOWN'
  const mark = result.outcome === 'succeeded' ? '✅' : result.outcome === 'timed-out' ? '⏱️' : '❌'
  const headline = result.outcome === 'timed-out' ? `timed out (${status})` : status
  const summary = core.summary
    .addHeading(`${mark} Image build ${escapeHtml(headline)}`, 2)
    .addTable([
      [{ data: 'Image', header: true }, `<code>${escapeHtml(result.arn)}</code>`],
      [{ data: 'Version', header: true }, escapeHtml(result.image?.version ?? '-')],
      [{ data: 'Duration', header: true }, formatDuration(result.elapsedMs)],
      [{ data: 'Phases (as seen)', header: true }, phasesCell(result)]
    ])
  if (outputs.amis.length > 0) {
    summary
      .addHeading('AMIs', 3)
      .addTable([
        ['Region', 'Account', 'AMI ID', 'Name', 'State'].map(data => ({ data, header: true })),
        ...outputs.amis.map(ami =>
          [ami.region, ami.accountId, ami.image, ami.name, ami.status].map(
            cell => escapeHtml(cell) || '-'
          )
        )
      ])
  }
  if (outputs.imageUris.length > 0) {
    summary
      .addHeading('Container images', 3)
      .addList(outputs.imageUris.map(uri => `<code>${escapeHtml(uri)}</code>`))
  }
  if (result.outcome !== 'succeeded') {
    summary
      .addHeading('Why it failed', 3)
      .addRaw(`<p>${escapeHtml(failureMessage(result))}</p>`, true)
    const regions = failureContextOf(result.image)?.distributionFailure?.regionFailures ?? []
    if (regions.length > 0) {
      summary.addTable([
        ['Region', 'Account', 'Status', 'Configuration step', 'Error'].map(data => ({
          data,
          header: true
        })),
        ...regions.map(r =>
          [r.region, r.accountId, r.status, r.imageConfigurationStep, r.errorMessage].map(
            cell => escapeHtml(cell) || '-'
          )
        )
      ])
    }
  }
  addStepTable(summary, result)
  await summary.write()
}

function phasesCell(result: BuildResult): string {
  const phases = result.record?.phaseDurations(result.elapsedMs) ?? []
  return phases.map(p => `${escapeHtml(p.status)} ${formatDuration(p.ms)}`).join(' · ') || '-'
}

type Summary = typeof core.summary

/** Every workflow and step with status and duration; collapsed when long, left out if too big. */
function addStepTable(summary: Summary, result: BuildResult): void {
  const workflows = [...(result.record?.workflows.values() ?? [])]
  if (workflows.length === 0) return
  const cell = (text: string | undefined): string => `<td>${escapeHtml(text) || '-'}</td>`
  const rows = workflows.flatMap(({ execution, steps }) => {
    const workflow = `${execution.type ?? ''} ${describeWorkflowArn(execution.workflowBuildVersionArn).name}`
    return [...steps.values()].map(step => {
      const duration = spanMs(step.startTime, step.endTime)
      const message = (step.message ?? '').slice(0, MESSAGE_LIMIT)
      return `<tr>${cell(workflow)}${cell(step.name)}${cell(step.action)}${cell(step.status)}${cell(duration === undefined ? '' : formatDuration(duration))}${cell(message)}</tr>`
    })
  })
  const header = ['Workflow', 'Step', 'Action', 'Status', 'Duration', 'Message']
    .map(h => `<th>${h}</th>`)
    .join('')
  const table = `<table><tr>${header}</tr>${rows.join('')}</table>`
  if (summary.stringify().length + table.length > SUMMARY_LIMIT) {
    summary.addRaw(
      `<p>${rows.length} workflow steps: too many for the job summary; the job log lists them all.</p>`,
      true
    )
    return
  }
  summary.addHeading('Workflows and steps', 3)
  if (rows.length > 15)
    summary.addDetails(`${rows.length} steps in ${workflows.length} workflows`, table)
  else summary.addRaw(table, true)
}
