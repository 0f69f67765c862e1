// Issue 12: every call is bounded, a cancel always lands, and wrong targets fail fast. Each test
// runs the bundle as the runner does, against faults the emulator injects on the wire.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { ACCOUNT, CREATE_IMAGE_INPUTS } from '../../emulator/fixtures.js'
import { runAction, type RunOptions, type RunResult } from '../support/harness.js'
import { PROVENANCE } from '../support/provenance.js'
import { LoopbackProxy } from '../support/proxy.js'
import { useEmulator } from '../support/use-emulator.js'
import { oidcEnv } from '../support/oidc.js'

const emulator = useEmulator()

const run = (inputs: Record<string, string> = {}, options: RunOptions = {}): Promise<RunResult> =>
  runAction({ endpoint: emulator.url, ...options, inputs: { ...CREATE_IMAGE_INPUTS, ...inputs } })
const errorsOf = (result: RunResult): string[] =>
  result.annotations.filter(a => a.level === 'error').map(a => a.message)
const seconds = (result: RunResult): number => (result.exitedAt - result.spawnedAt) / 1000
/** The build is under way: its first workflow step has been listed. */
const building = (): boolean => emulator.calls('ListWorkflowStepExecutions').length > 0

describe('every request is bounded', () => {
  test('a status check that never answers is abandoned and retried; the build is followed to the end', async () => {
    emulator.scenario = { stepMs: 200 }
    emulator.inject({ operation: 'GetImage', hang: true, after: 1, times: 1 })
    const result = await run()
    expect(errorsOf(result)).toEqual([])
    expect(result.outputs.status).toBe('AVAILABLE')
    expect(emulator.calls('GetImage').filter(r => r.fault?.includes('"hang":true'))).toHaveLength(1)
  })

  test('an answer that trickles in a byte at a time is abandoned like one that never comes', async () => {
    emulator.scenario = { stepMs: 200 }
    emulator.inject({ operation: 'GetImage', trickleMs: 1000, after: 1, times: 1 })
    const result = await run()
    expect(errorsOf(result)).toEqual([])
    expect(result.outputs.status).toBe('AVAILABLE')
    // Three request timeouts of 5 s at this interval: the trickle was cut there, then retried.
    expect(result.lines.some(l => /GetImage got no complete answer within 15 s/.test(l))).toBe(true)
  })

  test('timeout-minutes holds while every call hangs: the wait ends and the build is cancelled', async () => {
    emulator.scenario = { stepMs: 60_000 }
    emulator.inject({ operation: 'GetImage', hang: true, after: 1 })
    // At a 1 s interval, polling may fail for a minute before the wait gives up: the deadline comes first.
    const result = await run({ 'timeout-minutes': '0.2', 'poll-interval': '1' })
    expect(result.exitCode).toBe(1)
    expect(errorsOf(result)[0]).toMatch(
      /^Timed out after 12s waiting for .* The build was cancelled/
    )
    expect(emulator.calls('CancelImageCreation')).toHaveLength(1)
    // 12 s of waiting, then the cancel: nowhere near the hung call's own limit.
    expect(seconds(result)).toBeLessThan(25)
  })
})

describe('cancellation reaches every call', () => {
  test('SIGINT while CreateImage is in flight: the image it made is found and cancelled', async () => {
    emulator.scenario = { stepMs: 60_000 }
    emulator.inject({ operation: 'CreateImage', delayMs: 3000, times: 1 })
    const before = new Set(emulator.images.keys())
    const result = await run({}, { cancelWhen: () => emulator.calls('CreateImage').length > 0 })
    expect(result.signalsSent).toEqual(['SIGINT'])
    expect(result.exitCode).toBe(1)
    const arn = result.outputs['image-arn']
    expect(arn).toMatch(/image\/golden-al2023\/1\.2\.0\/\d+$/)
    expect(emulator.calls('CancelImageCreation').map(r => r.body.imageBuildVersionArn)).toEqual([
      arn
    ])
    // One build, cancelled, once the delayed first CreateImage has been carried out too.
    expect(new Set(emulator.calls('CreateImage').map(r => r.body.clientToken)).size).toBe(1)
    await new Promise(resolve => setTimeout(resolve, 3000))
    const made = [...emulator.images.keys()].filter(a => a.startsWith(arn.replace(/\d+$/, '')))
    expect(made.filter(a => !before.has(a))).toEqual([arn])
    expect((emulator.describeImage(arn).state as { status: string }).status).toBe('CANCELLED')
    expect(errorsOf(result)[0]).toMatch(
      /^The job was cancelled while the build was starting, so it was cancelled too/
    )
    expect(result.state['start-call']).toContain('"operation":"CreateImage"')
  })

  test('the post step finds and cancels the image of a start call the main step could not finish', async () => {
    emulator.scenario = { stepMs: 60_000 }
    // The main step was killed during CreateImage: only the start call is in its state.
    const call = {
      operation: 'CreateImage',
      request: {
        imageRecipeArn: CREATE_IMAGE_INPUTS['image-recipe-arn'],
        infrastructureConfigurationArn: CREATE_IMAGE_INPUTS['infrastructure-configuration-arn'],
        clientToken: 'killed-during-create-1'
      }
    }
    const post = await runAction({
      endpoint: emulator.url,
      entry: 'post',
      inputs: CREATE_IMAGE_INPUTS,
      state: { 'start-call': JSON.stringify(call), region: 'us-east-1', started: 'true' }
    })
    expect(post.exitCode).toBe(0)
    const [created] = emulator.calls('CreateImage')
    expect(created.body.clientToken).toBe('killed-during-create-1')
    expect(emulator.calls('CancelImageCreation')).toHaveLength(1)
  })
})

