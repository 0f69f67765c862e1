// distribute, retry and watch from source: their requests, and the same wait and report.
import { afterEach, describe, expect, jest, test } from '@jest/globals'
import { ACCOUNT, DIST_OWN_THREE_REGIONS, IMAGE_RECIPE } from '../../emulator/fixtures.js'
import { REALISTIC, errors, inProcessSetup } from './support.js'

const t = inProcessSetup()
const throttle = t.throttle
const ROLE = `arn:aws:iam::${ACCOUNT}:role/ImageBuilderDistribution`

describe('mode: distribute', () => {
  test('copies an AMI to three regions and follows the new image', async () => {
    const result = await t.main({
      bare: true,
      inputs: {
        mode: 'distribute',
        'source-image': 'ami-0123456789abcdef0',
        'distribution-configuration-arn': DIST_OWN_THREE_REGIONS,
        'execution-role': ROLE,
        tags: '[{"Key": "release", "Value": "2026.11"}]'.replace(/.*/, 'release: "2026.11"'),
        'log-group-name': '/ci/distribute'
      }
    })
    expect(errors(result)).toEqual([])
    expect(t.emulator.calls('DistributeImage')[0].body).toMatchObject({
      sourceImage: 'ami-0123456789abcdef0',
      executionRole: ROLE,
      tags: { release: '2026.11' },
      loggingConfiguration: { logGroupName: '/ci/distribute' }
    })
    expect(Object.keys(JSON.parse(result.outputs['ami-ids']))).toHaveLength(3)
  })

  test('needs the distribution configuration and an execution role', async () => {
    const result = await t.main({
      bare: true,
      inputs: { mode: 'distribute', 'source-image': 'ssm:/golden/latest' }
    })
    expect(errors(result)[0]).toMatch(
      /^2 inputs are invalid:\n- Input 'distribution-configuration-arn' is required: .*\n- Input 'execution-role' is required: /
    )
  })

  test.each([
    ['not a source at all', 'my-ami', /must be an AMI ID/],
    ['an image ARN of the wrong kind', IMAGE_RECIPE, /must be an image version ARN/],
    ['nothing', '', /is required: an AMI ID/]
  ])('refuses %s as the source image', async (_what, source, message) => {
    const result = await t.main({
      bare: true,
      inputs: {
        mode: 'distribute',
        'source-image': source,
        'distribution-configuration-arn': DIST_OWN_THREE_REGIONS,
        'execution-role': 'Role'
      }
    })
    expect(errors(result)[0]).toMatch(message)
    expect(t.emulator.requests).toEqual([])
  })
})

/** A build that failed in its test workflow, to retry. */
async function failedInTest() {
  t.emulator.scenario = {
    ...REALISTIC,
    fail: { workflow: 'TEST', step: 'ApplyTestComponents', message: 'flaky check' }
  }
  const failed = await t.main()
  expect(failed.outputs.status).toBe('FAILED')
  return failed
}

/**
 * The first status read after RetryImage is still the old one (GetImage and the listings are not
 * read at one instant, nor from one replica).
 */
function staleFailedOnce(): void {
  t.emulator.inject({
    operation: 'GetImage',
    after: 1,
    times: 1,
    transform: body => {
      const image = body.image as { state?: unknown }
      return { ...body, image: { ...image, state: { status: 'FAILED', reason: 'flaky check' } } }
    }
  })
}

