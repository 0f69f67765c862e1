// The main step: inputs -> mode (build the request, submit) -> watch -> report, with lifecycle
// beside it. Every failure leaves through the one catch.
import * as core from '@actions/core'
import {
  connectionFor,
  createClient,
  isTransient,
  maskSecrets,
  type Connection,
  type StartCall
} from '../aws/index.js'
import { leanRuntime, oneLine, systemClock, type Clock, type Env } from '../common/index.js'
import { InputError, readInputs, type ActionInputs } from '../inputs/index.js'
import {
  JobCancellation,
  type JobCancelled,
  STATE_IMAGE_ARN,
  STATE_REGION,
  STATE_SETTLED,
  STATE_STARTED,
  STATE_START_CALL
} from '../lifecycle/index.js'
import { start, startContext } from '../modes/index.js'
import { reasonOf, reportStop } from '../report/index.js'
import { onCancelledWhileStarting, onJobCancelled } from './cancelled.js'
import { follow } from './follow.js'
import { messageOf, type Run } from './run.js'

/** What a test may replace: the clock every wait and retry sleeps on, and the environment. */
export interface RunOptions {
  clock?: Clock
  env?: Env
}

/** How far the main step got: what the one catch needs to say what happened and what is left. */
interface Progress {
  inputs?: ActionInputs
  connection?: Connection
  /** The start call as last sent, and whether it may have made an image (StartContext.onStartCall). */
  starting: { call?: StartCall; uncertain: boolean; throttled?: boolean }
  /** Once the work has started: what the stages after the start share. */
  current?: Run
}

export async function run({
  clock = systemClock,
  env = process.env
}: RunOptions = {}): Promise<void> {
  const cancellation = new JobCancellation()
  const progress: Progress = { starting: { uncertain: false } }
  // Before anything can print them: with DEBUG=* the proxy agents print the proxy's URL.
  maskSecrets(process.env)
  /** Whether the post step may leave the build alone: it ended, or was dealt with for good. */
  const settled = await work(progress, { clock, env, cancellation })
    .catch((error: unknown) => stopped(error, progress, cancellation.cancelled))
    .finally(() => cancellation.dispose())
  if (settled) core.saveState(STATE_SETTLED, 'true')
}

/** The work of the mode, filling in `progress` as it goes; whether the build is settled. */
async function work(
  progress: Progress,
  { clock, env, cancellation }: Required<RunOptions> & { cancellation: JobCancellation }
): Promise<boolean> {
  const signal = cancellation.signal
  const inputs = await readInputs(name => core.getInput(name), env)
  progress.inputs = inputs
  warnIgnored(inputs)
  const connection = connectionFor(inputs.region, inputs.role)
  progress.connection = connection
  const { region, waitSettings } = inputs
  const { requestTimeoutMs, callTimeoutMs } = waitSettings
  const client = await createClient(connection, { requestTimeoutMs })
  if (inputs.mode === 'publish') {
    // Loaded only here: what publish alone needs stays out of every other mode's start.
    const { runPublish } = await import('../publish/index.js')
    const failure = await runPublish(
      client,
      inputs,
      startContext({ env, clock, signal, callTimeoutMs }),
      {
        cancelled: () => cancellation.cancelled !== undefined,
        messageOf: error => messageOf(error, inputs)
      }
    )
    if (failure) core.setFailed(failure)
    // Nothing is left running: a create either happened or it did not.
    return true
  }
  const { starting } = progress
  const started = await start(
    client,
    inputs,
    startContext({
      env,
      clock,
      signal,
      callTimeoutMs,
      // Saved before an attempt is sent: a step killed meanwhile leaves the post step all it
      // needs; cleared when every attempt so far was refused, since those made nothing.
      onStartCall: (call, uncertain) => {
        starting.call = call
        starting.uncertain = uncertain
        core.saveState(STATE_START_CALL, uncertain ? JSON.stringify(call) : '')
        core.saveState(STATE_REGION, region)
        core.saveState(STATE_STARTED, 'true')
      },
      onThrottled: () => (starting.throttled = true)
    })
  )
  const current: Run = { inputs, connection, client, started, clock, busyStart: starting.throttled }
  progress.current = current
  // The start is over: from here the process mostly waits (common/lean-runtime.ts).
  leanRuntime()
  // Published before waiting, so later steps, a cancelled job's post step, or a person can use it.
  core.setOutput('image-arn', started.arn)
  core.saveState(STATE_IMAGE_ARN, started.arn)
  core.saveState(STATE_STARTED, String(started.started))
  if (started.started) core.info(`Image build version ARN: ${started.arn}`)
  return follow(current, signal)
}

/** The one error path: says what stopped the step, and whether the build is settled. */
async function stopped(
  error: unknown,
  { inputs, connection, starting, current }: Progress,
  cancelled: JobCancelled | undefined
): Promise<boolean> {
  if (cancelled && current) return onJobCancelled(cancelled, current)
  if (cancelled && starting.call && connection)
    return onCancelledWhileStarting(cancelled, connection, starting.call, starting.uncertain)
  if (current?.reported) {
    // The build's own report said why; the build is settled unless a cancel went unconfirmed.
    core.setFailed(messageOf(error, inputs))
    return !current.unsettled
  }
  const message = messageOf(error, inputs)
  if (error instanceof InputError) annotateFiles(error)
  core.setFailed(message)
  const reason = reasonOf(error)
  await reportStop({
    publish: (inputs?.mode ?? core.getInput('mode').trim()) === 'publish',
    reason,
    message,
    arn: current?.started.arn,
    record: current?.record,
    continues: current !== undefined && reason !== 'NOT_FOUND'
  })
  // A submit that kept failing may still have made a build: the post step looks again.
  return current ? !current.unsettled : !starting.uncertain || !isTransient(error)
}

/** A problem in a file of the repository shows on that file and line in the pull request. */
function annotateFiles(error: InputError): void {
  for (const problem of error.fileProblems) {
    // Paths and link targets come from the repository: as inert as the service's text.
    core.error(oneLine(problem.message, 4000), {
      file: problem.file,
      startLine: problem.line,
      startColumn: problem.column,
      title: oneLine(`Not published: ${problem.file}`, 1000)
    })
  }
}

function warnIgnored(inputs: ActionInputs): void {
  for (const note of inputs.notes) core.warning(note)
  if (inputs.ignoredInputs.length === 0) return
  const names = inputs.ignoredInputs.map(name => `'${name}'`).join(', ')
  const verb = inputs.ignoredInputs.length === 1 ? 'it is' : 'they are'
  core.warning(`Mode '${inputs.mode}' does not use ${names}; ${verb} ignored.`)
}
