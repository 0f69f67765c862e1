// The emulator's image and container recipes against the real SDK client: the calls mode publish
// makes, with the model's members, automatic versions, immutable exact versions, client tokens,
// the components a recipe may name, listings that are not in numeric order, and CreateImage
// building from what was created.
import {
  CreateContainerRecipeCommand,
  CreateImageCommand,
  CreateImageRecipeCommand,
  type CreateImageRecipeCommandInput,
  GetContainerRecipeCommand,
  GetImageRecipeCommand,
  type ImagebuilderClient,
  ListContainerRecipesCommand,
  paginateListImageRecipes,
  type ImageRecipeSummary
} from '@aws-sdk/client-imagebuilder'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { Emulator } from '../emulator/index.js'
import { emulatorClient, emulatorClientAdding } from './support/sdk-client.js'
import { failOnModelViolations } from './support/use-emulator.js'

const emulator = new Emulator()
failOnModelViolations(emulator)
let client: ImagebuilderClient
let endpoint: string
const ACCOUNT = '123456789012'
const COMPONENT = 'schemaVersion: 1.0\nphases:\n  - name: build\n    steps: []\n'
const AMI = 'ami-0123456789abcdef0'
const RECIPES = `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image-recipe`

beforeAll(async () => {
  endpoint = await emulator.start()
  client = emulatorClient(endpoint)
})
beforeEach(() => emulator.reset())
afterAll(async () => {
  client.destroy()
  await emulator.stop()
})

let tokens = 0
const createImageRecipe = (input: Partial<CreateImageRecipeCommandInput> = {}) =>
  client.send(
    new CreateImageRecipeCommand({
      name: 'golden',
      semanticVersion: '1.0.x',
      parentImage: AMI,
      clientToken: `token-${++tokens}`,
      ...input
    })
  )

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (e: { name: string; message: string; $metadata: { httpStatusCode?: number } }) => ({
      name: e.name,
      status: e.$metadata.httpStatusCode,
      message: e.message
    })
  )

const agents = (version = '1.0.0', status?: 'DEPRECATED' | 'DISABLED') =>
  emulator.addDocument({ kind: 'component', name: 'agents', version, data: COMPONENT, status })

async function listed(pageSize = 2): Promise<ImageRecipeSummary[]> {
  const all: ImageRecipeSummary[] = []
  const filters = [{ name: 'name', values: ['golden'] }]
  for await (const page of paginateListImageRecipes(
    { client, pageSize },
    { owner: 'Self', filters }
  ))
    all.push(...(page.imageRecipeSummaryList ?? []))
  return all
}

