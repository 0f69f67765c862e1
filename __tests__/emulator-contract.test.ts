// The emulator is only useful if the real SDK reads it as it reads AWS. Every operation it serves,
// driven by @aws-sdk/client-imagebuilder: typed errors, pagination, client tokens, timelines.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import {
  CancelImageCreationCommand,
  CreateImageCommand,
  DistributeImageCommand,
  GetImageCommand,
  RetryImageCommand,
  IdempotentParameterMismatchException,
  ImagebuilderClient,
  ImagebuilderServiceException,
  InvalidPaginationTokenException,
  InvalidRequestException,
  ListWorkflowExecutionsCommand,
  ListWorkflowStepExecutionsCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  paginateListWorkflowExecutions,
  paginateListWorkflowStepExecutions,
  type CreateImageCommandInput
} from '@aws-sdk/client-imagebuilder'
import { Emulator } from '../emulator/index.js'
import { failOnModelViolations } from './support/use-emulator.js'
import {
  ACCOUNT,
  CONTAINER_RECIPE,
  DIST_THREE_REGIONS,
  IMAGE_RECIPE,
  INFRA,
  THREE_REGIONS_TWO_ACCOUNTS
} from '../emulator/fixtures.js'

const emulator = new Emulator()
failOnModelViolations(emulator)
let client: ImagebuilderClient

beforeAll(async () => {
  const endpoint = await emulator.start()
  emulator.addDistributionConfiguration(DIST_THREE_REGIONS, THREE_REGIONS_TWO_ACCOUNTS)
  client = new ImagebuilderClient({
    region: 'us-east-1',
    endpoint,
    credentials: { accessKeyId: 'AKIAEMULATOREXAMPLE', secretAccessKey: 'not-a-secret' },
    maxAttempts: 1
  })
})
beforeEach(() => {
  emulator.scenario = {}
  emulator.pageSize = 25
  emulator.retryStaleMs = 0
})
afterAll(async () => {
  client.destroy()
  await emulator.stop()
})

const request = (extra: Partial<CreateImageCommandInput> = {}): CreateImageCommandInput => ({
  imageRecipeArn: IMAGE_RECIPE,
  infrastructureConfigurationArn: INFRA,
  ...extra
})

async function rejection(promise: Promise<unknown>): Promise<ImagebuilderServiceException> {
  try {
    await promise
  } catch (error) {
    return error as ImagebuilderServiceException
  }
  throw new Error('expected the call to fail')
}

const waitFor = async (arn: string, status: string): Promise<void> => {
  for (let i = 0; i < 200; i++) {
    const { image } = await client.send(new GetImageCommand({ imageBuildVersionArn: arn }))
    if (image?.state?.status === status) return
    await new Promise(r => setTimeout(r, 20))
  }
  throw new Error(`${arn} never reached ${status}`)
}