describe('a refused cancel is retried', () => {
  test('CancelImageCreation throttled twice still cancels within the runner window', async () => {
    emulator.scenario = { stepMs: 5000, phaseMs: 20 }
    emulator.inject({
      operation: 'CancelImageCreation',
      errorType: 'ThrottlingException',
      status: 400,
      times: 2
    })
    const result = await run({}, { cancelWhen: building })
    expect(result.signalsSent).toEqual(['SIGINT'])
    expect(emulator.calls('CancelImageCreation')).toHaveLength(3)
    expect(result.outputs.status).toBe('CANCELLED')
    expect(result.state.settled).toBe('true')
  })

  test('a cancel the main step could not confirm is left to the post step, which confirms it', async () => {
    emulator.scenario = { stepMs: 5000, phaseMs: 20 }
    emulator.inject({ operation: 'CancelImageCreation', errorType: 'ServiceUnavailableException' })
    const main = await run({}, { cancelWhen: building })
    expect(errorsOf(main)[0]).toMatch(
      /could not be cancelled; it may still be running, and the post step will try again/
    )
    expect(main.state.settled).toBeUndefined()
    emulator.clearFaults()
    const post = await runAction({
      endpoint: emulator.url,
      entry: 'post',
      inputs: CREATE_IMAGE_INPUTS,
      state: main.state
    })
    expect(
      post.lines.some(l => l.startsWith('Cancelled the image build (the main step did not finish)'))
    ).toBe(true)
    expect(
      (emulator.describeImage(main.outputs['image-arn']).state as { status: string }).status
    ).toBe('CANCELLED')
  })
})

describe('wrong targets fail fast', () => {
  test('watch of an image that does not exist says so within seconds', async () => {
    const missing = `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/never-built/1.0.0/1`
    const result = await runAction({
      endpoint: emulator.url,
      inputs: { mode: 'watch', 'image-arn': missing }
    })
    expect(result.exitCode).toBe(1)
    expect(errorsOf(result)).toEqual([
      `The image ${missing} does not exist in account ${ACCOUNT}, region us-east-1 (or these credentials cannot see it): check the ARN, and the account and region this job uses.`
    ])
    expect(seconds(result)).toBeLessThan(10)
  })

  test("watch and retry call the image's own region, and warn when AWS_REGION says another", async () => {
    emulator.scenario = { stepMs: 100 }
    const started = await run({ wait: 'false' })
    emulator.requests.length = 0
    const arn = started.outputs['image-arn']
    const watched = await runAction({
      endpoint: emulator.url,
      env: { AWS_REGION: 'eu-west-1' },
      inputs: { mode: 'watch', 'image-arn': arn, 'poll-interval': '0.05' }
    })
    expect(watched.outputs.status).toBe('AVAILABLE')
    expect(watched.annotations.filter(a => a.level === 'warning').map(a => a.message)).toEqual([
      "The image is in us-east-1, but AWS_REGION is eu-west-1: mode 'watch' calls Image Builder in us-east-1, where the image is."
    ])
    expect(new Set(emulator.requests.map(r => r.region))).toEqual(new Set(['us-east-1']))
  })

  test('a refused connection at submit fails within seconds and names the endpoint', async () => {
    const closed = 'http://127.0.0.1:9'
    const result = await runAction({ endpoint: closed, inputs: CREATE_IMAGE_INPUTS })
    expect(result.exitCode).toBe(1)
    expect(errorsOf(result)[0]).toMatch(
      /^CreateImage failed: ECONNREFUSED: .* Nothing answered at http:\/\/127\.0\.0\.1:9: check AWS_ENDPOINT_URL_IMAGEBUILDER/
    )
    expect(seconds(result)).toBeLessThan(15)
  })
})

