// Issue 21 §6: a cancel during the submit sends the start call again only when an earlier attempt's
// outcome is unknown, a few times at most and paced; RetryImage is never sent again; a refused
// cancel is "already ended" only when the image's status says so. The requests the emulator
// received are the evidence.
import { describe, expect, test } from '@jest/globals'
import { CREATE_IMAGE_INPUTS } from '../../emulator/fixtures.js'
import type { RecordedRequest } from '../../emulator/index.js'
import { runAction, type RunOptions, type RunResult } from '../support/harness.js'
import { useEmulator } from '../support/use-emulator.js'

const emulator = useEmulator()

const run = (inputs: Record<string, string> = {}, options: RunOptions = {}): Promise<RunResult> =>
  runAction({ endpoint: emulator.url, ...options, inputs: { ...CREATE_IMAGE_INPUTS, ...inputs } })
/** The post step with the state the main step left, after clearing the request log. */
function runPost(main: RunResult, inputs: Record<string, string> = {}): Promise<RunResult> {
  emulator.requests.length = 0
  return run(inputs, { entry: 'post', state: main.state })
}
const errorsOf = (result: RunResult): string[] =>
  result.annotations.filter(a => a.level === 'error').map(a => a.message)
const statusOf = (arn: string): { status: string; reason?: string } =>
  emulator.describeImage(arn).state as { status: string; reason?: string }
/** The pauses between the requests, in ms. */
const gaps = (requests: RecordedRequest[]): number[] =>
  requests.slice(1).map((r, i) => r.at - requests[i].at)

/**
 * Cancels `ms` after the emulator received `count` calls of `operation`: well inside the backoff
 * that follows a refused attempt (a second at least), so no attempt is in flight then.
 */
function cancelAfter(operation: string, count: number, ms: number) {
  const cancel = { at: 0, calls: 0 }
  const when = (): boolean => {
    if (emulator.calls(operation).length < count) return false
    cancel.at ||= Date.now()
    if (Date.now() - cancel.at < ms) return false
    cancel.calls = emulator.calls(operation).length
    return true
  }
  return { cancel, when }
}

describe('a cancel during the submit', () => {
  test('while CreateImage is throttled: no CreateImage is sent again, here or in the post step', async () => {
    emulator.inject({ operation: 'CreateImage', errorType: 'CallRateLimitExceededException' })
    const { cancel, when } = cancelAfter('CreateImage', 1, 300)
    const main = await run({}, { cancelWhen: when })
    expect(main.signalsSent).toEqual(['SIGINT'])
    expect(cancel.calls).toBe(1)
    // A throttled call made nothing: there is no image to learn.
    expect(emulator.calls('CreateImage')).toHaveLength(cancel.calls)
    expect(emulator.calls('CancelImageCreation')).toEqual([])
    expect(main.exitCode).toBe(1)
    expect(errorsOf(main)).toEqual([
      'The job was cancelled during CreateImage, which Image Builder had refused each time it was sent: no build was started.'
    ])
    expect(main.outputs.status).toBe('JOB_CANCELLED')
    expect(main.state.settled).toBe('true')
    const post = await runPost(main)
    expect(post.exitCode).toBe(0)
    expect(emulator.requests).toEqual([])
  })

  test('after an answer that was lost: sent again a few times at most, paced like other calls', async () => {
    emulator.scenario = { stepMs: 60_000 }
    // The first CreateImage makes an image but its answer is lost; the account is throttled after.
    emulator.inject({
      operation: 'CreateImage',
      errorType: 'ServiceUnavailableException',
      afterHandling: true,
      times: 1
    })
    emulator.inject({ operation: 'CreateImage', errorType: 'CallRateLimitExceededException' })
    const { cancel, when } = cancelAfter('CreateImage', 2, 300)
    const main = await run({}, { cancelWhen: when })
    expect(main.signalsSent).toEqual(['SIGINT'])
    const resent = emulator.calls('CreateImage').slice(cancel.calls)
    expect(resent.length).toBeGreaterThanOrEqual(1)
    expect(resent.length).toBeLessThanOrEqual(3)
    for (const gap of gaps(resent)) expect(gap).toBeGreaterThanOrEqual(900)
    expect(errorsOf(main)[0]).toMatch(/the post step will look for the image it may have made/)
    expect(main.state.settled).toBeUndefined()

    const post = await runPost(main)
    const again = emulator.calls('CreateImage')
    expect(again.length).toBeGreaterThanOrEqual(1)
    expect(again.length).toBeLessThanOrEqual(3)
    for (const gap of gaps(again)) expect(gap).toBeGreaterThanOrEqual(900)
    expect(new Set(again.map(r => r.body.clientToken))).toEqual(
      new Set([emulator.calls('CreateImage')[0].body.clientToken])
    )
    expect(post.exitCode).toBe(0)
  })

  test('during RetryImage: never sent again; the FAILED image keeps its failure', async () => {
    emulator.scenario = {
      fail: { workflow: 'TEST', step: 'ApplyTestComponents', message: 'flaky check' }
    }
    const failed = await run()
    const arn = failed.outputs['image-arn']
    expect(statusOf(arn).status).toBe('FAILED')
    const reason = statusOf(arn).reason
    expect(reason).toMatch(/flaky check/)
    emulator.requests.length = 0
    // The RetryImage gets no answer: its outcome is unknown when the cancel comes.
    emulator.inject({ operation: 'RetryImage', hang: true, times: 1 })
    const main = await runAction({
      endpoint: emulator.url,
      inputs: { mode: 'retry', 'image-arn': arn, 'poll-interval': '0.05' },
      cancelWhen: () => emulator.calls('RetryImage').length > 0
    })
    expect(main.signalsSent).toEqual(['SIGINT'])
    expect(emulator.calls('RetryImage')).toHaveLength(1)
    expect(emulator.calls('CancelImageCreation')).toEqual([])
    expect(errorsOf(main)).toEqual([
      `The job was cancelled during RetryImage, and ${arn} is still FAILED: the retry had not started, or not yet. RetryImage is not sent again to find out (it would start the retry); the post step looks at the image once more.`
    ])
    const post = await runAction({
      endpoint: emulator.url,
      entry: 'post',
      inputs: { mode: 'retry', 'image-arn': arn },
      state: main.state
    })
    expect(post.exitCode).toBe(0)
    expect(emulator.calls('RetryImage')).toHaveLength(1)
    expect(emulator.calls('CancelImageCreation')).toEqual([])
    expect(statusOf(arn)).toMatchObject({ status: 'FAILED', reason })
  })
})