describe('CreateImage', () => {
  test('returns a build version ARN whose build number counts up per recipe version', async () => {
    const first = await client.send(new CreateImageCommand(request()))
    const second = await client.send(new CreateImageCommand(request()))
    expect(first.imageBuildVersionArn).toMatch(
      new RegExp(`^arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/golden-al2023/1\\.2\\.0/\\d+$`)
    )
    const build = (arn?: string): number => Number(arn?.split('/').pop())
    expect(build(second.imageBuildVersionArn)).toBe(build(first.imageBuildVersionArn) + 1)
    expect(first.clientToken).toMatch(/^[0-9a-f-]{36}$/)
  })

  test.each<[string, Partial<CreateImageCommandInput>, RegExp]>([
    [
      'no infrastructure configuration',
      { infrastructureConfigurationArn: undefined },
      /infrastructureConfigurationArn is required/
    ],
    [
      'two recipes',
      { containerRecipeArn: CONTAINER_RECIPE },
      /exactly one of imageRecipeArn or containerRecipeArn/
    ],
    [
      'no recipe',
      { imageRecipeArn: undefined },
      /exactly one of imageRecipeArn or containerRecipeArn/
    ],
    [
      'a malformed recipe ARN',
      { imageRecipeArn: 'arn:aws:imagebuilder:us-east-1:123:image-recipe/x' },
      /imageRecipeArn is not a valid ARN/
    ],
    [
      'workflows without an execution role',
      {
        workflows: [
          { workflowArn: 'arn:aws:imagebuilder:us-east-1:aws:workflow/build/build-image/x.x.x' }
        ]
      },
      /executionRole is required/
    ],
    [
      'an empty workflow parameter',
      {
        executionRole: 'R',
        workflows: [
          {
            workflowArn: 'arn:aws:imagebuilder:us-east-1:aws:workflow/build/build-image/x.x.x',
            parameters: [{ name: 'p', value: [] }]
          }
        ]
      },
      /at least one value/
    ],
    ['a reserved tag key', { tags: { 'aws:owner': 'me' } }, /Tag key aws:owner is not allowed/]
  ])('refuses %s with InvalidRequestException (400)', async (_name, extra, message) => {
    emulator.allowModelViolations()
    const error = await rejection(client.send(new CreateImageCommand(request(extra))))
    expect(error).toBeInstanceOf(InvalidRequestException)
    expect(error.$metadata.httpStatusCode).toBe(400)
    expect(error.message).toMatch(message)
  })

  test('same client token and body: the same image; other body: IdempotentParameterMismatchException', async () => {
    const first = await client.send(
      new CreateImageCommand(request({ clientToken: 'contract-token' }))
    )
    const replay = await client.send(
      new CreateImageCommand(request({ clientToken: 'contract-token' }))
    )
    expect(replay.imageBuildVersionArn).toBe(first.imageBuildVersionArn)
    const error = await rejection(
      client.send(
        new CreateImageCommand(request({ clientToken: 'contract-token', tags: { a: 'b' } }))
      )
    )
    expect(error).toBeInstanceOf(IdempotentParameterMismatchException)
    expect(error.$metadata.httpStatusCode).toBe(400)
  })
})

describe('GetImage', () => {
  test('follows the timeline to AVAILABLE with AMIs for every region and account', async () => {
    const { imageBuildVersionArn: arn } = await client.send(
      new CreateImageCommand(request({ distributionConfigurationArn: DIST_THREE_REGIONS }))
    )
    const { image: early } = await client.send(new GetImageCommand({ imageBuildVersionArn: arn }))
    expect(early?.state?.status).toBe('PENDING')
    expect(early?.outputResources?.amis).toEqual([])
    await waitFor(arn!, 'AVAILABLE')
    const { image } = await client.send(new GetImageCommand({ imageBuildVersionArn: arn }))
    expect(image?.type).toBe('AMI')
    expect(image?.dateCreated).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(image?.outputResources?.amis?.map(a => `${a.region}/${a.accountId}`)).toEqual([
      `us-east-1/${ACCOUNT}`,
      'us-east-1/210987654321',
      `us-west-2/${ACCOUNT}`,
      'us-west-2/210987654321',
      `eu-west-1/${ACCOUNT}`,
      'eu-west-1/210987654321'
    ])
    expect(image?.outputResources?.amis?.every(a => /^ami-[0-9a-f]{17}$/.test(a.image ?? ''))).toBe(
      true
    )
  })

  test('answers ResourceNotFoundException (404) for an unknown image and during the visibility delay', async () => {
    const unknown = await rejection(
      client.send(
        new GetImageCommand({
          imageBuildVersionArn: `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/nope/1.0.0/1`
        })
      )
    )
    expect(unknown).toBeInstanceOf(ResourceNotFoundException)
    expect(unknown.$metadata.httpStatusCode).toBe(404)
    emulator.scenario = { notFoundMs: 200 }
    const { imageBuildVersionArn: arn } = await client.send(new CreateImageCommand(request()))
    expect(
      await rejection(client.send(new GetImageCommand({ imageBuildVersionArn: arn })))
    ).toBeInstanceOf(ResourceNotFoundException)
    await new Promise(r => setTimeout(r, 250))
    const { image } = await client.send(new GetImageCommand({ imageBuildVersionArn: arn }))
    expect(image?.arn).toBe(arn)
  })

  test('resolves a version ARN to its newest AVAILABLE build, not a newer one still building', async () => {
    emulator.scenario = { stepMs: 5, phaseMs: 5, targetMs: 5 }
    const { imageBuildVersionArn: arn } = await client.send(new CreateImageCommand(request()))
    await waitFor(arn!, 'AVAILABLE')
    emulator.scenario = {}
    await client.send(new CreateImageCommand(request({ clientToken: 'newer' })))
    const { image } = await client.send(
      new GetImageCommand({ imageBuildVersionArn: arn!.replace(/\/\d+$/, '') })
    )
    expect(image?.arn).toBe(arn)
  })

  test('reports FAILED with the reason, and container URIs for a container build', async () => {
    emulator.scenario = {
      fail: { workflow: 'BUILD', step: 'ApplyBuildComponents', message: 'boom' }
    }
    const failed = await client.send(new CreateImageCommand(request()))
    await waitFor(failed.imageBuildVersionArn!, 'FAILED')
    const { image } = await client.send(
      new GetImageCommand({ imageBuildVersionArn: failed.imageBuildVersionArn })
    )
    expect(image?.state?.reason).toMatch(
      /^Workflow Execution ID: 'wf-[0-9a-f-]+' failed with reason: Step ApplyBuildComponents failed: boom$/
    )

    emulator.scenario = {}
    const container = await client.send(
      new CreateImageCommand({
        containerRecipeArn: CONTAINER_RECIPE,
        infrastructureConfigurationArn: INFRA
      })
    )
    await waitFor(container.imageBuildVersionArn!, 'AVAILABLE')
    const { image: built } = await client.send(
      new GetImageCommand({ imageBuildVersionArn: container.imageBuildVersionArn })
    )
    expect(built?.type).toBe('DOCKER')
    expect(built?.outputResources?.containers).toEqual([
      {
        region: 'us-east-1',
        imageUris: [
          expect.stringMatching(
            new RegExp(
              `^${ACCOUNT}\\.dkr\\.ecr\\.us-east-1\\.amazonaws\\.com/web-base:1\\.0\\.0-\\d+$`
            )
          )
        ]
      }
    ])
  })
})

