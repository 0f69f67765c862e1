// The main step from source, in this process, on a fake clock shared with the emulator: the same
// paths as the end-to-end tests, in milliseconds, and measured for coverage.
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import {
  COMPONENT_FAILURE,
  CONTAINER_RECIPE,
  DIST_THREE_REGIONS,
  IMAGE_RECIPE
} from '../../emulator/fixtures.js'
import { REALISTIC, errors, inProcessSetup, warnings } from './support.js'

const t = inProcessSetup()
const emulator = t.emulator
const runMain = t.main

describe('create-image', () => {
  test('a build that succeeds: outputs, log, summary', async () => {
    const result = await runMain({
      inputs: { 'distribution-configuration-arn': DIST_THREE_REGIONS, tags: 'team: platform' }
    })
    expect(errors(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('AVAILABLE')
    expect(Object.keys(JSON.parse(result.outputs['ami-ids']))).toEqual([
      'us-east-1',
      'us-west-2',
      'eu-west-1'
    ])
    expect(JSON.parse(result.outputs.amis)).toHaveLength(6)
    expect(result.lines).toContain('[00:00] Status PENDING')
    expect(result.groups.some(g => g.startsWith('BUILD workflow build-image'))).toBe(true)
    expect(result.summary).toContain('Image build AVAILABLE')
    expect(result.state.settled).toBe('true')
  })

  test('a container build outputs its image URIs', async () => {
    const result = await runMain({
      inputs: { 'image-recipe-arn': '', 'container-recipe-arn': CONTAINER_RECIPE }
    })
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.outputs['image-uris'])).toEqual([
      expect.stringMatching(/\.dkr\.ecr\.us-east-1\.amazonaws\.com\/web-base:/)
    ])
    expect(result.summary).toContain('Container images')
  })

  test('a failed test step: the diagnosis, the build log, the summary', async () => {
    emulator.scenario = {
      ...REALISTIC,
      fail: {
        workflow: 'TEST',
        step: 'ApplyTestComponents',
        message: 'Component failed',
        component: COMPONENT_FAILURE
      }
    }
    const result = await runMain()
    expect(result.exitCode).toBe(1)
    expect(result.outputs.status).toBe('FAILED')
    const [error] = errors(result)
    expect(error).toContain('Image build failed')
    expect(error).toContain(
      `failed in phase test, step RunChecks (ExecuteBash): 3 of 112 <checks> failed`
    )
    expect(
      result.groups.some(g => g.startsWith('Build log: /aws/imagebuilder/golden-al2023'))
    ).toBe(true)
    // The build log is inert: its workflow command is a plain line.
    expect(result.lines).toContain('Stderr: ::error::this line came from the build instance')
    expect(result.summary).toContain('Why it failed')
    expect(result.summary).toContain('&#60;checks&#62;')
  })

  test('a failed step without failureContext is diagnosed from the steps seen', async () => {
    emulator.scenario = {
      fail: {
        workflow: 'BUILD',
        step: 'ApplyBuildComponents',
        message: 'boom',
        noFailureContext: true
      },
      noBuildLog: true
    }
    const result = await runMain()
    expect(result.exitCode).toBe(1)
    expect(errors(result)[0]).toMatch(
      /Step ApplyBuildComponents \(ExecuteComponents\) of the BUILD workflow build-image failed: boom/
    )
    expect(warnings(result).join('\n')).toContain('No build log at')
  })

  test('distribution that fails in a region names the region', async () => {
    emulator.scenario = {
      ...REALISTIC,
      fail: { status: 'DISTRIBUTING', targetsDone: 1, message: 'copy failed' }
    }
    const result = await runMain({
      inputs: { 'distribution-configuration-arn': DIST_THREE_REGIONS, 'show-build-log': 'never' }
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result)[0]).toContain('copy failed')
    expect(result.summary).toContain('Why it failed')
  })

  test('a timeout cancels the build it started', async () => {
    const result = await runMain({ inputs: { 'timeout-minutes': '2' } })
    expect(result.exitCode).toBe(1)
    expect(errors(result)[0]).toMatch(
      /^Timed out after 2m00s waiting for .* The build was cancelled/
    )
    expect(emulator.calls('CancelImageCreation')).toHaveLength(1)
    expect(result.summary).toContain('timed out')
  })

  test("a timeout with 'cancel-on-timeout: false' leaves the build running", async () => {
    const result = await runMain({
      inputs: { 'timeout-minutes': '1', 'cancel-on-timeout': 'false' }
    })
    expect(errors(result)[0]).toContain('The build continues in AWS.')
    expect(emulator.calls('CancelImageCreation')).toHaveLength(0)
  })

  test("'wait: false' ends once the build has started", async () => {
    const result = await runMain({ inputs: { wait: 'false' } })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['image-arn']).toMatch(/image\/golden-al2023\/1\.2\.0\/\d+$/)
    expect(result.lines).toContain("Not waiting for the build ('wait' is false).")
    expect(emulator.calls('GetImage')).toHaveLength(0)
  })

  test('an image not visible at first, an unknown status, and a lifecycle change', async () => {
    emulator.scenario = { ...REALISTIC, notFoundMs: 20_000, extraStatus: 'VALIDATING' }
    // A status outside the model's enum, as a newer service may send: on purpose.
    emulator.allowModelViolations()
    const result = await runMain()
    expect(result.lines.some(l => l.includes('Image not visible yet'))).toBe(true)
    expect(
      result.lines.some(l => l.includes('Status VALIDATING is not one this action knows'))
    ).toBe(true)
    expect(result.exitCode).toBe(0)
  })

  test('the image deprecated by lifecycle management while waiting', async () => {
    t.clock.at(5 * 60_000, () =>
      emulator.setStatus([...emulator.images.keys()].pop() ?? '', 'DEPRECATED')
    )
    const result = await runMain()
    expect(result.exitCode).toBe(1)
    expect(errors(result)[0]).toMatch(/^Image became DEPRECATED while waiting/)
  })

  test('transient errors while polling are retried, then the build is followed to the end', async () => {
    // The SDK tries each call four times: the fifth failure in a row fails a poll.
    emulator.inject({ operation: 'GetImage', errorType: 'ServiceUnavailableException', times: 4 })
    const result = await runMain()
    expect(result.exitCode).toBe(0)
    expect(result.lines.some(l => l.includes('Retrying in'))).toBe(true)
  })

  test('polling that keeps failing stops the wait and says the build continues', async () => {
    emulator.inject({ operation: 'GetImage', errorType: 'ServiceException', after: 2 })
    const result = await runMain()
    expect(result.exitCode).toBe(1)
    expect(errors(result)[0]).toMatch(
      /^Stopped waiting for the image: Status checks kept failing for \d+ s; .* The build continues in AWS\. To follow it to the end, run this action with mode: watch/
    )
  })

  test('a submit that fails past the SDK retries is repeated with the same client token', async () => {
    // Four failures use up the SDK's attempts; the action's own retry sends it again.
    emulator.inject({ operation: 'CreateImage', errorType: 'ServiceException', times: 4 })
    const result = await runMain({ inputs: { wait: 'false' } })
    expect(result.exitCode).toBe(0)
    const tokens = emulator.calls('CreateImage').map(r => r.body.clientToken)
    expect(tokens).toHaveLength(5)
    expect(
      result.lines.some(l =>
        /^CreateImage failed: ServiceException: .* Retrying in \d+ s\.$/.test(l)
      )
    ).toBe(true)
    expect(new Set(tokens).size).toBe(1)
  })

  describe('a throttled start', () => {
    // Pauses drawn at the middle: 16.5 s, then 30.5 s each (1 s up to 32, then up to a minute).
    beforeEach(() => {
      jest.spyOn(Math, 'random').mockReturnValue(0.5)
    })
    afterEach(() => {
      jest.restoreAllMocks()
    })
    const throttle = (operation: string, times: number): void =>
      t.throttle(operation, times, { status: 429 })

    test('is sent again past two minutes: it made nothing, and the account takes it later', async () => {
      throttle('CreateImage', 8)
      const result = await runMain({ inputs: { wait: 'false' } })
      expect(result.exitCode).toBe(0)
      expect(errors(result)).toEqual([])
      expect(emulator.calls('CreateImage')).toHaveLength(9)
      expect(
        result.lines.filter(l => /^CreateImage failed: ThrottlingException/.test(l))
      ).toHaveLength(8)
      expect(result.outputs['image-arn']).toMatch(/^arn:aws:imagebuilder:/)
    })

    test('for ten minutes fails, naming the throttling and what to do, with nothing started', async () => {
      throttle('CreateImage', 100)
      const result = await runMain({ inputs: { wait: 'false' } })
      expect(result.exitCode).toBe(1)
      // 16.5 s, then 30.5 s apart: the 21st is sent 596 s after the first, and a 22nd would be late.
      const calls = emulator.calls('CreateImage')
      expect(calls).toHaveLength(21)
      expect((calls.at(-1)?.at ?? 0) - (calls[0]?.at ?? 0)).toBeLessThanOrEqual(600_000)
      expect(errors(result)[0]).toMatch(
        /^CreateImage failed: ThrottlingException: .*Image Builder throttled the account: run fewer builds at once/
      )
      expect(result.outputs.status).toBe('REQUEST_FAILED')
      expect(result.summary).toContain('ThrottlingException')
    })

    test('leaves the two minutes 5xx answers are borne to count from the first of them', async () => {
      throttle('CreateImage', 5)
      // Four 5xx answers use up one attempt's SDK retries; then the start is taken.
      emulator.inject({ operation: 'CreateImage', errorType: 'ServiceException', times: 4 })
      const result = await runMain({ inputs: { wait: 'false' } })
      expect(result.exitCode).toBe(0)
      expect(
        result.lines.some(l =>
          /^CreateImage failed: ServiceException: .* Retrying in \d+ s\.$/.test(l)
        )
      ).toBe(true)
    })

    test('then 5xx answers on and on: these fail the step two minutes after the first, not ten', async () => {
      throttle('CreateImage', 5)
      emulator.inject({ operation: 'CreateImage', errorType: 'ServiceException', times: 1000 })
      const result = await runMain({ inputs: { wait: 'false' } })
      expect(result.exitCode).toBe(1)
      expect(errors(result)[0]).toMatch(/^CreateImage failed: ServiceException: /)
      const calls = emulator.calls('CreateImage')
      const first5xx = calls.find(c => c.fault?.includes('ServiceException') === true)?.at ?? 0
      expect(first5xx).toBeGreaterThan(0)
      expect((calls.at(-1)?.at ?? 0) - first5xx).toBeGreaterThan(60_000)
      expect((calls.at(-1)?.at ?? 0) - first5xx).toBeLessThanOrEqual(120_000)
      expect(result.outputs.status).toBe('REQUEST_FAILED')
    })
  })

  test('an error from the service is named, with what to do', async () => {
    emulator.inject({
      operation: 'CreateImage',
      errorType: 'AccessDeniedException',
      message: 'not allowed'
    })
    const result = await runMain()
    expect(errors(result)).toEqual([
      'CreateImage failed: AccessDeniedException: not allowed. Allow imagebuilder:CreateImage for the role this job uses, plus iam:PassRole on the instance profile role and execution role.'
    ])
  })

  test('a recipe the account does not have', async () => {
    const result = await runMain({
      inputs: { 'image-recipe-arn': IMAGE_RECIPE.replace('golden-al2023', 'golden-al2025') }
    })
    expect(errors(result)[0]).toMatch(
      /^CreateImage failed: ResourceNotFoundException: .*golden-al2025.* Check that the ARNs exist in this account and region\.$/
    )
  })

  test('bad input fails before any call, every problem at once', async () => {
    const result = await runMain({ inputs: { wait: 'maybe', 'poll-interval': '0', tags: '- a' } })
    expect(result.exitCode).toBe(1)
    expect(errors(result)[0]).toMatch(/^3 inputs are invalid:\n- Input 'tags' must be a map/)
    expect(emulator.requests).toEqual([])
  })

  test('an input another mode uses is warned about', async () => {
    const result = await runMain({
      inputs: { 'source-image': 'ami-0123456789abcdef0', wait: 'false' }
    })
    expect(warnings(result)).toEqual([
      "Mode 'create-image' does not use 'source-image'; it is ignored."
    ])
  })
})

