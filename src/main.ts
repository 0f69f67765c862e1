// The main step: inputs -> mode (build the request, submit) -> watch -> report, with lifecycle
// beside it. Every failure leaves through the one catch.
import * as core from '@actions/core'
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import {
  ActionError,
  connectionFor,
  createClient,
  describeError,
  ImageNotFound,
  imageBuilderEndpoint,
  isTransient,
  operationOf,
  type Connection,
  type StartCall
} from './aws/index.js'
import { systemClock, type Clock, type Env } from './common/index.js'
import { InputError, readInputs, wantsBuildLog, type ActionInputs } from './inputs/index.js'
import {
  JobCancellation,
  STATE_IMAGE_ARN,
  STATE_SETTLED,
  STATE_REGION,
  STATE_STARTED,
  STATE_START_CALL,
  cancelBuild,
  currentImage,
  imageOfStartCall,
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
  /** Set when a cancel on timeout was not confirmed: the post step must try again. */
  unsettled?: boolean
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
  const signal = cancellation.signal
  let current: Run | undefined
  let connection: Connection | undefined
  let startCall: StartCall | undefined
  /** Whether the post step may leave the build alone: it ended, or was dealt with for good. */
  let settled = false
  let inputs: ActionInputs | undefined
  try {
    inputs = readInputs(name => core.getInput(name), env)
    warnIgnored(inputs)
    connection = connectionFor(inputs.region, inputs.role)
    const { region, waitSettings } = inputs
    const requestTimeoutMs = waitSettings.requestTimeoutMs
    const client = createClient(connection, { requestTimeoutMs })
    const started = await start(client, inputs, {
      env,
      clock,
      signal,
      requestTimeoutMs,
      // Saved before the call is sent: a step killed meanwhile leaves the post step all it needs.
      beforeSubmit: call => {
        startCall = call
        core.saveState(STATE_START_CALL, JSON.stringify(call))
        core.saveState(STATE_REGION, region)
        core.saveState(STATE_STARTED, 'true')
      }
    })
    current = { inputs, connection, client, started, clock }
    // Published before waiting, so later steps, a cancelled job's post step, or a person can use it.
    core.setOutput('image-arn', started.arn)
    core.saveState(STATE_IMAGE_ARN, started.arn)
    core.saveState(STATE_STARTED, String(started.started))
    if (started.started) core.info(`Image build version ARN: ${started.arn}`)
    settled = await follow(current, signal)
  } catch (error) {
    const cancelled = cancellation.cancelled
    if (cancelled && current) settled = await onJobCancelled(cancelled, current)
    else if (cancelled && startCall && connection)
      settled = await onCancelledWhileStarting(cancelled, connection, startCall)
    else {
      core.setFailed(messageOf(error, inputs))
      // A submit that kept failing may still have made a build: the post step looks again.
      settled = current ? !current.unsettled : !startCall || !isTransient(error)
    }
  } finally {
    cancellation.dispose()
    if (settled) core.saveState(STATE_SETTLED, 'true')
  }
}

function messageOf(error: unknown, inputs?: ActionInputs): string {
  return error instanceof InputError || error instanceof ActionError
    ? error.message
    : describeError(error, operationOf(error, 'Image Builder call'), {
        assumesRole: inputs?.role !== undefined,
        endpoint: inputs ? imageBuilderEndpoint(inputs.region, process.env) : undefined
      })
}

function warnIgnored(inputs: ActionInputs): void {
  if (inputs.ignoredInputs.length === 0) return
  const names = inputs.ignoredInputs.map(name => `'${name}'`).join(', ')
  const verb = inputs.ignoredInputs.length === 1 ? 'it is' : 'they are'
  core.warning(`Mode '${inputs.mode}' does not use ${names}; ${verb} ignored.`)
}