describe('workflow listings', () => {
  test('paginate with nextToken, and reject a foreign token', async () => {
    const { imageBuildVersionArn: arn } = await client.send(new CreateImageCommand(request()))
    await waitFor(arn!, 'AVAILABLE')
    emulator.pageSize = 1
    const pages: number[] = []
    const executions = []
    for await (const page of paginateListWorkflowExecutions(
      { client },
      { imageBuildVersionArn: arn }
    )) {
      pages.push(page.workflowExecutions?.length ?? 0)
      executions.push(...(page.workflowExecutions ?? []))
    }
    expect(pages).toEqual([1, 1])
    expect(executions.map(e => [e.type, e.status, e.totalStepCount])).toEqual([
      ['BUILD', 'COMPLETED', 7],
      ['TEST', 'COMPLETED', 4]
    ])
    expect(executions[0].workflowExecutionId).toMatch(/^wf-[0-9a-f-]{36}$/)

    emulator.pageSize = 3
    const steps = []
    let stepPages = 0
    for await (const page of paginateListWorkflowStepExecutions(
      { client },
      { workflowExecutionId: executions[0].workflowExecutionId }
    )) {
      stepPages++
      steps.push(...(page.steps ?? []))
    }
    expect(stepPages).toBe(3)
    expect(steps.map(s => `${s.name}:${s.status}`)).toEqual([
      'LaunchBuildInstance:COMPLETED',
      'ApplyBuildComponents:COMPLETED',
      'InventoryCollection:COMPLETED',
      'RunSanitizeScript:COMPLETED',
      'RunSysPrepScript:SKIPPED',
      'CreateOutputAMI:COMPLETED',
      'TerminateBuildInstance:COMPLETED'
    ])

    const first = await client.send(
      new ListWorkflowStepExecutionsCommand({
        workflowExecutionId: executions[0].workflowExecutionId
      })
    )
    const foreign = await rejection(
      client.send(
        new ListWorkflowExecutionsCommand({ imageBuildVersionArn: arn, nextToken: first.nextToken })
      )
    )
    expect(foreign).toBeInstanceOf(InvalidPaginationTokenException)
    emulator.allowModelViolations()
    const tooMany = await rejection(
      client.send(new ListWorkflowExecutionsCommand({ imageBuildVersionArn: arn, maxResults: 26 }))
    )
    expect(tooMany).toBeInstanceOf(InvalidRequestException)
  })

  test('show a running step while its workflow runs', async () => {
    emulator.scenario = { stepMs: 400, phaseMs: 10 }
    const { imageBuildVersionArn: arn } = await client.send(new CreateImageCommand(request()))
    await waitFor(arn!, 'BUILDING')
    const { workflowExecutions } = await client.send(
      new ListWorkflowExecutionsCommand({ imageBuildVersionArn: arn })
    )
    expect(workflowExecutions?.map(e => [e.type, e.status])).toEqual([['BUILD', 'RUNNING']])
    const { steps } = await client.send(
      new ListWorkflowStepExecutionsCommand({
        workflowExecutionId: workflowExecutions?.[0].workflowExecutionId
      })
    )
    expect(steps?.map(s => `${s.name}:${s.status}`)).toEqual(['LaunchBuildInstance:RUNNING'])
    expect(steps?.[0].endTime).toBeUndefined()
  })
})