describe('emulator: recipe versions', () => {
  test('1.0.x: "Image Builder automatically increments the version (for example, 1.0.1, 1.0.2, 1.0.3)"', async () => {
    const first = await createImageRecipe()
    const second = await createImageRecipe()
    expect([first.imageRecipeArn, second.imageRecipeArn]).toEqual([
      `${RECIPES}/golden/1.0.0`,
      `${RECIPES}/golden/1.0.1`
    ])
    // The user guide's example for 1.2.3: …/x.x.x, …/1.x.x, …/1.2.x, …/1.2.3.
    expect(second.latestVersionReferences).toEqual({
      latestVersionArn: `${RECIPES}/golden/x.x.x`,
      latestMajorVersionArn: `${RECIPES}/golden/1.x.x`,
      latestMinorVersionArn: `${RECIPES}/golden/1.0.x`,
      latestPatchVersionArn: `${RECIPES}/golden/1.0.1`
    })
  })

  test('the next version is numeric (after 1.0.10, not 1.0.9), in that line and that name only', async () => {
    for (const version of ['1.0.9', '1.0.10', '1.1.7', '2.0.0'])
      emulator.addImageRecipe({ name: 'golden', version })
    emulator.addImageRecipe({ name: 'other', version: '1.0.40' })
    expect((await createImageRecipe()).imageRecipeArn).toBe(`${RECIPES}/golden/1.0.11`)
    expect((await createImageRecipe({ semanticVersion: '1.x.x' })).imageRecipeArn).toBe(
      `${RECIPES}/golden/1.2.0`
    )
    expect((await createImageRecipe({ semanticVersion: '3.4.x' })).imageRecipeArn).toBe(
      `${RECIPES}/golden/3.4.0`
    )
  })

  test('"all nodes to the right of the first wildcard must also be wildcards"', async () => {
    expect(await failure(createImageRecipe({ semanticVersion: 'x.2.x' }))).toMatchObject({
      name: 'InvalidVersionNumberException',
      status: 400
    })
    expect(await failure(createImageRecipe({ semanticVersion: '1.0.1073741824' }))).toMatchObject({
      name: 'InvalidVersionNumberException'
    })
  })

  test('an exact version that exists is refused: ResourceAlreadyExistsException', async () => {
    await createImageRecipe({ semanticVersion: '1.0.3' })
    expect(
      await failure(createImageRecipe({ semanticVersion: '1.0.3', description: 'other' }))
    ).toMatchObject({ name: 'ResourceAlreadyExistsException', status: 400 })
    expect(emulator.recipes.map(r => r.version)).toEqual(['1.0.3'])
  })

  test('client tokens: the same request again gets the first answer, another body a mismatch', async () => {
    const input = { clientToken: 'same', semanticVersion: '1.0.x' }
    const first = await createImageRecipe(input)
    const again = await createImageRecipe(input)
    expect(again.imageRecipeArn).toBe(first.imageRecipeArn)
    expect(emulator.recipes).toHaveLength(1)
    expect(await failure(createImageRecipe({ ...input, description: 'other' }))).toMatchObject({
      name: 'IdempotentParameterMismatchException'
    })
  })

  test("the model's members: a missing parentImage or a bad name is refused, nothing made", async () => {
    emulator.allowModelViolations()
    const bad = await failure(createImageRecipe({ parentImage: undefined }))
    expect(bad).toMatchObject({ name: 'InvalidRequestException', status: 400 })
    expect(bad.message).toContain('parentImage')
    expect(await failure(createImageRecipe({ name: 'a' }))).toMatchObject({
      name: 'InvalidRequestException'
    })
    expect(emulator.recipes).toEqual([])
  })

  test('dryRun (which SDK 3.1046.0 drops, so it is put back here): 412, nothing made', async () => {
    const withDryRun = emulatorClientAdding(endpoint, { dryRun: true })
    const error = await failure(
      withDryRun.send(
        new CreateImageRecipeCommand({
          name: 'golden',
          semanticVersion: '1.0.x',
          parentImage: AMI,
          clientToken: 'dry'
        })
      )
    )
    withDryRun.destroy()
    expect(error).toMatchObject({ name: 'DryRunOperationException', status: 412 })
    expect(emulator.recipes).toEqual([])
  })
})

describe('emulator: the components a recipe names', () => {
  test("existing ones by build ARN or wildcard version ARN, and Amazon's unchecked", async () => {
    const build = agents()
    const answer = await createImageRecipe({
      components: [
        { componentArn: build },
        {
          componentArn: 'arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x',
          parameters: [{ name: 'exclude', value: ['kernel'] }]
        }
      ]
    })
    const got = await client.send(
      new GetImageRecipeCommand({ imageRecipeArn: answer.imageRecipeArn })
    )
    expect(got.imageRecipe?.components?.map(c => c.componentArn)).toEqual([
      build,
      'arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x'
    ])
  })

  test('one the account does not have is refused', async () => {
    const arn = `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:component/agents/1.x.x`
    const error = await failure(createImageRecipe({ components: [{ componentArn: arn }] }))
    expect(error).toMatchObject({ name: 'InvalidRequestException' })
    expect(error.message).toContain('does not exist')
  })

  test.each(['DEPRECATED', 'DISABLED'] as const)(
    '"Components with a status of DEPRECATED or DISABLED can\'t be added to new recipes": %s',
    async status => {
      const build = agents('1.0.0', status)
      const error = await failure(createImageRecipe({ components: [{ componentArn: build }] }))
      expect(error).toMatchObject({ name: 'InvalidRequestException' })
      expect(error.message).toContain(status)
      expect(emulator.recipes).toEqual([])
    }
  )

  test('"You can specify each component only once in a recipe, regardless of version"', async () => {
    const [old, latest] = [agents('1.0.0'), agents('1.1.0')]
    const error = await failure(
      createImageRecipe({ components: [{ componentArn: old }, { componentArn: latest }] })
    )
    expect(error.message).toContain('only once')
    expect(emulator.recipes).toEqual([])
  })
  test('"you can only supply parameters that the component defines", and those without a default', async () => {
    const data = `${COMPONENT}parameters:\n  - release:\n      type: string\n  - channel:\n      type: string\n      default: stable\n`
    const build = emulator.addDocument({
      kind: 'component',
      name: 'agents',
      version: '1.0.0',
      data
    })
    const recipe = (parameters: Array<{ name: string; value: string[] }>) =>
      createImageRecipe({ components: [{ componentArn: build, parameters }] })
    const unknown = await failure(
      recipe([
        { name: 'release', value: ['9'] },
        { name: 'typo', value: ['x'] }
      ])
    )
    expect(unknown.message).toContain('no parameter typo')
    const missing = await failure(recipe([{ name: 'channel', value: ['beta'] }]))
    expect(missing.message).toContain('parameter release, which has no default')
    await recipe([{ name: 'release', value: ['9'] }])
    expect(emulator.recipes).toHaveLength(1)
  })
})

