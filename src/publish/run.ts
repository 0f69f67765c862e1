// Mode publish from start to report: the files publish/ reads (recipes, pipelines) are checked against the model (a problem
// fails the step before any call, on its file and line), the documents are planned and created (or
// validated), and the report is written whatever happened, a stop halfway included, with what was
// done so far.
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { InputError, type PublishInputs } from '../inputs/index.js'
import type { StartContext } from '../modes/index.js'
import { reasonOf } from '../report/index.js'
import { publish, readEntries } from './publish.js'
import { reportPublish, type PublishReport } from './report.js'

/** Publishes and reports; returns the message to fail the step with, if it must fail. */
export async function runPublish(
  client: ImagebuilderClient,
  inputs: PublishInputs,
  context: StartContext,
  stopped: { cancelled: () => boolean; messageOf: (error: unknown) => string }
): Promise<string | undefined> {
  const { entries, problems } = readEntries(
    inputs.documents,
    context.env.GITHUB_WORKSPACE || process.cwd()
  )
  if (problems.length > 0) throw new InputError([], problems)
  const report: PublishReport = { dryRun: inputs.dryRun, region: inputs.region, outcomes: [] }
  try {
    await publish(client, { inputs, entries }, context, report.outcomes)
  } catch (error) {
    const status = stopped.cancelled() ? 'JOB_CANCELLED' : reasonOf(error)
    report.stop = { status, message: stopped.messageOf(error) }
  }
  return reportPublish(report)
}
