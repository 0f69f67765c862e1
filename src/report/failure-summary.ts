// The parts of the job summary that answer "why" at a glance: the reason in one sentence, the
// regions a distribution failed in, the steps table with the failed step first and marked and the
// rest collapsed, and the tail of the build log. All service text is escaped and capped.
import type { WorkflowExecutionMetadata, WorkflowStepMetadata } from '@aws-sdk/client-imagebuilder'
import type * as core from '@actions/core'
import { describeWorkflowArn, failureContextOf, type RegionFailure } from '../aws/index.js'
import { escapeHtml, formatDuration, oneLine, spanMs } from '../common/index.js'
import type { BuildResult } from './result.js'

type Summary = typeof core.summary

/** The runner refuses a step summary over 1 MiB; the step table and the log give way first. */
export const SUMMARY_LIMIT = 900 * 1024
/** A summary cell holds at most this much of one piece of service text. */
const CELL_LIMIT = 300
const MESSAGE_LIMIT = 300
/** The region table lists at most this many rows. */
const ROW_LIMIT = 200
/** One line of the build log, as the summary shows it. */
const LOG_LINE_LIMIT = 1000

/** Service text for a summary cell: on one line, capped, and inert in HTML. */
export const cellText = (text: string | undefined, limit = CELL_LIMIT): string =>
  escapeHtml(oneLine(text, limit))

/** The regions of a distribution that failed in some of them, first, with their error. */
export function addFailedRegions(summary: Summary, result: BuildResult): void {
  const regions = failedRegions(result)
  if (regions.length === 0) return
  summary.addHeading('❌ Failed regions', 3).addTable([
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

const failedRegions = (result: BuildResult): RegionFailure[] =>
  failureContextOf(result.image)?.distributionFailure?.regionFailures ?? []

interface Row {
  workflow: string
  step?: WorkflowStepMetadata
  execution: WorkflowExecutionMetadata
  status: string
  failed: boolean
}

/**
 * Every workflow and step with status and duration. A failed build shows its failed steps first,
 * marked, and folds the rest into a count; a long table is collapsed, one too big left out.
 */
export function addStepTable(summary: Summary, result: BuildResult): void {
  const workflows = [...(result.record?.workflows.values() ?? [])]
  if (workflows.length === 0) return
  const rows = workflows.flatMap(({ execution, steps }): Row[] => {
    const superseded = execution.retried ? ' (superseded by retry)' : ''
    const workflow = `${execution.type ?? ''} ${describeWorkflowArn(execution.workflowBuildVersionArn).name}${superseded}`
    // A workflow known only from before a retry: one row for the workflow itself.
    if (steps.size === 0)
      return [{ workflow, execution, status: execution.status ?? '', failed: false }]
    return [...steps.values()].map((step): Row => ({
      workflow,
      step,
      execution,
      // On a timeout a step still running is what it was when the wait stopped, not what it is now.
      status:
        result.outcome === 'timed-out' && step.status === 'RUNNING'
          ? 'RUNNING when the wait stopped'
          : (step.status ?? ''),
      failed: step.status === 'FAILED' && !execution.retried
    }))
  })
  const failed = result.outcome === 'failed' ? rows.filter(r => r.failed) : []
  const rest = rows.filter(r => !failed.includes(r))
  const table = (list: Row[]) => `<table>${HEADER}${list.map(tableRow).join('')}</table>`
  const html =
    failed.length > 0 || result.outcome === 'failed'
      ? [
          failed.length > 0 ? table(failed) : '',
          rest.length > 0 ? details(counted(rest), table(rest)) : ''
        ].join('')
      : rows.length > 15
        ? details(`${rows.length} steps in ${workflows.length} workflows`, table(rows))
        : table(rows)
  if (summary.stringify().length + html.length > SUMMARY_LIMIT) {
    summary.addRaw(
      `<p>${rows.length} workflow steps: too many for the job summary; the job log lists them all.</p>`,
      true
    )
    return
  }
  summary.addHeading('Workflows and steps', 3).addRaw(html, true)
}

const HEADER = `<tr>${['Workflow', 'Step', 'Action', 'Status', 'Duration', 'Message']
  .map(h => `<th>${h}</th>`)
  .join('')}</tr>`

function tableRow(row: Row): string {
  const span = row.step ?? row.execution
  const duration = spanMs(span.startTime, span.endTime)
  const cells = [
    row.workflow,
    row.step?.name ?? '',
    row.step?.action ?? '',
    row.status,
    duration === undefined ? '' : formatDuration(duration),
    (span.message ?? '').slice(0, MESSAGE_LIMIT)
  ].map(text => cellText(text) || '-')
  if (row.failed) {
    cells[1] = `❌ <b>${cells[1]}</b>`
    cells[3] = `<b>${cells[3]}</b>`
  }
  return `<tr>${cells.map(c => `<td>${c}</td>`).join('')}</tr>`
}

/** "10 steps completed, 2 skipped": the statuses of the folded rows, most common first. */
function counted(rows: Row[]): string {
  const counts = new Map<string, number>()
  for (const row of rows) {
    const status = oneLine(row.status, 40).toLowerCase() || 'unknown'
    counts.set(status, (counts.get(status) ?? 0) + 1)
  }
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([status, n]) => `${n} ${status}`)
  parts[0] = parts[0].replace(/^(\d+) /, (_, n: string) => `${n} ${n === '1' ? 'step' : 'steps'} `)
  return parts.join(', ')
}

/**
 * A collapsed block on one physical line: in GitHub's Markdown a <details> block ends at the
 * first blank line, after which text would be read as Markdown again.
 */
const details = (label: string, html: string): string =>
  `<details><summary>${escapeHtml(label)}</summary>${html}</details>`

/**
 * The tail of the build log, as the job log showed it, collapsed. Each line is escaped, so none
 * can close the block or the code early, and the lines are joined with &#10;: the block stays one
 * physical line, so no blank line in the log can end it.
 */
export function addLogTail(summary: Summary, result: BuildResult): void {
  const log = result.buildLog
  if (!log || log.lines.length === 0) return
  const text = log.lines.map(line => escapeHtml(logLine(line))).join('&#10;')
  const label = `Build log: last ${log.lines.length} lines of ${oneLine(log.group, 512)} ${oneLine(log.stream, 512)}`
  const html = details(label, `<pre><code>${text}</code></pre>`)
  if (summary.stringify().length + html.length > SUMMARY_LIMIT) {
    summary.addRaw(
      '<p>The build log tail is too long for the job summary; the job log shows it.</p>',
      true
    )
    return
  }
  summary.addRaw(html, true)
}

/** A line of the log as text: control characters and colour codes out, capped. */
function logLine(line: string): string {
  const flat = oneLine(line, LOG_LINE_LIMIT)
  return flat === '' ? ' ' : flat
}
