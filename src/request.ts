// Turns validated inputs into the exact CreateImage request. Kept free of I/O so the request shape
// is decided in one place and the client token can be derived from it.
import type {
  CreateImageCommandInput,
  DistributeImageCommandInput
} from '@aws-sdk/client-imagebuilder'
import type { CreateImageInputs, DistributeInputs } from './inputs.js'

export function buildCreateImageRequest(inputs: CreateImageInputs): CreateImageCommandInput {
  const request: CreateImageCommandInput = {
    infrastructureConfigurationArn: inputs.infrastructureConfigurationArn,
    distributionConfigurationArn: inputs.distributionConfigurationArn,
    imageTestsConfiguration: { imageTestsEnabled: inputs.imageTestsEnabled },
    enhancedImageMetadataEnabled: inputs.enhancedImageMetadataEnabled,
    imageScanningConfiguration: {
      imageScanningEnabled: inputs.imageScanningEnabled,
      ecrConfiguration:
        inputs.ecrRepositoryName || inputs.ecrContainerTags.length > 0
          ? {
              repositoryName: inputs.ecrRepositoryName,
              containerTags:
                inputs.ecrContainerTags.length > 0 ? inputs.ecrContainerTags : undefined
            }
          : undefined
    },
    workflows: inputs.workflows.length > 0 ? inputs.workflows : undefined,
    executionRole: inputs.executionRole,
    loggingConfiguration: inputs.logGroupName ? { logGroupName: inputs.logGroupName } : undefined,
    tags: Object.keys(inputs.tags).length > 0 ? inputs.tags : undefined,
    clientToken: undefined
  }
  if (inputs.recipe.kind === 'image') request.imageRecipeArn = inputs.recipe.arn
  else request.containerRecipeArn = inputs.recipe.arn
  return request
}

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
