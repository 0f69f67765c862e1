// The emulator's CreateImagePipeline and UpdateImagePipeline against the real SDK client, as mode
// publish calls them: every member reflected by GetImagePipeline, an update that replaces the
// whole configuration, names unique in their normalized form, client tokens, a recipe type an
// update keeps, and the configurations a pipeline names, readable on their own.
import {
  CreateImagePipelineCommand,
  type CreateImagePipelineCommandInput,
  GetDistributionConfigurationCommand,
  GetImagePipelineCommand,
  GetInfrastructureConfigurationCommand,
  type ImagebuilderClient,
  ListImagePipelinesCommand,
  StartImagePipelineExecutionCommand,
  UpdateImagePipelineCommand,
  type UpdateImagePipelineCommandInput
} from '@aws-sdk/client-imagebuilder'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { Emulator } from '../emulator/index.js'
import {
  CONTAINER_RECIPE,
  DIST_THREE_REGIONS,
  IMAGE_RECIPE,
  INFRA,
  THREE_REGIONS_TWO_ACCOUNTS
} from '../emulator/fixtures.js'
import { emulatorClient } from './support/sdk-client.js'
import { failOnModelViolations } from './support/use-emulator.js'

const emulator = new Emulator()
failOnModelViolations(emulator)
let client: ImagebuilderClient
const ROLE = 'arn:aws:iam::123456789012:role/ImageBuilderWorkflows'
const WORKFLOW = 'arn:aws:imagebuilder:us-east-1:123456789012:workflow/test/smoke/1.0.0/1'
let clock = Date.parse('2026-03-01T10:00:00Z')

beforeAll(async () => {
  client = emulatorClient(await emulator.start())
})
beforeEach(() => {
  emulator.reset()
  emulator.now = () => clock
  emulator.pipelines.clear()
  emulator.images.clear()
})
afterAll(async () => {
  client.destroy()
  await emulator.stop()
})

let tokens = 0
const create = (input: Partial<CreateImagePipelineCommandInput> = {}) =>
  client.send(
    new CreateImagePipelineCommand({
      name: 'golden',
      imageRecipeArn: IMAGE_RECIPE,
      infrastructureConfigurationArn: INFRA,
      clientToken: `create-${++tokens}`,
      ...input
    })
  )
const update = (input: Partial<UpdateImagePipelineCommandInput>) =>
  client.send(
    new UpdateImagePipelineCommand({
      imagePipelineArn: undefined,
      infrastructureConfigurationArn: INFRA,
      clientToken: `update-${++tokens}`,
      ...input
    })
  )
const get = async (imagePipelineArn?: string) =>
  (await client.send(new GetImagePipelineCommand({ imagePipelineArn }))).imagePipeline

/** Everything a pipeline can hold, as the model names it. */
const FULL = {
  description: 'The golden image, nightly',
  distributionConfigurationArn: DIST_THREE_REGIONS,
  imageTestsConfiguration: { imageTestsEnabled: false, timeoutMinutes: 90 },
  enhancedImageMetadataEnabled: false,
  schedule: {
    scheduleExpression: 'cron(0 3 * * ? *)',
    timezone: 'Europe/Paris',
    pipelineExecutionStartCondition: 'EXPRESSION_MATCH_ONLY' as const,
    autoDisablePolicy: { failureCount: 3 }
  },
  status: 'DISABLED' as const,
  imageScanningConfiguration: { imageScanningEnabled: true },
  workflows: [{ workflowArn: WORKFLOW, parallelGroup: 'smoke', onFailure: 'CONTINUE' as const }],
  executionRole: ROLE,
  loggingConfiguration: { imageLogGroupName: 'ci/images', pipelineLogGroupName: 'ci/pipelines' },
  imageTags: { built: 'nightly' }
}

