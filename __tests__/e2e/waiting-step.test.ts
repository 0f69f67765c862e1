// A WaitForAction step must not look like a hang: it is announced once with the command that
// answers it, then answered from elsewhere or by the action itself.
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals'
import { ImagebuilderClient, SendWorkflowStepActionCommand } from '@aws-sdk/client-imagebuilder'
import { Emulator } from '../../emulator/index.js'
import { failOnModelViolations } from '../support/use-emulator.js'
import { CREATE_IMAGE_INPUTS } from '../../emulator/fixtures.js'
import { runAction, type RunResult } from '../support/harness.js'

const emulator = new Emulator()
failOnModelViolations(emulator)
beforeAll(() => emulator.start())
beforeEach(() => {
  emulator.requests.length = 0
  emulator.scenario = { waitingStep: { workflow: 'TEST', name: 'WaitForApproval' } }
})
afterAll(() => emulator.stop())

const BASE = CREATE_IMAGE_INPUTS
const stepId = (result: RunResult): string =>
  /step-[0-9a-f-]{36}/.exec(
    result.annotations.find(a => a.level === 'notice')?.message ?? ''
  )?.[0] ?? ''

test('is announced once with its ID, the image and the command, then answered from elsewhere', async () => {
  const client = new ImagebuilderClient({
    region: 'us-east-1',
    endpoint: emulator.url,
    credentials: { accessKeyId: 'AKIAOPERATOR', secretAccessKey: 'x' }
  })
  let answered = false
  let output = ''
  const result = await runAction({
    endpoint: emulator.url,
    inputs: BASE,
    onStdout: chunk => {
      output += chunk
      const id = /--step-execution-id (step-[0-9a-f-]{36}) --image-build-version-arn (\S+)/.exec(
        output
      )
      if (id && !answered) {
        answered = true
        // An approver answers after the action has announced the step and gone on waiting.
        setTimeout(() => {
          void client.send(
            new SendWorkflowStepActionCommand({
              stepExecutionId: id[1],
              imageBuildVersionArn: id[2],
              action: 'RESUME',
              reason: 'approved by a person'
            })
          )
        }, 300)
      }
    }
  })
  client.destroy()
  expect(result.exitCode).toBe(0)
  const notices = result.annotations.filter(a => a.level === 'notice')
  expect(notices).toHaveLength(1)
  expect(notices[0].properties.title).toBe('Image Builder step waiting')
  const arn = result.outputs['image-arn']
  expect(notices[0].message).toBe(
    `Step WaitForApproval (WaitForAction) of the TEST workflow test-image is waiting for an action. Step execution ID: ${stepId(result)}. Image: ${arn}. ` +
      `Answer it with: aws imagebuilder send-workflow-step-action --step-execution-id ${stepId(result)} --image-build-version-arn ${arn} --action RESUME --reason "approved" (or --action STOP).`
  )
  expect(
    result.lines.filter(l => l.includes('⏸ WaitForApproval is waiting for an action'))
  ).toHaveLength(1)
  expect(result.lines).toContain(
    "Waiting for the answer to come from elsewhere ('on-waiting-step' is wait)."
  )
  // Only the approver answered; the action did not.
  expect(emulator.calls('SendWorkflowStepAction').map(r => r.accessKeyId)).toEqual(['AKIAOPERATOR'])
  expect(result.lines.filter(l => /\] ✔ WaitForApproval completed/.test(l))).toHaveLength(1)
  expect(result.outputs.status).toBe('AVAILABLE')
})

test('on-waiting-step: resume answers it, with a reason naming the workflow run', async () => {
  const result = await runAction({
    endpoint: emulator.url,
    inputs: { ...BASE, 'on-waiting-step': 'resume' },
    env: { GITHUB_WORKFLOW: 'bake', GITHUB_RUN_ID: '9911' }
  })
  expect(result.exitCode).toBe(0)
  const [answer] = emulator.calls('SendWorkflowStepAction')
  expect(answer.body).toMatchObject({
    stepExecutionId: stepId(result),
    imageBuildVersionArn: result.outputs['image-arn'],
    action: 'RESUME',
    reason:
      'Resumed by bake run https://github.com/octo-org/golden-images/actions/runs/9911 (attempt 1)'
  })
  expect(result.outputs.status).toBe('AVAILABLE')
})

test('on-waiting-step: stop answers STOP, and the build fails at that step', async () => {
  const result = await runAction({
    endpoint: emulator.url,
    inputs: { ...BASE, 'on-waiting-step': 'stop' }
  })
  expect(result.exitCode).toBe(1)
  expect(emulator.calls('SendWorkflowStepAction')[0].body.action).toBe('STOP')
  const [error] = result.annotations.filter(a => a.level === 'error')
  expect(error.message).toContain(
    'Step WaitForApproval failed: The step was stopped by SendWorkflowStepAction.'
  )
  expect(result.outputs.status).toBe('FAILED')
})

test('an on-waiting-step that is not one of the answers is refused before any call', async () => {
  const result = await runAction({
    endpoint: emulator.url,
    inputs: { ...BASE, 'on-waiting-step': 'approve' }
  })
  expect(result.exitCode).toBe(1)
  const [error] = result.annotations.filter(a => a.level === 'error')
  expect(error.message).toBe(
    "Input 'on-waiting-step' must be one of wait, resume, stop; got 'approve'"
  )
  expect(emulator.requests).toEqual([])
})
