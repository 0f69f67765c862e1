// The emulator's behaviours that the service model (botocore 1.43.107) documents, each test
// quoting the model's sentence, driven by the real SDK client. Where the emulator and the action
// agreed with each other but not with these sentences, both were wrong (issue 20).
import {
  CancelImageCreationCommand,
  CreateComponentCommand,
  CreateImageCommand,
  DistributeImageCommand,
  GetComponentCommand,
  GetImageCommand,
  GetWorkflowCommand,
  type ImagebuilderClient,
  ListComponentBuildVersionsCommand,
  ListComponentsCommand,
  ListWorkflowsCommand,
  RetryImageCommand
} from '@aws-sdk/client-imagebuilder'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { Emulator } from '../emulator/index.js'
import { emulatorClient } from './support/sdk-client.js'
import { failOnModelViolations } from './support/use-emulator.js'
import { ACCOUNT, DIST_THREE_REGIONS, IMAGE_RECIPE, INFRA } from '../emulator/fixtures.js'

const emulator = new Emulator()
failOnModelViolations(emulator)
let client: ImagebuilderClient
const COMPONENT = 'schemaVersion: 1.0\nphases:\n  - name: build\n    steps: []\n'
const TEST_ONLY = 'schemaVersion: 1.0\nphases:\n  - name: test\n    steps: []\n'
const WORKFLOW = 'schemaVersion: 1.0\nsteps:\n  - name: Launch\n    action: LaunchInstance\n'
let now = 0

beforeAll(async () => {
  const endpoint = await emulator.start()
  client = emulatorClient(endpoint)
})
beforeEach(() => {
  emulator.reset()
  now = Date.now()
  emulator.now = () => now
})
afterAll(async () => {
  client.destroy()
  await emulator.stop()
})

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e
  )
const create = (name: string, version: string, data = COMPONENT, token = `${name}${data}`) =>
  client.send(
    new CreateComponentCommand({
      name,
      semanticVersion: version,
      platform: 'Linux',
      data,
      clientToken: token.replace(/[^a-zA-Z0-9]/g, '').slice(0, 64)
    })
  )
const seed = (version: string, data = COMPONENT, status?: 'DEPRECATED') =>
  emulator.addDocument({ kind: 'component', name: 'agents', version, data, status })
const listed = async (extra: object = {}) =>
  (
    await client.send(
      new ListComponentsCommand({
        owner: 'Self',
        filters: [{ name: 'name', values: ['agents'] }],
        ...extra
      })
    )
  ).componentVersionList ?? []

describe('components and workflows', () => {
  test('ListComponents byName: "You can\'t combine this option with the version filter."', async () => {
    const error = await failure(
      listed({ byName: true, filters: [{ name: 'version', values: ['1.0.0'] }] })
    )
    expect(error).toMatchObject({ name: 'InvalidRequestException' })
  })

  test('ListComponents: "By default, the response doesn\'t include components in the DEPRECATED state. To list deprecated components, use the status filter with the value DEPRECATED."', async () => {
    seed('1.0.0')
    seed('1.0.1', COMPONENT, 'DEPRECATED')
    expect((await listed()).map(v => [v.version, v.status])).toEqual([['1.0.0', 'ACTIVE']])
    const deprecated = await listed({
      filters: [
        { name: 'name', values: ['agents'] },
        { name: 'status', values: ['DEPRECATED'] }
      ]
    })
    expect(deprecated.map(v => [v.version, v.status])).toEqual([['1.0.1', 'DEPRECATED']])
  })

  test('ListComponentBuildVersions: "Deprecated build versions aren\'t included in the results."', async () => {
    const first = seed('1.0.0')
    seed('1.0.0', `${COMPONENT}# 2\n`, 'DEPRECATED')
    const { componentSummaryList } = await client.send(
      new ListComponentBuildVersionsCommand({ componentVersionArn: first.replace(/\/1$/, '') })
    )
    expect(componentSummaryList?.map(b => b.arn)).toEqual([first])
  })

  test('CreateComponent name: "names that differ only in case, spaces, or underscores count as the same name … If the content is also identical to the latest build version, the request fails"', async () => {
    const first = await create('Install Agents', '1.0.0')
    const second = await create('install_agents', '1.0.0', `${COMPONENT}# 2\n`)
    expect(first.componentBuildVersionArn).toBe(
      `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:component/install-agents/1.0.0/1`
    )
    expect(second.componentBuildVersionArn).toBe(
      `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:component/install-agents/1.0.0/2`
    )
    const again = await failure(create('INSTALL AGENTS', '1.0.0', `${COMPONENT}# 2\n`, 'other'))
    expect(again).toMatchObject({
      name: 'ResourceAlreadyExistsException',
      message: expect.stringContaining('already exists') as unknown
    })
  })

  test('ComponentVersion owner: "The value is your account ID for components that you own"; ComponentType: a component that only tests is TEST', async () => {
    await create('agents', '1.0.0', TEST_ONLY)
    const [version] = await listed()
    expect(version).toMatchObject({ owner: ACCOUNT, type: 'TEST' })
  })

  test('GetComponent: "Version ARNs resolve to the latest available matching component build version"; GetWorkflow likewise', async () => {
    const arn = seed('1.2.0')
    seed('1.3.0', COMPONENT, 'DEPRECATED')
    const versionArn = arn.replace(/1\.2\.0\/1$/, '1.x.x')
    const { component } = await client.send(
      new GetComponentCommand({ componentBuildVersionArn: versionArn })
    )
    expect(component?.arn).toBe(arn)
    const workflow = emulator.addDocument({
      kind: 'workflow',
      name: 'smoke',
      version: '1.0.0',
      data: WORKFLOW,
      type: 'TEST'
    })
    const got = await client.send(
      new GetWorkflowCommand({ workflowBuildVersionArn: workflow.replace(/\/1$/, '') })
    )
    expect(got.workflow?.arn).toBe(workflow)
  })

  test('List filters are the model\'s for each operation: ListWorkflows "can filter on name, version, description, and type"', async () => {
    const error = await failure(
      client.send(new ListWorkflowsCommand({ filters: [{ name: 'platform', values: ['Linux'] }] }))
    )
    expect(error).toMatchObject({ name: 'InvalidRequestException' })
    expect(await listed({ filters: [{ name: 'supportedOsVersion', values: ['x'] }] })).toEqual([])
  })
})

