// mode: retry. RetryImage resumes a FAILED or CANCELLED image in place, under the same ARN. The
// image is looked at first: its old state must not be taken for the end of the re-run.
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { RetryInputs } from '../inputs/index.js'
import { logEarlierAttempt } from '../report/index.js'
import { FULL_SNAPSHOT, takeSnapshot } from '../watch/index.js'
import { clientTokenFor, repeated, submit, type StartContext, type Started } from './submit.js'

export async function startRetry(
  client: ImagebuilderClient,
  inputs: RetryInputs,
  context: StartContext
): Promise<Started> {
  const resumeFrom = await repeated(
    'GetImage',
    () =>
      takeSnapshot(client, inputs.imageArn, FULL_SNAPSHOT, {
        signal: context.signal,
        timeoutMs: context.callTimeoutMs
      }),
    context
  )
  logEarlierAttempt(resumeFrom)
  const request = {
    imageBuildVersionArn: inputs.imageArn,
    clientToken: clientTokenFor(inputs, { imageBuildVersionArn: inputs.imageArn }, context.env)
  }
  const arn = await submit(client, { operation: 'RetryImage', request }, context)
  return { arn, started: true, resumeFrom }
}
