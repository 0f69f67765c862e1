// Throttling, 5xx, dropped connections, slow answers, lost submit answers, job cancellation, the
// post step and expired credentials: each injected by the emulator into a real run of the bundle.
import { describe, expect, test } from '@jest/globals'
import type { FaultSpec } from '../../emulator/index.js'
import { useEmulator } from '../support/use-emulator.js'
import { CREATE_IMAGE_INPUTS } from '../../emulator/fixtures.js'
import { runAction, type RunOptions, type RunResult } from '../support/harness.js'

const emulator = useEmulator()

const BASE = CREATE_IMAGE_INPUTS
const run = (
  inputs: Record<string, string> = {},
  options: Partial<RunOptions> = {}
): Promise<RunResult> =>
  runAction({ endpoint: emulator.url, inputs: { ...BASE, ...inputs }, ...options })

/** The post step with the state a main step left, after clearing the request log. */
function runPost(
  state: Record<string, string>,
  inputs: Record<string, string> = {}
): Promise<RunResult> {
  emulator.requests.length = 0
  return runAction({ endpoint: emulator.url, entry: 'post', inputs: { ...BASE, ...inputs }, state })
}

const errorsOf = (result: RunResult): string[] =>
  result.annotations.filter(a => a.level === 'error').map(a => a.message)
const STEPS = [
  'LaunchBuildInstance',
  'ApplyBuildComponents',
  'CreateOutputAMI',
  'LaunchTestInstance',
  'ApplyTestComponents'
]

/** Resolves once the emulator has answered the first GetImage: the action is waiting. */
const waiting = (): boolean => emulator.calls('GetImage').length > 0

