// The job summary: what was built, where, how long each phase took, and why it failed (the
// parts that say why are in failure-summary.ts).
import * as core from '@actions/core'
import { parseArn } from '../aws/index.js'
import { escapeHtml, formatDuration } from '../common/index.js'
import { failureSentence } from './diagnosis.js'
import { addFailedRegions, addLogTail, addStepTable, cellText } from './failure-summary.js'
import { consoleLinks, missingTargets } from './links.js'
import type { ImageOutputs } from './outputs.js'
import type { BuildResult } from './result.js'
import { addScanSummary } from './scan-report.js'

/** The AMI table lists at most this many rows. */
const ROW_LIMIT = 200

/** `gate`: why fail-on-severity fails an image that is AVAILABLE. */
export async function writeSummary(
  result: BuildResult,
  outputs: ImageOutputs,
  gate?: string
): Promise<void> {
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
  const failed = result.outcome !== 'succeeded'
  if (failed) {
    summary
      .addHeading('Why it failed', 3)
      .addRaw(`<p>${cellText(failureSentence(result), 8000)}</p>`, true)
    // Where a distribution failed: before the AMIs that were made.
    addFailedRegions(summary, result)
  }
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
  if (result.scan) addScanSummary(summary, result.scan)
  if (gate)
    summary
      .addHeading('❌ Failed on vulnerability findings', 3)
      .addRaw(`<p>${cellText(gate, 2000)}</p>`, true)
  addStepTable(summary, result)
  addLogTail(summary, result)
  const links = consoleLinks(result.arn, result.image)
  if (links.length > 0)
    summary.addList(links.map(l => `<a href="${escapeHtml(l.url)}">${cellText(l.label)}</a>`))
  await summary.write()
}

function phasesCell(result: BuildResult): string {
  const phases = result.record?.phaseDurations(result.elapsedMs) ?? []
  return phases.map(p => `${cellText(p.status)} ${formatDuration(p.ms)}`).join(' · ') || '-'
}
