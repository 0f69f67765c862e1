// The job summary: what was built, where, how long each phase took, and why it failed.
import * as core from '@actions/core'
import { describeWorkflowArn, failureContextOf, parseArn } from '../aws/index.js'
import { escapeHtml, formatDuration, oneLine, spanMs } from '../common/index.js'
import { failureMessage } from './diagnosis.js'
import { consoleLinks, missingTargets } from './links.js'
import type { ImageOutputs } from './outputs.js'
import type { BuildResult } from './result.js'

/** The runner refuses a step summary over 1 MiB; the step table gives way first. */
const SUMMARY_LIMIT = 900 * 1024
/** A summary cell holds at most this much of one piece of service text. */
const CELL_LIMIT = 300
/** The AMI and region tables list at most this many rows. */
const ROW_LIMIT = 200

/** Service text for a summary cell: on one line, capped, and inert in HTML. */
const cellText = (text: string | undefined, limit = CELL_LIMIT): string =>
  escapeHtml(oneLine(text, limit))
const MESSAGE_LIMIT = 300

export async function writeSummary(result: BuildResult, outputs: ImageOutputs): Promise<void> {
  // core.summary throws without the file; outside the runner there is simply no summary.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const status = outputs.status || 'UNKNOWN'
  const mark = result.outcome === 'succeeded' ? '✅' : result.outcome === 'timed-out' ? '⏱️' : '❌'
  const headline = result.outcome === 'timed-out' ? `timed out (${status})` : status
  const summary = core.summary.addHeading(`${mark} Image build ${cellText(headline)}`, 2).addTable([
    [{ data: 'Image', header: true }, `<code>${cellText(result.arn)}</code>`],
    [{ data: 'Version', header: true }, cellText(result.image?.version ?? '-')],
    [{ data: 'Duration', header: true }, formatDuration(result.elapsedMs)],
    [{ data: 'Phases (as seen)', header: true }, phasesCell(result)]
  ])
  if (outputs.amis.length > 0) {
    summary
      .addHeading('AMIs', 3)
      .addTable([
        ['Region', 'Account', 'AMI ID', 'Name', 'State'].map(data => ({ data, header: true })),
        ...outputs.amis
          .slice(0, ROW_LIMIT)
          .map(ami =>
            [ami.region, ami.accountId, ami.image, ami.name, ami.status].map(
              cell => cellText(cell) || '-'
            )
          )
      ])
  }
  if (outputs.imageUris.length > 0) {
    summary
      .addHeading('Container images', 3)
      .addList(outputs.imageUris.slice(0, ROW_LIMIT).map(uri => `<code>${cellText(uri)}</code>`))
  }
  if (result.outcome !== 'succeeded') {
    summary
      .addHeading('Why it failed', 3)
      .addRaw(`<p>${cellText(failureMessage(result), 8000)}</p>`, true)
    const regions = failureContextOf(result.image)?.distributionFailure?.regionFailures ?? []
    if (regions.length > 0) {
      summary.addTable([
        ['Region', 'Account', 'Status', 'Configuration step', 'Error'].map(data => ({
          data,
          header: true
        })),
        ...regions
          .slice(0, ROW_LIMIT)
          .map(r =>
            [r.region, r.targetAccountId, r.status, r.imageConfigurationStep, r.errorMessage].map(
              cell => cellText(cell) || '-'
            )
          )
      ])
    }
  }
  const missing = missingTargets(result.image, parseArn(result.arn)?.account ?? '')
  if (missing.length > 0 && outputs.amis.length > 0) {
    summary
      .addHeading('Asked for, but no AMI', 3)
      .addList(
        missing
          .slice(0, ROW_LIMIT)
          .map(t => `${cellText(t.region)} (account ${cellText(t.accountId)})`)
      )
  }
  addStepTable(summary, result)
  const links = consoleLinks(result.arn, result.image)
  if (links.length > 0)
    summary.addList(links.map(l => `<a href="${escapeHtml(l.url)}">${cellText(l.label)}</a>`))
  await summary.write()
}

function phasesCell(result: BuildResult): string {
  const phases = result.record?.phaseDurations(result.elapsedMs) ?? []
  return phases.map(p => `${cellText(p.status)} ${formatDuration(p.ms)}`).join(' · ') || '-'
}

type Summary = typeof core.summary

/** Every workflow and step with status and duration; collapsed when long, left out if too big. */
function addStepTable(summary: Summary, result: BuildResult): void {
  const workflows = [...(result.record?.workflows.values() ?? [])]
  if (workflows.length === 0) return
  const cell = (text: string | undefined): string => `<td>${cellText(text) || '-'}</td>`
  /** Workflow, step, action, status, then the span's duration and the message. */
  const row = (
    names: Array<string | undefined>,
    span: { startTime?: string; endTime?: string; message?: string }
  ): string => {
    const duration = spanMs(span.startTime, span.endTime)
    const message = (span.message ?? '').slice(0, MESSAGE_LIMIT)
    return `<tr>${[...names, duration === undefined ? '' : formatDuration(duration), message].map(cell).join('')}</tr>`
  }
  const rows = workflows.flatMap(({ execution, steps }) => {
    const superseded = execution.retried ? ' (superseded by retry)' : ''
    const workflow = `${execution.type ?? ''} ${describeWorkflowArn(execution.workflowBuildVersionArn).name}${superseded}`
    // A workflow known only from before a retry: one row for the workflow itself.
    if (steps.size === 0) return [row([workflow, '', '', execution.status], execution)]
    return [...steps.values()].map(step => {
      // On a timeout a step still running is what it was when the wait stopped, not what it is now.
      const status =
        result.outcome === 'timed-out' && step.status === 'RUNNING'
          ? 'RUNNING when the wait stopped'
          : step.status
      return row([workflow, step.name, step.action, status], step)
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
