// The image as GetImage reports it, with the model's member names.
import { createHash } from 'node:crypto'
import type { ImageRecord } from './records.js'
import { scanAt } from './scan.js'
import type { ImageBuilderStore } from './store.js'
import type { Target } from './timeline.js'

export function describe(store: ImageBuilderStore, image: ImageRecord): Record<string, unknown> {
  const view = store.view(image)
  const { input } = image.plan
  const body = image.request
  const amiId = (t: Target): string =>
    `ami-${createHash('sha256').update(`${image.arn}|${t.region}|${t.accountId}`).digest('hex').slice(0, 17)}`
  const created = new Date(image.createdAt).toISOString()
  const regions = [...new Set(view.targets.map(t => t.region))]
  return {
    arn: image.arn,
    type: input.type,
    name: input.imageName,
    version: input.version,
    platform: 'Linux',
    osVersion: 'Amazon Linux 2023',
    enhancedImageMetadataEnabled: body.enhancedImageMetadataEnabled !== false,
    state: { status: view.status, reason: view.reason, failureContext: view.failureContext },
    imageRecipe: body.imageRecipeArn
      ? { arn: body.imageRecipeArn, name: input.imageName }
      : undefined,
    containerRecipe: body.containerRecipeArn
      ? { arn: body.containerRecipeArn, name: input.imageName }
      : undefined,
    infrastructureConfiguration: { arn: body.infrastructureConfigurationArn },
    distributionConfiguration: body.distributionConfigurationArn
      ? {
          arn: body.distributionConfigurationArn,
          timeoutMinutes: 720,
          distributions: (
            store.distributionConfigurations.get(String(body.distributionConfigurationArn)) ?? []
          ).map(d => ({
            region: d.region,
            amiDistributionConfiguration: { targetAccountIds: d.targetAccountIds }
          }))
        }
      : undefined,
    imageTestsConfiguration: body.imageTestsConfiguration,
    dateCreated: created,
    outputResources:
      input.type === 'AMI'
        ? {
            amis: view.targets.map(t => ({
              region: t.region,
              image: amiId(t),
              name: `${input.imageName} ${created}`,
              description: `Built by Image Builder from ${input.imageName}`,
              state: { status: 'AVAILABLE' },
              accountId: t.accountId
            }))
          }
        : {
            containers: regions.map(region => ({
              region,
              imageUris: [
                `${store.accountId}.dkr.ecr.${region}.amazonaws.com/${image.containerRepository}:${input.version}-${input.build}`
              ]
            }))
          },
    tags: body.tags,
    buildType: 'USER_INITIATED',
    imageSource: 'CUSTOM',
    scanState: scanAt(image.plan, store.elapsed(image)),
    imageScanningConfiguration: body.imageScanningConfiguration,
    executionRole: body.executionRole,
    workflows: body.workflows,
    sourcePipelineArn: image.sourcePipelineArn,
    loggingConfiguration: body.loggingConfiguration
  }
}