describe('CancelImageCreation', () => {
  test('cancels a running build, and refuses a finished one with ResourceInUseException', async () => {
    emulator.scenario = { stepMs: 1000, phaseMs: 10 }
    const { imageBuildVersionArn: arn } = await client.send(new CreateImageCommand(request()))
    await waitFor(arn!, 'BUILDING')
    const cancelled = await client.send(
      new CancelImageCreationCommand({ imageBuildVersionArn: arn })
    )
    expect(cancelled.imageBuildVersionArn).toBe(arn)
    const { image } = await client.send(new GetImageCommand({ imageBuildVersionArn: arn }))
    expect(image?.state?.status).toBe('CANCELLED')
    const { workflowExecutions } = await client.send(
      new ListWorkflowExecutionsCommand({ imageBuildVersionArn: arn })
    )
    expect(workflowExecutions?.[0].status).toBe('CANCELLED')
    const again = await rejection(
      client.send(new CancelImageCreationCommand({ imageBuildVersionArn: arn }))
    )
    expect(again).toBeInstanceOf(ResourceInUseException)
    expect(again.$metadata.httpStatusCode).toBe(400)
  })
})

describe('DistributeImage', () => {
  test('creates a new image that only distributes, to every configured target', async () => {
    const { imageBuildVersionArn: arn } = await client.send(
      new DistributeImageCommand({
        sourceImage: 'ami-0123456789abcdef0',
        distributionConfigurationArn: DIST_THREE_REGIONS,
        executionRole: 'Distributor'
      })
    )
    expect(arn).toMatch(
      new RegExp(
        `^arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/ami-0123456789abcdef0/1\\.0\\.0/\\d+$`
      )
    )
    await waitFor(arn!, 'AVAILABLE')
    const { image } = await client.send(new GetImageCommand({ imageBuildVersionArn: arn }))
    expect(image?.outputResources?.amis).toHaveLength(6)
    const { workflowExecutions } = await client.send(
      new ListWorkflowExecutionsCommand({ imageBuildVersionArn: arn })
    )
    expect(workflowExecutions).toEqual([])
  })

  test.each<[string, Record<string, string | undefined>, RegExp]>([
    ['no execution role', { executionRole: undefined }, /executionRole is required/],
    [
      'no distribution configuration',
      { distributionConfigurationArn: undefined },
      /distributionConfigurationArn is required/
    ],
    [
      'a source that is not an AMI, parameter or image',
      { sourceImage: 'golden' },
      /sourceImage must be/
    ]
  ])('refuses %s', async (_name, change, message) => {
    emulator.allowModelViolations()
    const input = {
      sourceImage: 'ami-0123456789abcdef0',
      distributionConfigurationArn: DIST_THREE_REGIONS,
      executionRole: 'R',
      ...change
    }
    const error = await rejection(client.send(new DistributeImageCommand(input as never)))
    expect(error).toBeInstanceOf(InvalidRequestException)
    expect(error.message).toMatch(message)
  })

  test('takes an image ARN only once it is AVAILABLE', async () => {
    emulator.scenario = { stepMs: 1000 }
    const { imageBuildVersionArn: arn } = await client.send(new CreateImageCommand(request()))
    const error = await rejection(
      client.send(
        new DistributeImageCommand({
          sourceImage: arn,
          distributionConfigurationArn: DIST_THREE_REGIONS,
          executionRole: 'R'
        })
      )
    )
    expect(error).toBeInstanceOf(InvalidRequestException)
    expect(error.message).toMatch(/must be AVAILABLE/)
  })
})

