// Mode publish from start to report: the recipe files are checked against the model (a problem
// fails the step before any call, on its file and line), the documents are planned and created (or
// validated), and the report is written whatever happened, a stop halfway included, with what was
// done so far.
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { InputError, isRecipeKind, type PublishInputs } from '../inputs/index.js'
import type { StartContext } from '../modes/index.js'
import { reasonOf } from '../report/index.js'
import { publish } from './publish.js'
import { readRecipeFiles } from './recipe-file.js'
import { reportPublish, type PublishReport } from './report.js'

/** Publishes and reports; returns the message to fail the step with, if it must fail. */
export async function runPublish(
  client: ImagebuilderClient,
  inputs: PublishInputs,
  context: StartContext,
  stopped: { cancelled: () => boolean; messageOf: (error: unknown) => string }
): Promise<string | undefined> {
  const { recipes, problems } = readRecipeFiles(
    inputs.documents.filter(d => isRecipeKind(d.kind)),
    inputs.documents.filter(d => d.kind === 'component'),
    context.env.GITHUB_WORKSPACE || process.cwd()
  )
  if (problems.length > 0) throw new InputError([], problems)
  const report: PublishReport = { dryRun: inputs.dryRun, region: inputs.region, outcomes: [] }
  try {
    await publish(client, { inputs, recipes }, context, report.outcomes)
  } catch (error) {
    const status = stopped.cancelled() ? 'JOB_CANCELLED' : reasonOf(error)
    report.stop = { status, message: stopped.messageOf(error) }
  }
  return reportPublish(report)
}