describe('advice that applies', () => {
  test('an OIDC token request answered with a 5xx is GitHub trouble, not a missing permission', async () => {
    emulator.inject({ operation: 'OidcToken', raw: { status: 500, body: '{"message":"oops"}' } })
    const result = await run(
      { 'role-to-assume': `arn:aws:iam::${ACCOUNT}:role/ci` },
      {
        env: oidcEnv(emulator)
      }
    )
    const [error] = errorsOf(result)
    expect(error).toMatch(/^Could not get the job's OIDC token for role-to-assume: .*500/)
    expect(error).toContain("GitHub's token service did not answer as it should")
    expect(error).not.toContain('id-token: write')
  })
})

describe('every outcome is reported', () => {
  test.each<[string, () => Promise<RunResult>, string | RegExp]>([
    ['invalid input', () => run({ wait: 'maybe' }), 'INVALID_INPUT'],
    [
      'no credentials',
      () => run({}, { env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined } }),
      'CREDENTIALS_ERROR'
    ],
    [
      'an endpoint that refuses connections',
      () => runAction({ endpoint: 'http://127.0.0.1:9', inputs: CREATE_IMAGE_INPUTS }),
      'ENDPOINT_UNREACHABLE'
    ],
    [
      'an image that does not exist',
      () =>
        runAction({
          endpoint: emulator.url,
          inputs: {
            mode: 'watch',
            'image-arn': `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/nope/1.0.0/1`
          }
        }),
      'NOT_FOUND'
    ],
    [
      'a request the service refuses',
      async () => {
        emulator.inject({ operation: 'CreateImage', errorType: 'AccessDeniedException' })
        return run()
      },
      'REQUEST_FAILED'
    ],
    [
      'an outage longer than the transient window',
      async () => {
        emulator.scenario = { stepMs: 10_000 }
        emulator.inject({ operation: 'GetImage', errorType: 'ServiceException', after: 1 })
        return run()
      },
      // The image's status when last read.
      /^(PENDING|CREATING|BUILDING)$/
    ]
  ])('%s: status and a job summary that says why', async (_name, act, status) => {
    const result = await act()
    expect(result.exitCode).toBe(1)
    expect(result.outputs.status).toMatch(
      status instanceof RegExp ? status : new RegExp(`^${status}$`)
    )
    expect(result.summary).toContain('Why the step stopped')
    expect(result.summary).toContain(errorsOf(result)[0].slice(0, 40).replace(/'/g, '&#39;'))
  })

  test('a wait that stops says in the log and the summary that the build continues, and names it', async () => {
    emulator.scenario = { stepMs: 10_000 }
    emulator.inject({ operation: 'GetImage', errorType: 'ServiceException', after: 1 })
    const result = await run()
    const arn = result.outputs['image-arn']
    expect(result.lines).toContain(`The build continues in AWS: ${arn}`)
    expect(result.summary).toContain(
      `continues in AWS: follow it with mode: watch and image-arn: ${arn}`
    )
  })
})

describe('service text is inert and bounded', () => {
  test('a hostile, huge failure reason starts no command, colours nothing, and stays small', async () => {
    const hostile = `broke\n::error::forged\u001b[31m red \u001b]0;title\u0007${'x'.repeat(2_000_000)}`
    emulator.scenario = {
      fail: { workflow: 'BUILD', step: 'ApplyBuildComponents', message: hostile }
    }
    const result = await run({ 'show-build-log': 'never' })
    expect(result.exitCode).toBe(1)
    expect(
      result.annotations.filter(
        a => a.message.includes('forged') && a.level === 'error' && a.message.startsWith('forged')
      )
    ).toEqual([])
    expect(result.annotations.every(a => a.message.length < 8 * 1024)).toBe(true)
    expect(result.stdout).not.toContain('\u001b')
    expect(result.stdout.split('\n').some(l => l.startsWith('::error::forged'))).toBe(false)
    expect(Buffer.byteLength(result.summary)).toBeLessThan(1024 * 1024)
    expect(result.stdout.length).toBeLessThan(200_000)
  })
})

describe('one bad answer does not end a healthy wait', () => {
  const image = (body: Record<string, unknown>) => body.image as Record<string, unknown>
  test.each<[string, Parameters<typeof emulator.inject>[0]]>([
    [
      'truncated JSON',
      {
        operation: 'GetImage',
        raw: { status: 200, contentType: 'application/json', body: '{"image": {"arn": "ar' }
      }
    ],
    [
      "a proxy's HTML page with status 200",
      {
        operation: 'GetImage',
        raw: { status: 200, body: '<html><body>Access gateway</body></html>' }
      }
    ],
    [
      'an empty 200',
      { operation: 'GetImage', raw: { status: 200, contentType: 'application/json', body: '' } }
    ],
    [
      'a NotFound for an image already seen',
      { operation: 'GetImage', errorType: 'ResourceNotFoundException' }
    ],
    [
      'a null where a list entry belongs',
      {
        operation: 'ListWorkflowExecutions',
        transform: body => ({
          ...body,
          workflowExecutions: [null, ...(body.workflowExecutions as unknown[])]
        })
      }
    ],
    [
      'an image without its state',
      {
        operation: 'GetImage',
        transform: body => ({ ...body, image: { ...image(body), state: undefined } })
      }
    ]
  ])('%s, once', async (_name, fault) => {
    emulator.scenario = { stepMs: 150 }
    emulator.inject({ ...fault, after: 2, times: 1 })
    const result = await run()
    expect(errorsOf(result)).toEqual([])
    expect(result.outputs.status).toBe('AVAILABLE')
    expect(emulator.injected).toBe(1)
    expect(result.stdout).not.toMatch(/TypeError|Deserialization error|\$response/)
  })

  test('an answer that stays unreadable ends the wait with words for people', async () => {
    emulator.scenario = { stepMs: 10_000 }
    emulator.inject({
      operation: 'GetImage',
      raw: { status: 200, body: '<html>proxy</html>' },
      after: 1
    })
    const result = await run()
    const [error] = errorsOf(result)
    expect(error).toMatch(
      /^Stopped waiting for the image: Status checks kept failing for \d+ s; the last answer: its answer \(HTTP 200\) could not be read as Image Builder's; a proxy or a network device/
    )
    expect(result.stdout).not.toMatch(/TypeError|Deserialization error|\$response|at .*\.js:\d+/)
  })
})

describe('validation matches the API model', () => {
  const WORKFLOW = 'arn:aws:imagebuilder:us-east-1:aws:workflow/build/build-image'
  test.each<[string, Record<string, string>, string, RegExp]>([
    [
      'a log group with #',
      { 'log-group-name': '/ci/#golden' },
      'log-group-name',
      /must be a CloudWatch Logs group name/
    ],
    ['a tag key with !', { tags: 'team!: platform' }, 'tags', /key 'team!' may hold only letters/],
    [
      'a workflow parameter name over 128 characters',
      {
        workflows: `- workflowArn: ${WORKFLOW}/x.x.x\n  parameters:\n    ${'p'.repeat(129)}: v`,
        'execution-role': 'R'
      },
      'workflows',
      /must be at most 128 characters/
    ],
    [
      'an execution role over 2048 characters',
      { 'execution-role': 'r'.repeat(2049) },
      'execution-role',
      /at most 2048 characters/
    ],
    [
      'a workflow build of a wildcard version',
      { workflows: `- workflowArn: ${WORKFLOW}/x.x.x/1`, 'execution-role': 'R' },
      'workflows',
      /workflowArn is not a well-formed workflow ARN/
    ],
    [
      'a poll interval under 5 s against AWS',
      { 'poll-interval': '1' },
      'poll-interval',
      /must be at least 5 seconds/
    ]
  ])('%s is refused before any call', async (_name, inputs, input, message) => {
    const env =
      input === 'poll-interval'
        ? { AWS_ENDPOINT_URL_IMAGEBUILDER: 'https://imagebuilder.us-east-1.amazonaws.com' }
        : {}
    const result = await run(inputs, { env })
    expect(result.exitCode).toBe(1)
    const [error] = errorsOf(result)
    expect(error).toContain(`Input '${input}'`)
    expect(error).toMatch(message)
    expect(emulator.requests).toEqual([])
  })

  test('tags in the AWS list form reach the request as a map', async () => {
    const result = await run({
      wait: 'false',
      tags: '[{"Key": "team", "Value": "platform"}, {"Key": "cost-center", "Value": "42"}]'
    })
    expect(result.exitCode).toBe(0)
    expect(emulator.calls('CreateImage')[0].body.tags).toEqual({
      ...PROVENANCE,
      team: 'platform',
      'cost-center': '42'
    })
  })
})

describe('waiting steps as the service shows them', () => {
  test.each<['RUNNING' | 'WAITING' | 'RUNNING_WITHOUT_ACTION', string]>([
    ['RUNNING', 'the step listing says RUNNING, with the WaitForAction action'],
    ['WAITING', 'the step listing says WAITING, as the user guide has it'],
    ['RUNNING_WITHOUT_ACTION', 'only ListWaitingWorkflowSteps tells it waits']
  ])('%s: %s', async reportAs => {
    emulator.scenario = {
      stepMs: 100,
      waitingStep: { workflow: 'TEST', name: 'WaitForApproval', reportAs }
    }
    // WAITING is the user guide's word, not in the model's enum: sent on purpose.
    if (reportAs === 'WAITING') emulator.allowModelViolations()
    const result = await run({ 'on-waiting-step': 'resume' })
    expect(errorsOf(result)).toEqual([])
    expect(result.annotations.filter(a => a.level === 'notice').map(a => a.message)).toEqual([
      expect.stringMatching(
        /^Step WaitForApproval \(WaitForAction\) of the TEST workflow test-image is waiting for an action/
      )
    ])
    expect(emulator.calls('SendWorkflowStepAction')).toHaveLength(1)
    expect(result.outputs.status).toBe('AVAILABLE')
    expect(emulator.calls('ListWaitingWorkflowSteps').length > 0).toBe(
      reportAs === 'RUNNING_WITHOUT_ACTION'
    )
  })
})

describe('behind a proxy', () => {
  const host = 'imagebuilder.emulator.test'
  const proxy = new LoopbackProxy(host, () => Number(new URL(emulator.url).port))
  let proxyUrl = ''
  beforeAll(async () => {
    proxyUrl = await proxy.start()
  })
  afterAll(() => proxy.stop())

  test('every call goes through the proxy that http_proxy names', async () => {
    proxy.seen.length = 0
    emulator.scenario = { stepMs: 100 }
    const endpoint = `http://${host}:${new URL(emulator.url).port}`
    const result = await runAction({
      endpoint,
      // Not a loopback endpoint: the 5 s floor applies.
      inputs: { ...CREATE_IMAGE_INPUTS, 'poll-interval': '5' },
      env: { http_proxy: proxyUrl }
    })
    expect(errorsOf(result)).toEqual([])
    expect(result.outputs.status).toBe('AVAILABLE')
    expect(proxy.seen.length).toBeGreaterThan(3)
    expect(new Set(proxy.seen)).toEqual(new Set([host]))
  })

  test('NO_PROXY sends the calls to its hosts directly', async () => {
    proxy.seen.length = 0
    emulator.scenario = { stepMs: 100 }
    const result = await run({}, { env: { HTTP_PROXY: proxyUrl, NO_PROXY: 'localhost,127.0.0.1' } })
    expect(result.outputs.status).toBe('AVAILABLE')
    expect(proxy.seen).toEqual([])
  })
})

describe('advice that applies to expired credentials', () => {
  test('with role-to-assume, expired credentials do not send the user to configure-aws-credentials', async () => {
    emulator.scenario = { stepMs: 2000 }
    emulator.inject({ operation: 'GetImage', errorType: 'ExpiredTokenException', after: 1 })
    const result = await run(
      { 'role-to-assume': `arn:aws:iam::${ACCOUNT}:role/ci` },
      {
        env: oidcEnv(emulator)
      }
    )
    const [error] = errorsOf(result)
    expect(error).toContain('ExpiredTokenException')
    expect(error).toContain(
      'The credentials from role-to-assume expired before the action could renew them'
    )
    expect(error).not.toContain('configure-aws-credentials')
    expect(result.outputs.status).not.toBe('')
  })
})

describe('the post step leaves alone what the main step settled', () => {
  test.each<[string, Record<string, string>, () => void]>([
    [
      'a failed build',
      {},
      () =>
        (emulator.scenario = {
          stepMs: 50,
          fail: { workflow: 'BUILD', step: 'ApplyBuildComponents', message: 'boom' }
        })
    ],
    [
      "a timeout with 'cancel-on-timeout: false'",
      { 'timeout-minutes': '0.02', 'cancel-on-timeout': 'false' },
      () => (emulator.scenario = { stepMs: 60_000, phaseMs: 100 })
    ]
  ])('%s', async (_name, inputs, arrange) => {
    arrange()
    const main = await run({ ...inputs, 'show-build-log': 'never' })
    expect(main.exitCode).toBe(1)
    expect(main.state.settled).toBe('true')
    emulator.requests.length = 0
    const post = await runAction({
      endpoint: emulator.url,
      entry: 'post',
      inputs: CREATE_IMAGE_INPUTS,
      state: main.state
    })
    expect(post.exitCode).toBe(0)
    expect(emulator.requests).toEqual([])
  })
})