describe('RetryImage', () => {
  test('resumes a FAILED image in place after a stale window; the superseded executions are flagged', async () => {
    emulator.scenario = {
      fail: { workflow: 'TEST', step: 'ApplyTestComponents', message: 'flaky' }
    }
    const { imageBuildVersionArn: arn } = await client.send(new CreateImageCommand(request()))
    await waitFor(arn!, 'FAILED')
    emulator.retryStaleMs = 150
    const retried = await client.send(new RetryImageCommand({ imageBuildVersionArn: arn }))
    expect(retried.imageBuildVersionArn).toBe(arn)
    const { image: stale } = await client.send(new GetImageCommand({ imageBuildVersionArn: arn }))
    expect(stale?.state?.status).toBe('FAILED')
    await waitFor(arn!, 'AVAILABLE')
    emulator.retryStaleMs = 0
    const { workflowExecutions } = await client.send(
      new ListWorkflowExecutionsCommand({ imageBuildVersionArn: arn })
    )
    // The model: "sets this flag to true on the original workflow executions that the retry
    // re-ran". The BUILD workflow was not run again.
    expect(workflowExecutions?.map(e => [e.type, e.status, e.retried])).toEqual([
      ['BUILD', 'COMPLETED', false],
      ['TEST', 'FAILED', true],
      ['TEST', 'COMPLETED', false]
    ])
  })

  test('refuses an image that is not FAILED or CANCELLED, or failed before it had an AMI', async () => {
    const { imageBuildVersionArn: running } = await client.send(new CreateImageCommand(request()))
    const notFailed = await rejection(
      client.send(new RetryImageCommand({ imageBuildVersionArn: running }))
    )
    expect(notFailed).toBeInstanceOf(InvalidRequestException)
    expect(notFailed.message).toMatch(/Only FAILED or CANCELLED images can be retried/)
    emulator.scenario = { fail: { workflow: 'BUILD', step: 'ApplyBuildComponents', message: 'x' } }
    const { imageBuildVersionArn: early } = await client.send(new CreateImageCommand(request()))
    await waitFor(early!, 'FAILED')
    const noAmi = await rejection(
      client.send(new RetryImageCommand({ imageBuildVersionArn: early }))
    )
    expect(noAmi.message).toMatch(/stopped before an AMI was created/)
  })
})

test('refuses credentials STS issued once they have expired', async () => {
  const token = await fetch(
    `${emulator.url}/oidc/token?api-version=2.0&audience=sts.amazonaws.com`,
    {
      headers: { authorization: `Bearer ${emulator.oidcRequestToken}` }
    }
  ).then(r => r.json() as Promise<{ value: string }>)
  const { STSClient, AssumeRoleWithWebIdentityCommand } = await import('@aws-sdk/client-sts')
  const sts = new STSClient({ region: 'us-east-1', endpoint: emulator.url })
  const { Credentials } = await sts.send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/r`,
      RoleSessionName: 's',
      WebIdentityToken: token.value
    })
  )
  const roleClient = new ImagebuilderClient({
    region: 'us-east-1',
    endpoint: emulator.url,
    maxAttempts: 1,
    credentials: {
      accessKeyId: Credentials!.AccessKeyId!,
      secretAccessKey: Credentials!.SecretAccessKey!,
      sessionToken: Credentials!.SessionToken!
    }
  })
  const { imageBuildVersionArn } = await roleClient.send(new CreateImageCommand(request()))
  // Expired now, whatever the machine's load made of a short lifetime.
  emulator.issuedCredentials.get(Credentials!.AccessKeyId!)!.expiresAt = Date.now() - 1
  const expired = await rejection(roleClient.send(new GetImageCommand({ imageBuildVersionArn })))
  expect(expired.name).toBe('ExpiredTokenException')
  expect(expired.$metadata.httpStatusCode).toBe(403)
  roleClient.destroy()
  sts.destroy()
})

test('records every request with its operation, method and signing region', () => {
  const operations = new Set(emulator.requests.map(r => `${r.method} ${r.operation} ${r.region}`))
  for (const op of [
    'PUT CreateImage',
    'GET GetImage',
    'POST ListWorkflowExecutions',
    'POST ListWorkflowStepExecutions',
    'PUT CancelImageCreation',
    'PUT DistributeImage',
    'PUT RetryImage'
  ]) {
    expect(operations).toContain(`${op} us-east-1`)
  }
})