describe('a refused cancel', () => {
  test('counts as "already ended" only when the status read right after says so', async () => {
    emulator.scenario = { stepMs: 5000, phaseMs: 20 }
    emulator.inject({
      operation: 'CancelImageCreation',
      errorType: 'ResourceInUseException',
      message: 'The image is in use.'
    })
    const main = await run({}, { cancelWhen: () => emulator.calls('GetImage').length > 0 })
    const arn = main.outputs['image-arn']
    expect(emulator.calls('CancelImageCreation').length).toBeGreaterThanOrEqual(1)
    expect(statusOf(arn).status).not.toBe('CANCELLED')
    expect(errorsOf(main)[0]).toBe(
      `The job was cancelled, but the image build could not be cancelled; it may still be running, and the post step will try again: ${arn}`
    )
    expect(main.state.settled).toBeUndefined()
    emulator.clearFaults()
    const post = await runPost(main)
    expect(post.exitCode).toBe(0)
    expect(statusOf(arn).status).toBe('CANCELLED')
  })

  test('an image that has ended is left as it is, and the step says so', async () => {
    emulator.scenario = { stepMs: 5000, phaseMs: 20 }
    // The cancel is refused because the build failed just as it was sent.
    emulator.inject({
      operation: 'CancelImageCreation',
      errorType: 'ResourceInUseException',
      delayMs: 500
    })
    const failAtCancel = setInterval(() => {
      const [cancel] = emulator.calls('CancelImageCreation')
      if (!cancel) return
      emulator.setStatus(String(cancel.body.imageBuildVersionArn), 'FAILED')
      clearInterval(failAtCancel)
    }, 10)
    const main = await run({}, { cancelWhen: () => emulator.calls('GetImage').length > 0 })
    clearInterval(failAtCancel)
    const arn = main.outputs['image-arn']
    expect(emulator.calls('CancelImageCreation')).toHaveLength(1)
    expect(main.lines).toContain(`Did not cancel ${arn}: it has already ended (FAILED).`)
    expect(errorsOf(main)[0]).toMatch(
      /^The job was cancelled; the image build had already ended \(status FAILED\)/
    )
    expect(main.state.settled).toBe('true')
  })
})