describe('emulator: recipe listings and Get', () => {
  test('one entry per version, in string order (1.0.10 before 1.0.9), over pages', async () => {
    for (const version of ['1.0.9', '1.0.10', '1.0.2'])
      emulator.addImageRecipe({ name: 'golden', version, tags: { hash: version } })
    emulator.addImageRecipe({ name: 'silver', version: '1.0.0' })
    const all = await listed(2)
    expect(all.map(r => r.arn)).toEqual(
      ['1.0.10', '1.0.2', '1.0.9'].map(v => `${RECIPES}/golden/${v}`)
    )
    expect(all[0]).toMatchObject({ owner: ACCOUNT, parentImage: AMI, tags: { hash: '1.0.10' } })
  })

  test('Get gives the members the recipe was created with, its tags and version references', async () => {
    const answer = await createImageRecipe({
      semanticVersion: '2.1.x',
      description: 'golden image',
      workingDirectory: '/opt/build',
      tags: { 'publish:hash': 'abc' }
    })
    const got = await client.send(
      new GetImageRecipeCommand({ imageRecipeArn: `${RECIPES}/golden/2.x.x` })
    )
    expect(got.imageRecipe).toMatchObject({
      arn: answer.imageRecipeArn,
      name: 'golden',
      version: '2.1.0',
      owner: ACCOUNT,
      parentImage: AMI,
      description: 'golden image',
      workingDirectory: '/opt/build',
      tags: { 'publish:hash': 'abc' }
    })
    expect(got.latestVersionReferences?.latestPatchVersionArn).toBe(answer.imageRecipeArn)
    expect(
      await failure(
        client.send(new GetImageRecipeCommand({ imageRecipeArn: `${RECIPES}/golden/9.0.0` }))
      )
    ).toMatchObject({ name: 'ResourceNotFoundException' })
  })

  test('container recipes: created, listed by containerType, and owner limited to Self, Shared, Amazon', async () => {
    const answer = await client.send(
      new CreateContainerRecipeCommand({
        name: 'web',
        semanticVersion: '1.0.x',
        containerType: 'DOCKER',
        parentImage: 'amazonlinux:latest',
        targetRepository: { service: 'ECR', repositoryName: 'web' },
        dockerfileTemplateData: 'FROM {{{ imagebuilder:parentImage }}}\n',
        clientToken: 'web'
      })
    )
    emulator.addContainerRecipe({ name: 'api', version: '3.0.0' })
    const arn = `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:container-recipe/web/1.0.0`
    expect(answer.containerRecipeArn).toBe(arn)
    const page = await client.send(
      new ListContainerRecipesCommand({ filters: [{ name: 'containerType', values: ['DOCKER'] }] })
    )
    expect(page.containerRecipeSummaryList?.map(r => r.name)).toEqual(['api', 'web'])
    const got = await client.send(new GetContainerRecipeCommand({ containerRecipeArn: arn }))
    expect(got.containerRecipe).toMatchObject({
      dockerfileTemplateData: 'FROM {{{ imagebuilder:parentImage }}}\n',
      targetRepository: { service: 'ECR', repositoryName: 'web' }
    })
    expect(
      await failure(client.send(new ListContainerRecipesCommand({ owner: 'ThirdParty' })))
    ).toMatchObject({ name: 'InvalidRequestException' })
  })
})

describe('emulator: CreateImage from a created recipe', () => {
  const build = (imageRecipeArn: string) =>
    client.send(
      new CreateImageCommand({
        imageRecipeArn,
        infrastructureConfigurationArn: `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:infrastructure-configuration/ci-builders`,
        clientToken: imageRecipeArn.split('/').slice(-2).join('-')
      })
    )

  test('its name and version make the image ARN; a wildcard ARN builds the newest version', async () => {
    await createImageRecipe({ name: 'published', semanticVersion: '1.0.x' })
    await createImageRecipe({ name: 'published', semanticVersion: '1.0.x' })
    const exact = await build(`${RECIPES}/published/1.0.0`)
    const newest = await build(`${RECIPES}/published/x.x.x`)
    expect([exact.imageBuildVersionArn, newest.imageBuildVersionArn]).toEqual([
      `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/published/1.0.0/1`,
      `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/published/1.0.1/1`
    ])
    expect(await failure(build(`${RECIPES}/published/2.0.0`))).toMatchObject({
      name: 'ResourceNotFoundException'
    })
  })
})