describe('images', () => {
  const build = async () => {
    const { imageBuildVersionArn } = await client.send(
      new CreateImageCommand({
        imageRecipeArn: IMAGE_RECIPE,
        infrastructureConfigurationArn: INFRA,
        clientToken: `t-${emulator.images.size}`
      })
    )
    return imageBuildVersionArn as string
  }
  const finish = (arn: string) => {
    now = Math.max(now, emulator.endsAt(arn) + 1)
  }

  test('GetImage: a version ARN "resolves to the latest matching build version that has reached AVAILABLE status. Builds that were later deprecated, disabled, or deleted don\'t resolve."', async () => {
    const available = await build()
    finish(available)
    const deprecated = await build()
    finish(deprecated)
    emulator.setStatus(deprecated, 'DEPRECATED')
    await build() // still building
    const version = available.replace(/\/[0-9]+$/, '')
    for (const arn of [version, version.replace(/[0-9]+\.[0-9]+\.[0-9]+$/, 'x.x.x')]) {
      const { image } = await client.send(new GetImageCommand({ imageBuildVersionArn: arn }))
      expect(image?.arn).toBe(available)
    }
  })

  test('DistributeImage sourceImage: a version ARN resolves to the latest available build', async () => {
    emulator.addDistributionConfiguration(DIST_THREE_REGIONS, [{ region: 'us-east-1' }])
    const available = await build()
    finish(available)
    await build() // newer, still building: not what the version resolves to
    const { imageBuildVersionArn } = await client
      .send(
        new DistributeImageCommand({
          sourceImage: available.replace(/\/[0-9]+$/, ''),
          distributionConfigurationArn: DIST_THREE_REGIONS,
          executionRole: 'ImageBuilderRole',
          clientToken: 'd'
        })
      )
      .catch((e: unknown) => ({ imageBuildVersionArn: String(e) }))
    expect(imageBuildVersionArn).not.toMatch(/Exception/)
  })

  test('CancelImageCreation and RetryImage take an ImageBuildVersionArn: never a version ARN', async () => {
    const arn = await build()
    const version = arn.replace(/\/[0-9]+$/, '')
    emulator.allowModelViolations()
    for (const command of [
      new CancelImageCreationCommand({ imageBuildVersionArn: version, clientToken: 'c' }),
      new RetryImageCommand({ imageBuildVersionArn: version, clientToken: 'r' })
    ]) {
      expect(await failure(client.send(command as never))).toMatchObject({
        name: 'InvalidRequestException'
      })
    }
  })

  test('CreateImage loggingConfiguration: "If you specify a log group name outside of the /aws/imagebuilder/ namespace, you must also provide an executionRole"', async () => {
    const create = (logGroupName: string, executionRole?: string) =>
      client.send(
        new CreateImageCommand({
          imageRecipeArn: IMAGE_RECIPE,
          infrastructureConfigurationArn: INFRA,
          loggingConfiguration: { logGroupName },
          executionRole,
          clientToken: `${logGroupName}${executionRole ?? ''}`.replace(/[^a-zA-Z0-9]/g, '')
        })
      )
    expect(await failure(create('/ci/golden'))).toMatchObject({
      name: 'InvalidParameterCombinationException'
    })
    await expect(create('/ci/golden', 'ImageBuilderLogs')).resolves.toBeDefined()
    await expect(create('/aws/imagebuilder/golden')).resolves.toBeDefined()
  })

  test('TagKey ^(?!aws:)[a-zA-Z0-9\\s_.:/=+\\-@]*$ (ASCII), 1 to 128; a TagMap holds 1 to 50 entries', async () => {
    emulator.allowModelViolations()
    const tagged = (tags: Record<string, string>) =>
      client.send(
        new CreateImageCommand({
          imageRecipeArn: IMAGE_RECIPE,
          infrastructureConfigurationArn: INFRA,
          tags,
          clientToken: `tags${Object.keys(tags).length}${Object.keys(tags)[0]?.length ?? 0}`
        })
      )
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']))
    for (const tags of [{ équipe: 'x' }, { 'aws:team': 'x' }, many, {}])
      expect(await failure(tagged(tags))).toMatchObject({ name: 'InvalidRequestException' })
    await expect(tagged({ 'team name/app:tier=1+2@x': 'v' })).resolves.toBeDefined()
  })
})
