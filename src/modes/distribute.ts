// mode: distribute. DistributeImage copies an existing AMI to more regions and accounts, as a new
// image with an ARN of its own.
import * as core from '@actions/core'
import type { DistributeImageCommandInput, ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { DistributeInputs } from '../inputs/index.js'
import { tagsWithProvenance } from './provenance.js'
import { clientTokenFor, submit, type StartContext, type Started } from './submit.js'

export function buildDistributeImageRequest(inputs: DistributeInputs): DistributeImageCommandInput {
  return {
    sourceImage: inputs.sourceImage,
    distributionConfigurationArn: inputs.distributionConfigurationArn,
    executionRole: inputs.executionRole,
    tags: Object.keys(inputs.tags).length > 0 ? inputs.tags : undefined,
    loggingConfiguration: inputs.logGroupName ? { logGroupName: inputs.logGroupName } : undefined,
    clientToken: undefined
  }
}

export async function startDistribute(
  client: ImagebuilderClient,
  inputs: DistributeInputs,
  context: StartContext
): Promise<Started> {
  const request = buildDistributeImageRequest(inputs)
  request.tags = await tagsWithProvenance(inputs.tags, inputs.provenanceTags)
  request.clientToken = clientTokenFor(inputs, request, context.env)
  core.info(`Distributing ${inputs.sourceImage} with ${inputs.distributionConfigurationArn}`)
  const arn = await submit(client, { operation: 'DistributeImage', request }, context)
  return { arn, started: true }
}