describe('waiting steps', () => {
  beforeEach(() => {
    emulator.scenario = { ...REALISTIC, waitingStep: { workflow: 'TEST', name: 'WaitForApproval' } }
  })

  test.each([
    ['resume', 0, 'AVAILABLE'],
    ['stop', 1, 'FAILED']
  ])('on-waiting-step: %s', async (answer, exitCode, status) => {
    const result = await runMain({ inputs: { 'on-waiting-step': answer } })
    expect(
      result.annotations.some(a => a.level === 'notice' && a.message.includes('WaitForApproval'))
    ).toBe(true)
    expect(emulator.calls('SendWorkflowStepAction')[0].body.action).toBe(answer.toUpperCase())
    expect(result.exitCode).toBe(exitCode)
    expect(result.outputs.status).toBe(status)
  })

  test('a step listed on a later page of ListWaitingWorkflowSteps is answered', async () => {
    // Only ListWaitingWorkflowSteps tells the step waits. Another build waits first, and one
    // step a page puts this run's step on the second page.
    emulator.scenario = {
      ...REALISTIC,
      waitingStep: { workflow: 'TEST', name: 'WaitForApproval', reportAs: 'RUNNING_WITHOUT_ACTION' }
    }
    expect((await runMain({ inputs: { wait: 'false' } })).exitCode).toBe(0)
    emulator.pageSize = 1
    const result = await runMain({ inputs: { 'on-waiting-step': 'resume' } })
    const answered = emulator.calls('SendWorkflowStepAction').map(r => r.body.imageBuildVersionArn)
    expect(answered).toEqual([result.outputs['image-arn']])
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('AVAILABLE')
  })

  test('an answer the service refuses is a warning, and the wait goes on until the timeout', async () => {
    emulator.inject({ operation: 'SendWorkflowStepAction', errorType: 'AccessDeniedException' })
    const result = await runMain({
      inputs: { 'on-waiting-step': 'resume', 'timeout-minutes': '30' }
    })
    expect(warnings(result)[0]).toMatch(/^SendWorkflowStepAction failed: AccessDeniedException/)
    expect(result.exitCode).toBe(1)
  })
})
