// Job cancellation and the post step, from source: a build this step started is never left
// running; one it only watched is never cancelled.
import { describe, expect, test } from '@jest/globals'
import { errors, inProcessSetup } from './support.js'

const t = inProcessSetup()
/** What the runner's signal does to the step: Node calls the handlers with the signal's name. */
const signal = (name: NodeJS.Signals): void =>
  void (process.emit as (event: string, name: string) => boolean)(name, name)

describe('job cancellation', () => {
  test('SIGINT during the wait cancels the build this step started', async () => {
    t.clock.at(3 * 60_000, () => signal('SIGINT'))
    const result = await t.main()
    expect(result.exitCode).toBe(1)
    expect(result.lines).toContain('Received SIGINT: the job is being cancelled.')
    expect(errors(result)[0]).toMatch(
      /^The job was cancelled, so the image build was cancelled too \(status CANCELLED\)/
    )
    expect(t.emulator.calls('CancelImageCreation')).toHaveLength(1)
    expect(result.outputs.status).toBe('CANCELLED')
    expect(result.state.settled).toBe('true')
  })

  test("with 'cancel-on-job-cancel: false' the build goes on", async () => {
    t.clock.at(3 * 60_000, () => signal('SIGTERM'))
    const result = await t.main({ inputs: { 'cancel-on-job-cancel': 'false' } })
    expect(errors(result)[0]).toMatch(/^The job was cancelled\. The build continues in AWS/)
    expect(t.emulator.calls('CancelImageCreation')).toHaveLength(0)
  })

  test('a watched build is not cancelled', async () => {
    const started = await t.main({ inputs: { wait: 'false' } })
    t.clock.at(3 * 60_000, () => signal('SIGINT'))
    const result = await t.main({
      bare: true,
      inputs: { mode: 'watch', 'image-arn': started.outputs['image-arn'] }
    })
    expect(errors(result)[0]).toMatch(/This step only watched .*, so the build continues in AWS\./)
    expect(t.emulator.calls('CancelImageCreation')).toHaveLength(0)
  })

  test('a cancel the service refuses is reported, and the build may still run', async () => {
    t.emulator.inject({ operation: 'CancelImageCreation', errorType: 'AccessDeniedException' })
    t.clock.at(3 * 60_000, () => signal('SIGINT'))
    const result = await t.main()
    expect(
      result.annotations.some(
        a =>
          a.level === 'warning' &&
          /^CancelImageCreation failed: AccessDeniedException/.test(a.message)
      )
    ).toBe(true)
    expect(errors(result)[0]).toMatch(/could not be cancelled; it may still be running/)
  })
})

describe('post step', () => {
  const startedBuild = async () => {
    const main = await t.main({ inputs: { wait: 'false' } })
    return { 'image-arn': main.outputs['image-arn'], started: 'true' }
  }

  test('cancels a build the main step started and did not settle', async () => {
    const post = await t.post({ state: await startedBuild() })
    expect(
      post.lines.some(l => l.startsWith('Cancelled the image build (the main step did not finish)'))
    ).toBe(true)
    expect(t.emulator.calls('CancelImageCreation')).toHaveLength(1)
  })

  test('leaves alone a settled build, a watched one, and one it was told to leave', async () => {
    const state = await startedBuild()
    await t.post({ state: { ...state, settled: 'true' } })
    await t.post({ state: { ...state, started: 'false' } })
    await t.post({ state, inputs: { wait: 'false' } })
    const told = await t.post({ state, inputs: { 'cancel-on-job-cancel': 'false' } })
    expect(told.lines[0]).toMatch(/leaving .* running \('cancel-on-job-cancel' is false\)/)
    expect(t.emulator.calls('CancelImageCreation')).toHaveLength(0)
  })

  test('says so when the build has already ended', async () => {
    t.emulator.scenario = {}
    const state = await startedBuild()
    t.clock.advance(60 * 60_000)
    const post = await t.post({ state })
    expect(post.lines[0]).toMatch(/has already ended \(AVAILABLE\)/)
  })

  test('a clean-up that fails is a warning, never a failure', async () => {
    const state = await startedBuild()
    t.emulator.inject({ operation: 'CancelImageCreation', errorType: 'ResourceInUseException' })
    const post = await t.post({ state })
    expect(post.exitCode).toBe(0)
    // Refused while the build runs: not "already ended" (issue 21 §6).
    expect(
      post.annotations.some(
        a =>
          a.level === 'warning' &&
          /^CancelImageCreation failed: ResourceInUseException: .* The build may still be running \(status \w+\)/.test(
            a.message
          )
      )
    ).toBe(true)
  })
})

describe('cancellation while the build starts', () => {
  test('SIGINT during CreateImage: the image it made is learned and cancelled', async () => {
    // The answer to the first CreateImage never comes: the cancel arrives while it is in flight.
    t.emulator.inject({ operation: 'CreateImage', hang: true, times: 1 })
    setTimeout(() => signal('SIGINT'), 200)
    const result = await t.main()
    expect(result.exitCode).toBe(1)
    expect(result.lines).toContain(
      'Received SIGINT during CreateImage: the job is being cancelled.'
    )
    const arn = result.state['image-arn']
    expect(errors(result)[0]).toBe(
      `The job was cancelled while the build was starting, so it was cancelled too: ${arn}`
    )
    expect(t.emulator.calls('CancelImageCreation').map(r => r.body.imageBuildVersionArn)).toEqual([
      arn
    ])
    expect(result.state.settled).toBe('true')
    expect(result.summary).toContain('Job cancelled (CANCELLED)')
  })

  test('the post step learns the image of an interrupted start call, and cancels it', async () => {
    const call = {
      operation: 'CreateImage',
      request: { ...t.createRequest(), clientToken: 'interrupted-1' }
    }
    const post = await t.post({
      state: { 'start-call': JSON.stringify(call), region: 'us-east-1', started: 'true' }
    })
    expect(post.lines[0]).toBe(
      'The main step stopped during CreateImage; asking again which image it made.'
    )
    expect(t.emulator.calls('CancelImageCreation')).toHaveLength(1)
  })

  test('a cancel refused for good is left unsettled for the post step', async () => {
    t.emulator.inject({
      operation: 'CancelImageCreation',
      errorType: 'ServiceUnavailableException'
    })
    t.clock.at(3 * 60_000, () => signal('SIGINT'))
    const result = await t.main()
    expect(errors(result)[0]).toMatch(/the post step will try again/)
    expect(result.state.settled).toBeUndefined()
  })
})