describe('mode: retry and mode: watch', () => {
  afterEach(() => {
    jest.restoreAllMocks()
  })

  test('a build that failed in distribution is retried in place and followed to the end', async () => {
    t.emulator.scenario = {
      ...REALISTIC,
      fail: { status: 'DISTRIBUTING', targetsDone: 0, message: 'snapshot quota exceeded' }
    }
    const failed = await t.main()
    expect(failed.outputs.status).toBe('FAILED')
    t.emulator.scenario = REALISTIC
    t.emulator.retryStaleMs = 30_000
    const retried = await t.main({
      bare: true,
      inputs: { mode: 'retry', 'image-arn': failed.outputs['image-arn'] }
    })
    expect(errors(retried)).toEqual([])
    expect(retried.outputs['image-arn']).toBe(failed.outputs['image-arn'])
    expect(retried.outputs.status).toBe('AVAILABLE')
    expect(retried.lines[0]).toMatch(/^Retrying .*, which is FAILED: snapshot quota exceeded$/)
    expect(retried.lines.some(l => l.startsWith('  Earlier: BUILD workflow build-image'))).toBe(
      true
    )
  })

  test('a stale FAILED read beside the re-run workflow already running is not taken for the end', async () => {
    const failed = await failedInTest()
    t.emulator.scenario = REALISTIC
    // The re-run starts at once, and the first status read after RetryImage is the old one.
    staleFailedOnce()
    const retried = await t.main({
      bare: true,
      inputs: { mode: 'retry', 'image-arn': failed.outputs['image-arn'] }
    })
    expect(errors(retried)).toEqual([])
    expect(retried.outputs.status).toBe('AVAILABLE')
    expect(retried.lines.filter(l => /Image ended FAILED/.test(l))).toEqual([])
    expect(retried.lines.filter(l => /\] ▶ ApplyTestComponents /.test(l))).toHaveLength(1)
  })

  test('a stale FAILED read with its listing cut short: the re-run still ends with its last steps listed', async () => {
    const failed = await failedInTest()
    jest.spyOn(Math, 'random').mockReturnValue(0.5)
    // A re-run of 18 minutes: longer than the 15 (60 polls) a cut-short end is tried again for.
    t.emulator.retryScenario = { stepMs: 6 * 60_000, phaseMs: 1000, targetMs: 1000 }
    // The first look after RetryImage reads the old FAILED, and its workflow listing is refused.
    staleFailedOnce()
    throttle('ListWorkflowExecutions', 2, { after: 1 })
    // The look that reads the re-run's end has its step listing refused, and once more after.
    let ended = false
    t.emulator.inject({
      operation: 'GetImage',
      transform: body => {
        const status = (body.image as { state?: { status?: string } }).state?.status
        if (status === 'AVAILABLE' && !ended) throttle('ListWorkflowStepExecutions', 3)
        ended ||= status === 'AVAILABLE'
        return body
      }
    })
    const retried = await t.main({
      bare: true,
      inputs: { mode: 'retry', 'image-arn': failed.outputs['image-arn'] }
    })
    expect(retried.outputs.status).toBe('AVAILABLE')
    // Before, the time a cut-short end is tried again for counted from the old FAILED read, and
    // had passed: the end was reported without its last step.
    const last = retried.lines.filter(l => /\] ✔ TerminateTestInstance completed/.test(l))
    expect(last).toHaveLength(1)
  })

  test('throttled at every call before the wait: ten minutes in all, not ten at each call', async () => {
    const failed = await failedInTest()
    // Pauses drawn at the middle: the read waits 8.5, 16.5, then 30.5 s; the retry 16.5, 30.5 s.
    jest.spyOn(Math, 'random').mockReturnValue(0.5)
    // The read before the retry is throttled for five and a half minutes, the retry from then on.
    throttle('GetImage', 12)
    throttle('RetryImage', 1000)
    const retried = await t.main({
      bare: true,
      inputs: { mode: 'retry', 'image-arn': failed.outputs['image-arn'] }
    })
    expect(retried.exitCode).toBe(1)
    expect(errors(retried)[0]).toMatch(/^RetryImage failed: ThrottlingException: /)
    const first =
      t.emulator.calls('GetImage').find(c => c.fault?.includes('Throttling') === true)?.at ?? 0
    const retries = t.emulator.calls('RetryImage')
    expect(retries.length).toBeGreaterThan(5)
    // Before, the retry had ten minutes of its own: its last attempt came 15 minutes in.
    expect((retries.at(-1)?.at ?? 0) - first).toBeLessThanOrEqual(600_000)
    expect((retries.at(-1)?.at ?? 0) - first).toBeGreaterThan(540_000)
  })

  test('watch follows an image it did not start, and never cancels it', async () => {
    const started = await t.main({ inputs: { wait: 'false' } })
    const watched = await t.main({
      bare: true,
      inputs: { mode: 'watch', 'image-arn': started.outputs['image-arn'], wait: 'false' }
    })
    expect(watched.outputs.status).toBe('AVAILABLE')
    expect(watched.annotations.filter(a => a.level === 'warning').map(a => a.message)).toEqual([
      "Mode 'watch' does not use 'wait'; it is ignored."
    ])
    expect(watched.state).toMatchObject({ started: 'false' })
  })

  test.each([
    [9, ['[00:00] Status TESTING', expect.stringMatching(/\] Status INTEGRATING$/)]],
    // INTEGRATING has no workflows to list: the first listing comes with the end.
    [11.5, ['[00:00] Status INTEGRATING']]
  ])(
    'watch of a build under way (%s min in) starts from the status it reads, not the stages of workflows run before',
    async (minutes, statuses) => {
      const started = await t.main({ inputs: { wait: 'false' } })
      t.clock.advance(minutes * 60_000)
      const watched = await t.main({
        bare: true,
        inputs: { mode: 'watch', 'image-arn': started.outputs['image-arn'] }
      })
      expect(watched.outputs.status).toBe('AVAILABLE')
      expect(watched.lines.filter(l => /\] Status [A-Z]/.test(l))).toEqual([
        ...statuses,
        expect.stringMatching(/\] Status AVAILABLE$/)
      ])
      expect(watched.summary).not.toMatch(/BUILDING/)
    }
  )

  test('a client token that names a build under way: not shown as new, nor its earlier stages', async () => {
    const inputs = { 'client-token': 'shared-build-token', wait: 'false' }
    const first = await t.main({ inputs })
    t.clock.advance(9 * 60_000)
    const again = await t.main({ inputs: { 'client-token': 'shared-build-token' } })
    expect(again.outputs['image-arn']).toBe(first.outputs['image-arn'])
    expect(again.outputs.status).toBe('AVAILABLE')
    expect(again.lines.filter(l => /\] Status [A-Z]/.test(l))[0]).toBe('[00:00] Status TESTING')
    expect(again.lines.filter(l => /Status (PENDING|BUILDING)/.test(l))).toEqual([])
  })

  test.each([
    ['retry', "is required for mode 'retry'"],
    ['watch', "is required for mode 'watch'"]
  ])('%s without an image ARN', async (mode, message) => {
    const result = await t.main({ bare: true, inputs: { mode } })
    expect(errors(result)[0]).toContain(`Input 'image-arn' ${message}`)
  })

  test('retry of a version ARN without a build number', async () => {
    const result = await t.main({
      bare: true,
      inputs: {
        mode: 'retry',
        'image-arn': `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/golden/1.2.0`
      }
    })
    expect(errors(result)[0]).toMatch(/is an image version ARN without a build number/)
  })
})
