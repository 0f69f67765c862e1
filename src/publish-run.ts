// Mode publish from start to report: the documents are planned and created (or validated), and
// the report is written whatever happened, a stop halfway included, with what was done so far.
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { PublishInputs } from './inputs/index.js'
import { publish, type StartContext } from './modes/index.js'
import { reasonOf, reportPublish, type PublishReport } from './report/index.js'
import { messageOf } from './run.js'

/** Publishes and reports; returns the message to fail the step with, if it must fail. */
export async function runPublish(
  client: ImagebuilderClient,
  inputs: PublishInputs,
  context: StartContext,
  cancelled: () => boolean
): Promise<string | undefined> {
  const report: PublishReport = { dryRun: inputs.dryRun, region: inputs.region, outcomes: [] }
  try {
    await publish(client, inputs, context, report.outcomes)
  } catch (error) {
    const status = cancelled() ? 'JOB_CANCELLED' : reasonOf(error)
    report.stop = { status, message: messageOf(error, inputs) }
  }
  return reportPublish(report)
}
