// mode: create-image. CreateImage from an image or container recipe, with every option.
import * as core from '@actions/core'
import type { CreateImageCommandInput, ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { CreateImageInputs } from '../inputs/index.js'
import { submitTagged, type StartContext, type Started } from './submit.js'

/** The request, but for its tags and client token, which submitTagged adds. */
function buildCreateImageRequest(inputs: CreateImageInputs): CreateImageCommandInput {
  const ecr =
    inputs.ecrRepositoryName || inputs.ecrContainerTags.length > 0
      ? {
          repositoryName: inputs.ecrRepositoryName,
          containerTags: inputs.ecrContainerTags.length > 0 ? inputs.ecrContainerTags : undefined
        }
      : undefined
  const request: CreateImageCommandInput = {
    infrastructureConfigurationArn: inputs.infrastructureConfigurationArn,
    distributionConfigurationArn: inputs.distributionConfigurationArn,
    imageTestsConfiguration: { imageTestsEnabled: inputs.imageTestsEnabled },
    enhancedImageMetadataEnabled: inputs.enhancedImageMetadataEnabled,
    imageScanningConfiguration: {
      imageScanningEnabled: inputs.imageScanningEnabled,
      ecrConfiguration: ecr
    },
    workflows: inputs.workflows.length > 0 ? inputs.workflows : undefined,
    executionRole: inputs.executionRole,
    loggingConfiguration: inputs.logGroupName ? { logGroupName: inputs.logGroupName } : undefined
  }
  if (inputs.recipe.kind === 'image') request.imageRecipeArn = inputs.recipe.arn
  else request.containerRecipeArn = inputs.recipe.arn
  return request
}

export async function startCreateImage(
  client: ImagebuilderClient,
  inputs: CreateImageInputs,
  context: StartContext
): Promise<Started> {
  core.info(`Starting an image build from ${inputs.recipe.arn} in ${inputs.region}`)
  const request = buildCreateImageRequest(inputs)
  const arn = await submitTagged(client, inputs, { operation: 'CreateImage', request }, context)
  return { arn, started: true }
}