/** A pipeline of nothing but the recipe and infrastructure, as GetImagePipeline shows it. */
const bare = (arn?: string) => ({
  arn,
  name: 'golden',
  platform: 'Linux',
  consecutiveFailures: 0,
  imageRecipeArn: IMAGE_RECIPE,
  infrastructureConfigurationArn: INFRA,
  status: 'ENABLED',
  enhancedImageMetadataEnabled: true,
  imageTestsConfiguration: { imageTestsEnabled: true, timeoutMinutes: 720 }
})

describe('emulator: CreateImagePipeline', () => {
  test('GetImagePipeline reflects every member; the list shows it; it starts', async () => {
    const { imagePipelineArn } = await create({ ...FULL, tags: { team: 'platform' } })
    expect(imagePipelineArn).toBe(
      'arn:aws:imagebuilder:us-east-1:123456789012:image-pipeline/golden'
    )
    const when = new Date(clock).toISOString()
    expect(await get(imagePipelineArn)).toEqual({
      ...bare(imagePipelineArn),
      ...FULL,
      tags: { team: 'platform' },
      dateCreated: when,
      dateUpdated: when
    })
    const { imagePipelineList } = await client.send(new ListImagePipelinesCommand({}))
    expect(imagePipelineList?.map(p => p.arn)).toEqual([imagePipelineArn])
    const started = await client.send(
      new StartImagePipelineExecutionCommand({ imagePipelineArn, clientToken: 'run-1' })
    )
    expect(started.imageBuildVersionArn).toMatch(/image\/golden-al2023\/1\.2\.0\/\d+$/)
    expect(await get(imagePipelineArn)).toMatchObject({ lastRunStatus: 'PENDING' })
  })

  test("what a request omits gets the model's defaults", async () => {
    const { imagePipelineArn } = await create({
      schedule: { scheduleExpression: 'rate(1 day)' }
    })
    expect(await get(imagePipelineArn)).toEqual({
      ...bare(imagePipelineArn),
      schedule: {
        scheduleExpression: 'rate(1 day)',
        timezone: 'UTC',
        pipelineExecutionStartCondition: 'EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE'
      },
      dateCreated: expect.any(String),
      dateUpdated: expect.any(String)
    })
  })

  test('a name that differs only in case, spaces or underscores is taken', async () => {
    const { imagePipelineArn } = await create({ name: 'Golden Nightly' })
    expect(imagePipelineArn).toMatch(/image-pipeline\/golden-nightly$/)
    await expect(create({ name: 'golden_nightly' })).rejects.toMatchObject({
      name: 'ResourceAlreadyExistsException'
    })
    expect((await get(imagePipelineArn))?.name).toBe('Golden Nightly')
  })

  test('the same client token: the same answer; with other members: a mismatch', async () => {
    const first = await create({ clientToken: 'same' })
    const again = await create({ clientToken: 'same' })
    expect(again.imagePipelineArn).toBe(first.imagePipelineArn)
    expect(emulator.pipelines.size).toBe(1)
    await expect(create({ clientToken: 'same', description: 'other' })).rejects.toMatchObject({
      name: 'IdempotentParameterMismatchException'
    })
  })

  test('exactly one recipe; the recipe and configurations must exist', async () => {
    await expect(create({ containerRecipeArn: CONTAINER_RECIPE })).rejects.toMatchObject({
      name: 'InvalidRequestException'
    })
    await expect(create({ imageRecipeArn: undefined })).rejects.toMatchObject({
      name: 'InvalidRequestException'
    })
    const missing = INFRA.replace('ci-builders', 'gone')
    await expect(create({ infrastructureConfigurationArn: missing })).rejects.toMatchObject({
      name: 'ResourceNotFoundException'
    })
    await expect(
      create({ imageRecipeArn: IMAGE_RECIPE.replace('golden-al2023', 'gone') })
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' })
    expect(emulator.pipelines.size).toBe(0)
  })

  test('a log group outside /aws/imagebuilder/ needs an execution role', async () => {
    await expect(
      create({ loggingConfiguration: { pipelineLogGroupName: 'ci/pipelines' } })
    ).rejects.toMatchObject({ name: 'InvalidParameterCombinationException' })
  })
})

describe('emulator: UpdateImagePipeline', () => {
  test('replaces the whole configuration: what it omits is removed or reset; tags stay', async () => {
    const { imagePipelineArn } = await create({ ...FULL, tags: { team: 'platform' } })
    const created = await get(imagePipelineArn)
    clock += 60_000
    const updated = await update({ imagePipelineArn, imageRecipeArn: IMAGE_RECIPE })
    expect(updated.imagePipelineArn).toBe(imagePipelineArn)
    expect(await get(imagePipelineArn)).toEqual({
      ...bare(imagePipelineArn),
      tags: { team: 'platform' },
      dateCreated: created?.dateCreated,
      dateUpdated: new Date(clock).toISOString()
    })
  })

  test('sets what it sends, a new recipe version included', async () => {
    const { imagePipelineArn } = await create()
    const newer = emulator.addImageRecipe({ name: 'golden-al2023', version: '1.3.0' })
    await update({ imagePipelineArn, imageRecipeArn: newer, ...FULL })
    expect(await get(imagePipelineArn)).toMatchObject({ imageRecipeArn: newer, ...FULL })
  })

  test('the recipe type cannot change', async () => {
    const { imagePipelineArn } = await create()
    await expect(
      update({ imagePipelineArn, containerRecipeArn: CONTAINER_RECIPE })
    ).rejects.toMatchObject({
      name: 'InvalidRequestException',
      message: expect.stringContaining('must be the same type')
    })
    expect((await get(imagePipelineArn))?.imageRecipeArn).toBe(IMAGE_RECIPE)
  })

  test('client tokens, and an unknown pipeline', async () => {
    const { imagePipelineArn } = await create()
    const first = await update({ imagePipelineArn, imageRecipeArn: IMAGE_RECIPE, clientToken: 'u' })
    const again = await update({ imagePipelineArn, imageRecipeArn: IMAGE_RECIPE, clientToken: 'u' })
    expect(again.requestId).toBe(first.requestId)
    await expect(
      update({
        imagePipelineArn,
        imageRecipeArn: IMAGE_RECIPE,
        clientToken: 'u',
        status: 'DISABLED'
      })
    ).rejects.toMatchObject({ name: 'IdempotentParameterMismatchException' })
    await expect(
      update({ imagePipelineArn: `${imagePipelineArn}-gone`, imageRecipeArn: IMAGE_RECIPE })
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' })
  })
})

describe('emulator: infrastructure and distribution configurations', () => {
  test('the account holds the ones the fixtures name; another is not found', async () => {
    emulator.addDistributionConfiguration(DIST_THREE_REGIONS, THREE_REGIONS_TWO_ACCOUNTS)
    const infra = await client.send(
      new GetInfrastructureConfigurationCommand({ infrastructureConfigurationArn: INFRA })
    )
    expect(infra.infrastructureConfiguration).toMatchObject({ arn: INFRA, name: 'ci-builders' })
    const dist = await client.send(
      new GetDistributionConfigurationCommand({ distributionConfigurationArn: DIST_THREE_REGIONS })
    )
    expect(dist.distributionConfiguration?.distributions?.map(d => d.region)).toEqual([
      'us-east-1',
      'us-west-2',
      'eu-west-1'
    ])
    await expect(
      client.send(
        new GetInfrastructureConfigurationCommand({
          infrastructureConfigurationArn: INFRA.replace('ci-builders', 'gone')
        })
      )
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' })
    const made = INFRA.replace('ci-builders', 'made-later')
    emulator.addInfrastructureConfiguration(made)
    await expect(
      client.send(
        new GetInfrastructureConfigurationCommand({ infrastructureConfigurationArn: made })
      )
    ).resolves.toMatchObject({ infrastructureConfiguration: { name: 'made-later' } })
  })
})
