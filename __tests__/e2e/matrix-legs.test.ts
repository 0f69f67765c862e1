// Issue 21 §7: two legs of a matrix job see the same run, attempt, job and step, and may send the
// same request. Each must get a build of its own, so that one leg's timeout or cancel never
// cancels the build the other is waiting for.
import { expect, test } from '@jest/globals'
import { CREATE_IMAGE_INPUTS } from '../../emulator/fixtures.js'
import { runAction, type RunResult } from '../support/harness.js'
import { useEmulator } from '../support/use-emulator.js'

const emulator = useEmulator()

/** What two legs of one matrix job share: all that GitHub tells an action about the job. */
const LEG = { GITHUB_RUN_ID: '881001', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'bake' }

const leg = (inputs: Record<string, string>): Promise<RunResult> =>
  runAction({ endpoint: emulator.url, inputs: { ...CREATE_IMAGE_INPUTS, ...inputs }, env: LEG })

test("identical legs get a build each; one leg's timeout cancels its own build only", async () => {
  emulator.scenario = { stepMs: 700 }
  const [short, long] = await Promise.all([leg({ 'timeout-minutes': '0.02' }), leg({})])
  const [a, b] = emulator.calls('CreateImage')
  // The same request, as the legs sent it, but for the client token.
  expect({ ...a.body, clientToken: '' }).toEqual({ ...b.body, clientToken: '' })
  expect(a.body.clientToken).not.toBe(b.body.clientToken)
  expect(short.outputs['image-arn']).not.toBe(long.outputs['image-arn'])
  expect(short.outputs.status).toBe('CANCELLED')
  expect(emulator.calls('CancelImageCreation').map(r => r.body.imageBuildVersionArn)).toEqual([
    short.outputs['image-arn']
  ])
  expect(long.exitCode).toBe(0)
  expect(long.outputs.status).toBe('AVAILABLE')
})

test("a leg's cancel leaves the other leg's build alone", async () => {
  emulator.scenario = { stepMs: 700 }
  const other = leg({})
  const cancelled = runAction({
    endpoint: emulator.url,
    inputs: CREATE_IMAGE_INPUTS,
    env: LEG,
    cancelWhen: () => emulator.calls('GetImage').length > 2
  })
  const [first, second] = await Promise.all([cancelled, other])
  expect(first.signalsSent).toEqual(['SIGINT'])
  expect(first.outputs.status).toBe('CANCELLED')
  expect(second.exitCode).toBe(0)
  expect(second.outputs.status).toBe('AVAILABLE')
  expect(first.outputs['image-arn']).not.toBe(second.outputs['image-arn'])
  expect(emulator.calls('CancelImageCreation').map(r => r.body.imageBuildVersionArn)).toEqual([
    first.outputs['image-arn']
  ])
})