describe('faults on the polling calls do not lose the build or the stream', () => {
  test.each<[string, FaultSpec[]]>([
    [
      'throttling on GetImage (CallRateLimitExceededException)',
      [{ operation: 'GetImage', errorType: 'CallRateLimitExceededException', every: 2, times: 8 }]
    ],
    [
      'throttling on the execution listing (TooManyRequestsException)',
      [{ operation: 'ListWorkflowExecutions', errorType: 'TooManyRequestsException', times: 5 }]
    ],
    [
      'a bare HTTP 429 with an unmodelled error type',
      [{ operation: 'GetImage', errorType: 'ThrottlingException', status: 429, times: 5 }]
    ],
    [
      '503 on the step listing',
      [
        {
          operation: 'ListWorkflowStepExecutions',
          errorType: 'ServiceUnavailableException',
          every: 2,
          times: 6
        }
      ]
    ],
    ['500 on GetImage', [{ operation: 'GetImage', errorType: 'ServiceException', times: 5 }]],
    ['reset connections on every polling call', [{ reset: true, every: 3, times: 6 }]],
    [
      'slow answers',
      [
        { operation: 'GetImage', delayMs: 1500, times: 2 },
        { operation: 'ListWorkflowStepExecutions', delayMs: 800, times: 2 }
      ]
    ]
  ])('%s', async (_name, faults) => {
    emulator.scenario = { stepMs: 120 }
    faults.forEach(f => emulator.inject({ ...f, after: f.after ?? 1 }))
    const result = await run()
    expect(errorsOf(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('AVAILABLE')
    expect(emulator.injected).toBeGreaterThan(0)
    for (const step of STEPS)
      expect(result.lines.filter(l => new RegExp(`\\] ✔ ${step} completed`).test(l))).toHaveLength(
        1
      )
  })

  test('faults that outlast the SDK retries are waited out by the poll loop, with backoff', async () => {
    emulator.inject({
      operation: 'GetImage',
      errorType: 'ServiceUnavailableException',
      after: 2,
      times: 6
    })
    const result = await run()
    expect(result.exitCode).toBe(0)
    const retries = result.lines.filter(l =>
      l.includes('Status check failed: ServiceUnavailableException')
    )
    expect(retries.length).toBeGreaterThan(0)
    expect(retries[0]).toMatch(/The AWS side; re-run|fault on the AWS side/)
    expect(retries[0]).toMatch(/Retrying in \d+s\.$/)
    expect(result.outputs.status).toBe('AVAILABLE')
  })

  test('an account-wide rate limit slows the wait but does not fail it', async () => {
    emulator.scenario = { stepMs: 100 }
    emulator.limitRate({ perSecond: 8, burst: 3 })
    const result = await run()
    expect(result.exitCode).toBe(0)
    expect(emulator.throttled).toBeGreaterThan(0)
    expect(result.outputs.status).toBe('AVAILABLE')
  })

  test('sustained failure ends the wait with the last error and how to continue', async () => {
    emulator.scenario = { stepMs: 10_000 }
    emulator.inject({
      operation: 'GetImage',
      errorType: 'ServiceUnavailableException',
      after: 1,
      message: 'Service is down for maintenance'
    })
    const result = await run()
    expect(result.exitCode).toBe(1)
    const [error] = errorsOf(result)
    expect(error).toMatch(
      /^Stopped waiting for the image: Status checks kept failing for \d+ s; the last error was ServiceUnavailableException: Service is down for maintenance\. The build continues in AWS\. To follow it to the end, run this action with mode: watch and image-arn: arn:aws:imagebuilder:\S+, with fresh credentials\.$/
    )
    expect(result.outputs['image-arn']).toMatch(/:image\//)
  })
})

describe('a submit whose answer is lost', () => {
  test.each<[string, FaultSpec]>([
    [
      'to a reset connection',
      { operation: 'CreateImage', afterHandling: true, reset: true, times: 1 }
    ],
    [
      'to a 503',
      {
        operation: 'CreateImage',
        afterHandling: true,
        errorType: 'ServiceUnavailableException',
        times: 2
      }
    ]
  ])('%s is retried with the same client token and creates one image', async (_name, fault) => {
    emulator.inject(fault)
    const before = emulator.images.size
    const result = await run({ wait: 'false' })
    expect(result.exitCode).toBe(0)
    const tokens = emulator.calls('CreateImage').map(r => r.body.clientToken)
    expect(tokens.length).toBeGreaterThan(1)
    expect(new Set(tokens).size).toBe(1)
    expect(emulator.images.size).toBe(before + 1)
    expect(emulator.images.has(result.outputs['image-arn'])).toBe(true)
  })
})

describe('job cancellation', () => {
  test('cancels the build it started and exits before the runner escalates', async () => {
    emulator.scenario = { stepMs: 5000, phaseMs: 20 }
    const result = await run({}, { cancelWhen: waiting })
    expect(result.signalsSent).toEqual(['SIGINT'])
    expect(result.signal).toBeNull()
    expect(result.exitCode).toBe(1)
    expect(emulator.calls('CancelImageCreation')).toHaveLength(1)
    expect(emulator.calls('CancelImageCreation')[0].body.imageBuildVersionArn).toBe(
      result.outputs['image-arn']
    )
    expect(result.lines).toContain('Received SIGINT: the job is being cancelled.')
    expect(errorsOf(result)).toEqual([
      `The job was cancelled, so the image build was cancelled too (status CANCELLED): ${result.outputs['image-arn']}`
    ])
    expect(result.outputs.status).toBe('CANCELLED')
    expect(result.state.settled).toBe('true')

    // The post step sees a settled build and leaves it alone.
    const post = await runPost(result.state)
    expect(post.exitCode).toBe(0)
    expect(emulator.requests).toEqual([])
  })

  test('with cancel-on-job-cancel: false leaves the build running and says so', async () => {
    emulator.scenario = { stepMs: 5000, phaseMs: 20 }
    const result = await run({ 'cancel-on-job-cancel': 'false' }, { cancelWhen: waiting })
    expect(result.exitCode).toBe(1)
    expect(result.signalsSent).toEqual(['SIGINT'])
    expect(emulator.calls('CancelImageCreation')).toEqual([])
    expect(errorsOf(result)).toEqual([
      `The job was cancelled. The build continues in AWS ('cancel-on-job-cancel' is false): ${result.outputs['image-arn']}`
    ])
  })

  test('never cancels a build it only watches', async () => {
    emulator.scenario = { stepMs: 5000, phaseMs: 20 }
    const started = await run({ wait: 'false' })
    emulator.requests.length = 0
    const result = await run(
      {
        mode: 'watch',
        'image-arn': started.outputs['image-arn'],
        'image-recipe-arn': '',
        'infrastructure-configuration-arn': ''
      },
      { cancelWhen: waiting }
    )
    expect(result.exitCode).toBe(1)
    expect(emulator.calls('CancelImageCreation')).toEqual([])
    expect(errorsOf(result)[0]).toMatch(
      /^The job was cancelled\. This step only watched .* so the build continues in AWS\.$/
    )
  })

  test('SIGTERM alone is handled the same way', async () => {
    emulator.scenario = { stepMs: 5000, phaseMs: 20 }
    let pid = 0
    let sent = false
    const result = await run(
      {},
      {
        onSpawn: p => (pid = p),
        cancelWhen: () => {
          if (waiting() && !sent) {
            sent = true
            process.kill(pid, 'SIGTERM')
          }
          return false
        }
      }
    )
    expect(result.exitCode).toBe(1)
    expect(result.lines).toContain('Received SIGTERM: the job is being cancelled.')
    expect(emulator.calls('CancelImageCreation')).toHaveLength(1)
  })
})

describe('the post step', () => {
  /** A main step killed outright while waiting, as when the runner loses it. */
  async function killedMainStep(inputs: Record<string, string> = {}): Promise<RunResult> {
    emulator.scenario = { stepMs: 5000, phaseMs: 20 }
    let pid = 0
    const result = await run(inputs, {
      onSpawn: p => (pid = p),
      cancelWhen: () => {
        if (waiting()) process.kill(pid, 'SIGKILL')
        return false
      }
    })
    expect(result.signal).toBe('SIGKILL')
    expect(result.state.settled).toBeUndefined()
    return result
  }

  test('cancels a build the main step started and never settled', async () => {
    const main = await killedMainStep()
    const post = await runPost(main.state)
    expect(post.exitCode).toBe(0)
    expect(emulator.calls('CancelImageCreation').map(r => r.body.imageBuildVersionArn)).toEqual([
      main.state['image-arn']
    ])
    expect(post.lines).toContain(
      `Cancelled the image build (the main step did not finish): ${main.state['image-arn']}`
    )
  })

  test('leaves it running with cancel-on-job-cancel: false', async () => {
    const main = await killedMainStep({ 'cancel-on-job-cancel': 'false' })
    const post = await runPost(main.state, { 'cancel-on-job-cancel': 'false' })
    expect(post.exitCode).toBe(0)
    expect(emulator.requests).toEqual([])
  })

  test('does not cancel a build that has already ended', async () => {
    const main = await killedMainStep()
    emulator.setStatus(main.state['image-arn'], 'AVAILABLE')
    const post = await runPost(main.state)
    expect(post.exitCode).toBe(0)
    expect(emulator.calls('CancelImageCreation')).toEqual([])
    expect(post.lines).toContain(
      `The main step did not finish, but ${main.state['image-arn']} has already ended (AVAILABLE).`
    )
  })

  test('never touches a build it did not start, or one left with wait: false', async () => {
    const arn = 'arn:aws:imagebuilder:us-east-1:123456789012:image/golden-al2023/1.2.0/99'
    const watched = await runPost({ 'image-arn': arn, started: 'false' })
    expect(emulator.requests).toEqual([])
    const unwaited = await runPost({ 'image-arn': arn, started: 'true' }, { wait: 'false' })
    expect([watched.exitCode, unwaited.exitCode]).toEqual([0, 0])
    expect(emulator.requests).toEqual([])
  })
})

describe('credentials that stop working while waiting', () => {
  test.each([
    [
      'an expired token',
      'ExpiredTokenException',
      /The AWS credentials expired\. Lengthen the session: set role-duration-seconds/
    ],
    [
      'credentials that are no longer accepted',
      'UnrecognizedClientException',
      /The AWS credentials were not accepted/
    ]
  ])('%s ends the wait with the ARN, and how to continue', async (_name, errorType, advice) => {
    emulator.scenario = { stepMs: 5000, phaseMs: 20 }
    emulator.inject({
      operation: 'GetImage',
      errorType,
      after: 2,
      message: 'The security token included in the request is expired'
    })
    const result = await run()
    expect(result.exitCode).toBe(1)
    const [error] = errorsOf(result)
    expect(error).toMatch(
      new RegExp(
        `^Stopped waiting for the image: GetImage failed: ${errorType}: The security token included in the request is expired\\.`
      )
    )
    expect(error).toMatch(advice)
    expect(error).toContain(
      `The build continues in AWS. To follow it to the end, run this action with mode: watch and image-arn: ${result.outputs['image-arn']}, with fresh credentials.`
    )
    expect(emulator.calls('CancelImageCreation')).toEqual([])
  })
})
