// The emulator's image pipelines against the real SDK client: the calls a start-pipeline mode
// makes, with the model's member names, pagination and client tokens; and the infrastructure and
// distribution configurations pipelines name.
import {
  GetDistributionConfigurationCommand,
  GetImageCommand,
  GetImagePipelineCommand,
  GetInfrastructureConfigurationCommand,
  ImagebuilderClient,
  StartImagePipelineExecutionCommand,
  paginateListImagePipelines,
  type ImagePipeline
} from '@aws-sdk/client-imagebuilder'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { Emulator } from '../emulator/index.js'
import { failOnModelViolations } from './support/use-emulator.js'
import {
  DIST_THREE_REGIONS,
  IMAGE_RECIPE,
  INFRA,
  THREE_REGIONS_TWO_ACCOUNTS
} from '../emulator/fixtures.js'

const emulator = new Emulator()
failOnModelViolations(emulator)
let client: ImagebuilderClient
let golden = ''
let nightly = ''

beforeAll(async () => {
  const endpoint = await emulator.start()
  emulator.addDistributionConfiguration(DIST_THREE_REGIONS, THREE_REGIONS_TWO_ACCOUNTS)
  const pipeline = { imageRecipeArn: IMAGE_RECIPE, infrastructureConfigurationArn: INFRA }
  golden = emulator.addImagePipeline({
    name: 'golden',
    ...pipeline,
    distributionConfigurationArn: DIST_THREE_REGIONS
  })
  emulator.addImagePipeline({ name: 'canary-golden', ...pipeline })
  nightly = emulator.addImagePipeline({
    name: 'Nightly Golden AL2023',
    status: 'DISABLED',
    imageTags: { schedule: 'nightly' },
    ...pipeline
  })
  for (let i = 0; i < 5; i++) emulator.addImagePipeline({ name: `other-${i}`, ...pipeline })
  emulator.addImagePipeline({ name: 'golden', region: 'eu-west-1', ...pipeline })
  client = new ImagebuilderClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: 'AKIAEMULATOREXAMPLE', secretAccessKey: 'not-a-secret' },
    maxAttempts: 1
  })
})
afterAll(async () => {
  client.destroy()
  await emulator.stop()
})

async function list(values?: string[]): Promise<ImagePipeline[]> {
  const all: ImagePipeline[] = []
  const filters = values ? [{ name: 'name', values }] : undefined
  for await (const page of paginateListImagePipelines({ client, pageSize: 2 }, { filters }))
    all.push(...(page.imagePipelineList ?? []))
  return all
}

describe('image pipelines', () => {
  test('ListImagePipelines pages through the region, and its name filter is not exact', async () => {
    expect((await list()).map(p => p.name)).toEqual([
      'golden',
      'canary-golden',
      'Nightly Golden AL2023',
      'other-0',
      'other-1',
      'other-2',
      'other-3',
      'other-4'
    ])
    expect((await list(['golden'])).map(p => p.name)).toEqual([
      'golden',
      'canary-golden',
      'Nightly Golden AL2023'
    ])
  })

  test('a name with upper case and spaces gets an ARN of lower case and hyphens', async () => {
    const [nightly] = await list(['Nightly Golden'])
    expect(nightly.arn).toBe(
      'arn:aws:imagebuilder:us-east-1:123456789012:image-pipeline/nightly-golden-al2023'
    )
    expect(nightly.status).toBe('DISABLED')
  })

  test('GetImagePipeline, and an unknown pipeline', async () => {
    const { imagePipeline } = await client.send(
      new GetImagePipelineCommand({ imagePipelineArn: golden })
    )
    expect(imagePipeline).toMatchObject({
      name: 'golden',
      status: 'ENABLED',
      imageRecipeArn: IMAGE_RECIPE
    })
    await expect(
      client.send(new GetImagePipelineCommand({ imagePipelineArn: `${golden}-nope` }))
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' })
  })

  test('each execution is a new build; the same client token gets the same one', async () => {
    const start = (clientToken: string) =>
      client.send(
        new StartImagePipelineExecutionCommand({
          imagePipelineArn: golden,
          clientToken,
          tags: { run: clientToken }
        })
      )
    const first = await start('run-1')
    const again = await start('run-1')
    const second = await start('run-2')
    expect(again.imageBuildVersionArn).toBe(first.imageBuildVersionArn)
    const build = (arn = '') => Number(arn.split('/').pop())
    expect(build(second.imageBuildVersionArn)).toBe(build(first.imageBuildVersionArn) + 1)
    const { image } = await client.send(
      new GetImageCommand({ imageBuildVersionArn: second.imageBuildVersionArn })
    )
    expect(image).toMatchObject({ sourcePipelineArn: golden, tags: { run: 'run-2' } })
    await expect(
      client.send(
        new StartImagePipelineExecutionCommand({
          imagePipelineArn: golden,
          clientToken: 'run-1',
          tags: { other: 'x' }
        })
      )
    ).rejects.toMatchObject({ name: 'IdempotentParameterMismatchException' })
  })

  test("a DISABLED pipeline starts; its image gets the request's tags, not the pipeline's imageTags", async () => {
    // "You can start a build this way whether the pipeline is enabled or disabled." "Builds that
    // you start manually use the tags from the StartImagePipelineExecution request instead."
    const { imagePipeline } = await client.send(
      new GetImagePipelineCommand({ imagePipelineArn: nightly })
    )
    expect(imagePipeline).toMatchObject({ status: 'DISABLED', imageTags: { schedule: 'nightly' } })
    const tagsOf = async (tags?: Record<string, string>) => {
      const started = await client.send(
        new StartImagePipelineExecutionCommand({
          imagePipelineArn: nightly,
          clientToken: `manual-${Object.keys(tags ?? {}).length}`,
          tags
        })
      )
      const { image } = await client.send(
        new GetImageCommand({ imageBuildVersionArn: started.imageBuildVersionArn })
      )
      return image?.tags
    }
    expect(await tagsOf({ run: 'manual' })).toEqual({ run: 'manual' })
    expect(await tagsOf()).toBeUndefined()
  })

  test('the request tags are a TagMap: ASCII keys, 1 to 50 entries', async () => {
    emulator.allowModelViolations()
    const start = (tags: Record<string, string>) =>
      client.send(
        new StartImagePipelineExecutionCommand({ imagePipelineArn: golden, clientToken: 'x', tags })
      )
    await expect(start({ équipe: 'x' })).rejects.toMatchObject({
      name: 'InvalidRequestException'
    })
    await expect(start({})).rejects.toMatchObject({ name: 'InvalidRequestException' })
  })
})

describe('emulator: infrastructure and distribution configurations', () => {
  test('the account holds the ones the fixtures name; another is not found', async () => {
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