/** Waits and reports; says whether the build is settled (see run). */
async function follow(run: Run, signal: AbortSignal): Promise<boolean> {
  const { inputs, connection, client, started, clock } = run
  const settings = inputs.waitSettings
  if (!settings.wait && inputs.mode !== 'watch') {
    core.info("Not waiting for the build ('wait' is false).")
    return true
  }
  const log = new ProgressLog()
  const record = new BuildRecord()
  let end: Extract<WatchEvent, { type: 'end' }> | undefined
  try {
    const options = {
      ...settings,
      resumeFrom: started.resumeFrom,
      signal,
      clock,
      // An image this step did not just start must exist already.
      visibilityGraceMs: started.started && inputs.mode !== 'retry' ? undefined : 0
    }

    for await (const event of watchImage(client, started.arn, options)) {
      log.handle(event)
      record.handle(event)
      if (event.type === 'step-waiting')
        await onWaitingStep(client, started.arn, event, settings.onWaitingStep, {
          signal,
          timeoutMs: settings.requestTimeoutMs
        })
      if (event.type === 'end') end = event
    }
  } catch (error) {
    if (signal.aborted || error instanceof ImageNotFound) throw error
    // The build goes on without us: say how to pick it up again.
    throw new ActionError(
      `Stopped waiting for the image: ${messageOf(error, inputs)} The build continues in AWS. To follow it to the end, run this action with mode: watch and image-arn: ${started.arn}, with fresh credentials.`
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
  let settled = true
  if (end.outcome === 'timed-out' && started.started && settings.cancelOnTimeout) {
    const outcome = await cancelBuild(connection, started.arn, "'timeout-minutes' passed")
    result.cancelled = outcome === 'cancelled'
    settled = outcome !== 'unconfirmed'
    if (result.cancelled)
      result.image = (await currentImage(connection, started.arn)) ?? result.image
  }
  const buildLog = settings.buildLog
  if (wantsBuildLog(buildLog, result.outcome)) {
    // Loaded only when wanted: the Logs client is a fair share of the start-up time.
    const { showBuildLog } = await import('./report/build-log.js')
    await showBuildLog(connection, started.arn, result, buildLog)
  }
  // report throws for a build that did not succeed; the build is settled all the same, unless
  // its cancel was not confirmed.
  run.unsettled = !settled
  await report(result)
  return settled
}

/** Cancels the build this step started, unless told not to; says whether that is settled. */
async function onJobCancelled(
  cancelled: JobCancelled,
  { inputs, connection, started }: Run
): Promise<boolean> {
  core.info(`Received ${cancelled.signal}: the job is being cancelled.`)
  const { arn } = started
  if (!started.started) {
    core.setFailed(
      `The job was cancelled. This step only watched ${arn}, so the build continues in AWS.`
    )
    return true
  }
  if (!inputs.waitSettings.cancelOnJobCancel) {
    core.setFailed(
      `The job was cancelled. The build continues in AWS ('cancel-on-job-cancel' is false): ${arn}`
    )
    return true
  }
  const outcome = await cancelBuild(connection, arn, 'the job was cancelled')
  const image = await currentImage(connection, arn)
  if (image) setOutputs(imageOutputs(image, arn, inputs.region))
  core.setFailed(
    outcome !== 'unconfirmed'
      ? `The job was cancelled, so the image build was cancelled too (status ${image?.state?.status ?? 'unknown'}): ${arn}`
      : `The job was cancelled, but the image build could not be cancelled; it may still be running, and the post step will try again: ${arn}`
  )
  return outcome !== 'unconfirmed'
}

/** Cancelled while the start call was in flight: learn which image it made, and cancel that. */
async function onCancelledWhileStarting(
  cancelled: JobCancelled,
  connection: Connection,
  call: StartCall
): Promise<boolean> {
  core.info(`Received ${cancelled.signal} during ${call.operation}: the job is being cancelled.`)
  const arn = await imageOfStartCall(connection, call)
  if (!arn) {
    core.setFailed(
      `The job was cancelled during ${call.operation}; the post step will look for the image it may have made.`
    )
    return false
  }
  core.setOutput('image-arn', arn)
  core.saveState(STATE_IMAGE_ARN, arn)
  const outcome = await cancelBuild(connection, arn, 'the job was cancelled')
  core.setFailed(
    outcome !== 'unconfirmed'
      ? `The job was cancelled while the build was starting, so it was cancelled too: ${arn}`
      : `The job was cancelled while the build was starting, and it could not be cancelled; it may still be running, and the post step will try again: ${arn}`
  )
  return outcome !== 'unconfirmed'
}
