// mode: distribute. DistributeImage copies an existing AMI to more regions and accounts, as a new
// image with an ARN of its own.
import * as core from '@actions/core'
import type { DistributeImageCommandInput, ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { DistributeInputs } from '../inputs/index.js'
import { submitTagged, type StartContext, type Started } from './submit.js'

/** The request, but for its tags and client token, which submitTagged adds. */
function buildDistributeImageRequest(inputs: DistributeInputs): DistributeImageCommandInput {
  return {
    sourceImage: inputs.sourceImage,
    distributionConfigurationArn: inputs.distributionConfigurationArn,
    executionRole: inputs.executionRole,
    loggingConfiguration: inputs.logGroupName ? { logGroupName: inputs.logGroupName } : undefined
  }
}

export async function startDistribute(
  client: ImagebuilderClient,
  inputs: DistributeInputs,
  context: StartContext
): Promise<Started> {
  core.info(`Distributing ${inputs.sourceImage} with ${inputs.distributionConfigurationArn}`)
  const request = buildDistributeImageRequest(inputs)
  const arn = await submitTagged(client, inputs, { operation: 'DistributeImage', request }, context)
  return { arn, started: true }
}
