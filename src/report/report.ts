// The last stage: outputs, the closing log lines, the job summary, and the verdict. Outputs and
// the summary are written whatever the outcome, so a failed build still says what it made.
import * as core from '@actions/core'
import { ActionError } from '../aws/index.js'
import { formatDuration, oneLine } from '../common/index.js'
import { failureMessage } from './diagnosis.js'
import { imageOutputs, setOutputs, type ImageOutputs } from './outputs.js'
import type { BuildResult } from './result.js'
import { writeSummary } from './summary.js'

export async function report(result: BuildResult): Promise<void> {
  const outputs = imageOutputs(
    result.image,
    result.arn,
    result.region,
    result.latestVersionReferences
  )
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
