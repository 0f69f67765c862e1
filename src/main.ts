// The main step: inputs -> mode (build the request, submit) -> watch -> report, with lifecycle
// beside it. Every failure leaves through the one catch.
import * as core from '@actions/core'
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import {
  ActionError,
  connectionFor,
  createClient,
  describeError,
  operationOf,
  type Connection
} from './aws/index.js'
import { systemClock, type Clock, type Env } from './common/index.js'
import { InputError, readInputs, wantsBuildLog, type ActionInputs } from './inputs/index.js'
import {
  JobCancellation,
  STATE_IMAGE_ARN,
  STATE_SETTLED,
  STATE_STARTED,
  cancelBuild,
  currentImage,
  type JobCancelled
} from './lifecycle/index.js'
import { start, type Started } from './modes/index.js'
import {
  BuildRecord,
  ProgressLog,
  imageOutputs,
  report,
  setOutputs,
  type BuildResult
} from './report/index.js'
import { onWaitingStep, watchImage, type WatchEvent } from './watch/index.js'

/** What the stages after submit share. */
interface Run {
  inputs: ActionInputs
  connection: Connection
  client: ImagebuilderClient
  started: Started
  clock: Clock
}

/** What a test may replace: the clock every wait and retry sleeps on, and the environment. */
export interface RunOptions {
  clock?: Clock
  env?: Env
}

export async function run({
  clock = systemClock,
  env = process.env
}: RunOptions = {}): Promise<void> {
  const cancellation = new JobCancellation()
  let current: Run | undefined
  try {
    const inputs = readInputs(name => core.getInput(name), env)
    warnIgnored(inputs)
    const connection = connectionFor(inputs.region, inputs.role)
    const client = createClient(connection)
    const started = await start(client, inputs, { env, clock })
    current = { inputs, connection, client, started, clock }
    // Published before waiting, so later steps, a cancelled job's post step, or a person can use it.
    core.setOutput('image-arn', started.arn)
    core.saveState(STATE_IMAGE_ARN, started.arn)
    core.saveState(STATE_STARTED, String(started.started))
    if (started.started) core.info(`Image build version ARN: ${started.arn}`)
    await follow(current, cancellation.signal)
  } catch (error) {
    const cancelled = cancellation.cancelled
    if (cancelled && current) await onJobCancelled(cancelled, current)
    else core.setFailed(messageOf(error))
  } finally {
    cancellation.dispose()
    // Whatever happened, this step dealt with the build; the post step must leave it alone.
    if (current) core.saveState(STATE_SETTLED, 'true')
  }
}

function messageOf(error: unknown): string {
  return error instanceof InputError || error instanceof ActionError
    ? error.message
    : describeError(error, operationOf(error, 'Image Builder call'))
}

function warnIgnored(inputs: ActionInputs): void {
  if (inputs.ignoredInputs.length === 0) return
  const names = inputs.ignoredInputs.map(name => `'${name}'`).join(', ')
  const verb = inputs.ignoredInputs.length === 1 ? 'it is' : 'they are'
  core.warning(`Mode '${inputs.mode}' does not use ${names}; ${verb} ignored.`)
}

async function follow(
  { inputs, connection, client, started, clock }: Run,
  signal: AbortSignal
): Promise<void> {
  const settings = inputs.waitSettings
  if (!settings.wait && inputs.mode !== 'watch') {
    core.info("Not waiting for the build ('wait' is false).")
    return
  }
  const log = new ProgressLog()
  const record = new BuildRecord()
  let end: Extract<WatchEvent, { type: 'end' }> | undefined
  try {
    const options = { ...settings, resumeFrom: started.resumeFrom, signal, clock }
    for await (const event of watchImage(client, started.arn, options)) {
      log.handle(event)
      record.handle(event)
      if (event.type === 'step-waiting')
        await onWaitingStep(client, started.arn, event, settings.onWaitingStep)
      if (event.type === 'end') end = event
    }
  } catch (error) {
    if (signal.aborted) throw error
    // The build goes on without us: say how to pick it up again.
    throw new ActionError(
      `Stopped waiting for the image: ${messageOf(error)} The build continues in AWS. To follow it to the end, run this action with mode: watch and image-arn: ${started.arn}, with fresh credentials.`
    )
  } finally {
    log.close()
  }
  if (!end) throw new ActionError(`Stopped watching ${started.arn} before it ended`)
  const result: BuildResult = {
    arn: started.arn,
    region: inputs.region,
    ...end,
    timeoutMs: settings.timeoutMs,
    record
  }
  if (end.outcome === 'timed-out' && started.started && settings.cancelOnTimeout) {
    result.cancelled = await cancelBuild(connection, started.arn, "'timeout-minutes' passed")
    if (result.cancelled)
      result.image = (await currentImage(connection, started.arn)) ?? result.image
  }
  const buildLog = settings.buildLog
  if (wantsBuildLog(buildLog, result.outcome)) {
    // Loaded only when wanted: the Logs client is a fair share of the start-up time.
    const { showBuildLog } = await import('./report/build-log.js')
    await showBuildLog(connection, started.arn, result, buildLog)
  }
  await report(result)
}

async function onJobCancelled(
  cancelled: JobCancelled,
  { inputs, connection, started }: Run
): Promise<void> {
  core.info(`Received ${cancelled.signal}: the job is being cancelled.`)
  const { arn } = started
  if (!started.started) {
    return core.setFailed(
      `The job was cancelled. This step only watched ${arn}, so the build continues in AWS.`
    )
  }
  if (!inputs.waitSettings.cancelOnJobCancel) {
    return core.setFailed(
      `The job was cancelled. The build continues in AWS ('cancel-on-job-cancel' is false): ${arn}`
    )
  }
  const sent = await cancelBuild(connection, arn, 'the job was cancelled')
  const image = await currentImage(connection, arn)
  if (image) setOutputs(imageOutputs(image, arn, inputs.region))
  core.setFailed(
    sent
      ? `The job was cancelled, so the image build was cancelled too (status ${image?.state?.status ?? 'unknown'}): ${arn}`
      : `The job was cancelled, but the image build could not be cancelled; it may still be running: ${arn}`
  )
}
