// Sharing the account's request rate: a wait that is throttled keeps showing what it can, slows
// down instead of spending calls the account does not have, and does not list what it already
// knows. In this process, on the fake clock.
import { afterEach, describe, expect, jest, test } from '@jest/globals'
import { IMAGE_RECIPE, INFRA } from '../../emulator/fixtures.js'
import { errors, inProcessSetup } from './support.js'

const t = inProcessSetup()
const emulator = t.emulator

afterEach(() => {
  jest.restoreAllMocks()
})

describe('sharing the account', () => {
  test('step listings throttled throughout: every status change still shows, and the build ends', async () => {
    emulator.inject({
      operation: 'ListWorkflowStepExecutions',
      errorType: 'ThrottlingException',
      status: 429
    })
    const result = await t.main()
    expect(errors(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs.status).toBe('AVAILABLE')
    for (const status of ['BUILDING', 'TESTING', 'INTEGRATING', 'AVAILABLE'])
      expect(result.lines.some(l => l.endsWith(`Status ${status}`))).toBe(true)
  })

  test('a throttled call is not repeated by the SDK: each throttled request is a poll of its own', async () => {
    emulator.inject({
      operation: 'GetImage',
      errorType: 'ThrottlingException',
      status: 429,
      times: 3
    })
    const result = await t.main()
    expect(result.exitCode).toBe(0)
    const gets = emulator.calls('GetImage')
    const throttled = gets.filter(r => r.fault)
    expect(throttled).toHaveLength(3)
    // The SDK would have sent each again at once, unseen; the wait says so and paces itself.
    expect(
      result.lines.filter(l => l.includes('Status check failed: ThrottlingException'))
    ).toHaveLength(3)
  })

  test('while a workflow runs and the status holds, its steps are followed without listing the workflows', async () => {
    const result = await t.main()
    expect(result.exitCode).toBe(0)
    const gets = emulator.calls('GetImage').length
    const listings = emulator.calls('ListWorkflowExecutions').length
    const stepListings = emulator.calls('ListWorkflowStepExecutions').length
    expect(stepListings).toBeGreaterThan(listings)
    expect(listings).toBeLessThan(gets / 2)
    // Every step of the build was still shown.
    const plan = emulator.images.get(result.outputs['image-arn'])?.plan
    const steps = plan?.executions.flatMap(e => e.steps.map(s => s.name)) ?? []
    expect(steps.length).toBeGreaterThan(5)
    const log = [...result.lines, ...result.groups].join('\n')
    expect(steps.filter(name => !log.includes(name))).toEqual([])
  })

  test("the reads before a start are repeated through throttling: retry's first look, a pipeline's lookup", async () => {
    emulator.scenario = {
      fail: { workflow: 'TEST', step: 'ApplyTestComponents', message: 'flaky' }
    }
    const failed = await t.main({ inputs: { 'show-build-log': 'never' } })
    expect(failed.outputs.status).toBe('FAILED')
    emulator.scenario = {}
    const throttle = (operation: string): void => t.throttle(operation, 2, { status: 429 })
    throttle('ListWorkflowExecutions')
    const retried = await t.main({
      bare: true,
      inputs: { mode: 'retry', 'image-arn': failed.outputs['image-arn'] }
    })
    expect(errors(retried)).toEqual([])
    expect(retried.outputs.status).toBe('AVAILABLE')
    emulator.clearFaults()
    emulator.addImagePipeline({
      name: 'nightly',
      imageRecipeArn: IMAGE_RECIPE,
      infrastructureConfigurationArn: INFRA
    })
    throttle('ListImagePipelines')
    throttle('GetImagePipeline')
    const started = await t.main({
      bare: true,
      inputs: { mode: 'start-pipeline', 'image-pipeline': 'nightly', wait: 'false' }
    })
    expect(errors(started)).toEqual([])
    expect(emulator.calls('StartImagePipelineExecution')).toHaveLength(1)
  })

  test('a throttled read before the start comes back within 16 s, then 32; the start itself within 32 s, then a minute', async () => {
    jest.spyOn(Math, 'random').mockReturnValue(0.99)
    emulator.addImagePipeline({
      name: 'weekly',
      imageRecipeArn: IMAGE_RECIPE,
      infrastructureConfigurationArn: INFRA
    })
    for (const operation of ['GetImagePipeline', 'StartImagePipelineExecution'])
      emulator.inject({ operation, errorType: 'ThrottlingException', status: 429, times: 2 })
    const started = await t.main({
      bare: true,
      inputs: { mode: 'start-pipeline', 'image-pipeline': 'weekly', wait: 'false' }
    })
    expect(errors(started)).toEqual([])
    const retries = started.lines
      .filter(l => / Retrying in \d+ s\.$/.test(l))
      .map(l => `${l.split(' ')[0]} ${/Retrying in (\d+ s)/.exec(l)?.[1]}`)
    // A wide spread for the calls that start builds: a hundred started together change stage
    // apart. Reads start nothing, and a job throttled twice there waited most of a minute more.
    expect(retries).toEqual([
      'GetImagePipeline 16 s',
      'GetImagePipeline 32 s',
      'StartImagePipelineExecution 32 s',
      'StartImagePipelineExecution 59 s'
    ])
  })
})
