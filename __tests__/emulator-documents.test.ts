// The emulator's components and workflows against the real SDK client: the calls mode publish
// makes, with the model's member names, the 412 of a dry run, builds added to an existing version,
// client tokens, pagination, and listings that are not in numeric order.
import {
  CreateComponentCommand,
  CreateWorkflowCommand,
  GetComponentCommand,
  GetWorkflowCommand,
  type ImagebuilderClient,
  ListComponentsCommand,
  paginateListComponentBuildVersions,
  paginateListComponents,
  paginateListWorkflows,
  type ComponentVersion
} from '@aws-sdk/client-imagebuilder'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { Emulator } from '../emulator/index.js'
import { emulatorClient } from './support/sdk-client.js'
import { failOnModelViolations } from './support/use-emulator.js'

const emulator = new Emulator()
failOnModelViolations(emulator)
let client: ImagebuilderClient
const COMPONENT = 'schemaVersion: 1.0\nphases:\n  - name: build\n    steps: []\n'
const WORKFLOW = 'schemaVersion: 1.0\nsteps:\n  - name: Launch\n    action: LaunchInstance\n'

beforeAll(async () => {
  const endpoint = await emulator.start()
  client = emulatorClient(endpoint)
})
beforeEach(() => emulator.reset())
afterAll(async () => {
  client.destroy()
  await emulator.stop()
})

const createComponent = (version: string, extra: Record<string, unknown> = {}) =>
  client.send(
    new CreateComponentCommand({
      name: 'agents',
      semanticVersion: version,
      platform: 'Linux',
      data: COMPONENT,
      clientToken: `token-${version}-${JSON.stringify(extra).length}`,
      ...extra
    })
  )

async function versions(byName = true, pageSize = 2): Promise<ComponentVersion[]> {
  const all: ComponentVersion[] = []
  const filters = [{ name: 'name', values: ['agents'] }]
  for await (const page of paginateListComponents(
    { client, pageSize },
    { owner: 'Self', byName, filters }
  ))
    all.push(...(page.componentVersionList ?? []))
  return all
}

describe('emulator: components and workflows', () => {
  test('Create returns the build ARN; the same version with other content adds a build', async () => {
    const first = await createComponent('2.0.0')
    const second = await createComponent('2.0.0', { data: `${COMPONENT}# two\n` })
    expect(first.componentBuildVersionArn).toBe(
      'arn:aws:imagebuilder:us-east-1:123456789012:component/agents/2.0.0/1'
    )
    expect(second.componentBuildVersionArn).toMatch(/\/2\.0\.0\/2$/)
    const again = await createComponent('2.0.0')
    expect(again.componentBuildVersionArn).toBe(first.componentBuildVersionArn)
  })

  test('dryRun: a valid request is answered DryRunOperationException (412), and nothing is made', async () => {
    const error = await createComponent('1.0.0', { dryRun: true }).catch((e: unknown) => e)
    expect(error).toMatchObject({
      name: 'DryRunOperationException',
      $metadata: { httpStatusCode: 412 }
    })
    expect(emulator.documents).toEqual([])
    const bad = await client
      .send(
        new CreateWorkflowCommand({
          name: 'smoke',
          semanticVersion: '1.0.0',
          type: 'TEST',
          data: 'schemaVersion: 1.0\n',
          clientToken: 't',
          dryRun: true
        })
      )
      .catch((e: unknown) => e)
    expect(bad).toMatchObject({ name: 'InvalidParameterValueException' })
  })

  test('the model refuses wildcards, big version nodes and both data and uri', async () => {
    emulator.allowModelViolations()
    await expect(createComponent('1.0.x')).rejects.toMatchObject({
      name: 'InvalidRequestException'
    })
    await expect(createComponent('1073741824.0.0')).rejects.toMatchObject({
      name: 'InvalidVersionNumberException'
    })
    await expect(createComponent('1.0.0', { uri: 's3://b/k' })).rejects.toMatchObject({
      name: 'InvalidParameterCombinationException'
    })
  })

  test('listings: one entry per version by default, one per name with byName; string order, paginated', async () => {
    for (const v of ['1.2.9', '1.2.10', '1.10.0', '1.9.0']) await createComponent(v)
    emulator.addDocument({
      kind: 'component',
      name: 'agents-extra',
      version: '9.0.0',
      data: COMPONENT
    })
    const listed = await versions(false)
    expect(listed.map(v => `${v.name}@${v.version}`)).toEqual([
      'agents@1.10.0',
      'agents@1.2.10',
      'agents@1.2.9',
      'agents@1.9.0',
      'agents-extra@9.0.0'
    ])
    expect(listed[0].arn).toBe(
      'arn:aws:imagebuilder:us-east-1:123456789012:component/agents/1.10.0'
    )
    const byName = await versions(true)
    expect(byName.map(v => `${v.name}@${v.version}`)).toEqual([
      'agents@1.10.0',
      'agents-extra@9.0.0'
    ])
    expect(byName[0].arn).toMatch(/component\/agents\/x\.x\.x$/)
  })

  test('builds of a version, and Get with the document', async () => {
    await createComponent('1.0.0')
    await createComponent('1.0.0', { data: `${COMPONENT}# two\n` })
    const builds: string[] = []
    for await (const page of paginateListComponentBuildVersions(
      { client, pageSize: 1 },
      { componentVersionArn: 'arn:aws:imagebuilder:us-east-1:123456789012:component/agents/1.0.0' }
    ))
      builds.push(...(page.componentSummaryList ?? []).map(b => b.arn ?? ''))
    expect(builds).toHaveLength(2)
    const { component } = await client.send(
      new GetComponentCommand({ componentBuildVersionArn: builds[1] })
    )
    expect(component).toMatchObject({
      name: 'agents',
      version: '1.0.0',
      data: `${COMPONENT}# two\n`
    })
    // "You can specify a build version ARN, or a component version ARN … Version ARNs resolve to
    // the latest available matching component build version."
    for (const versionArn of [
      builds[1].replace(/\/2$/, ''),
      builds[1].replace(/0\.0\/2$/, 'x.x')
    ]) {
      const latest = await client.send(
        new GetComponentCommand({ componentBuildVersionArn: versionArn })
      )
      expect(latest.component?.arn).toBe(builds[1])
    }
  })

  test('workflows: the type is in the ARN and the listing', async () => {
    const { workflowBuildVersionArn } = await client.send(
      new CreateWorkflowCommand({
        name: 'Smoke Tests',
        semanticVersion: '1.0.0',
        type: 'TEST',
        data: WORKFLOW,
        clientToken: 'w'
      })
    )
    expect(workflowBuildVersionArn).toBe(
      'arn:aws:imagebuilder:us-east-1:123456789012:workflow/test/smoke-tests/1.0.0/1'
    )
    const listed = []
    for await (const page of paginateListWorkflows({ client }, { owner: 'Self', byName: true }))
      listed.push(...(page.workflowVersionList ?? []))
    expect(listed).toEqual([expect.objectContaining({ name: 'Smoke Tests', type: 'TEST' })])
    const { workflow } = await client.send(new GetWorkflowCommand({ workflowBuildVersionArn }))
    expect(workflow?.data).toBe(WORKFLOW)
  })

  test('a new document shows in the listings only after listingDelayMs', async () => {
    emulator.listingDelayMs = 60_000
    await createComponent('1.0.0')
    const { componentVersionList } = await client.send(
      new ListComponentsCommand({ owner: 'Self', byName: true })
    )
    expect(componentVersionList).toEqual([])
  })
})
