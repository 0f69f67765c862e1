// The last stage: outputs, the closing log lines, the job summary, and the verdict. Outputs and
// the summary are written whatever the outcome, so a failed build still says what it made.
import * as core from '@actions/core'
import { ActionError } from '../aws/index.js'
import { formatDuration, oneLine } from '../common/index.js'
import { failureMessage } from './diagnosis.js'
import { imageOutputs, setOutputs, type ImageOutputs } from './outputs.js'
import type { BuildResult } from './result.js'
import { gateFailure, logScan, setScanOutputs } from './scan-report.js'
import { writeSummary } from './summary.js'

export async function report(result: BuildResult): Promise<void> {
  const outputs = imageOutputs(
    result.image,
    result.arn,
    result.region,
    result.latestVersionReferences
  )
  setOutputs(outputs)
  if (result.scan) setScanOutputs(result.scan, result.arn)
  logOutcome(result, outputs)
  if (result.scan) logScan(result.scan)
  const succeeded = result.outcome === 'succeeded'
  const gate = succeeded
    ? gateFailure(result.failOnSeverity ?? 'none', result.scan, result.arn)
    : undefined
  await writeSummary(result, outputs, gate)
  if (!succeeded) throw new ActionError(failureMessage(result))
  if (gate) throw new ActionError(gate)
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
