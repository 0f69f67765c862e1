// The wait and the report of a build this step follows: events into the log and the summary
// record, waiting steps answered, a timeout cancelled, the build log fetched when wanted.
import * as core from '@actions/core'
import { ActionError, NotFound, WaitStopped } from '../aws/index.js'
import { wantsBuildLog } from '../inputs/index.js'
import { cancelBuild, currentImage } from '../lifecycle/index.js'
import {
  BuildRecord,
  ProgressLog,
  hasScanning,
  readScan,
  report,
  type BuildResult
} from '../report/index.js'
import { messageOf, type Run } from './run.js'
import { onWaitingStep, watchImage, type WatchEvent } from '../watch/index.js'

/** Waits and reports; says whether the build is settled (see run). */
export async function follow(run: Run, signal: AbortSignal): Promise<boolean> {
  const { inputs, connection, client, started, clock } = run
  const settings = inputs.waitSettings
  if (!settings.wait && inputs.mode !== 'watch') {
    core.info("Not waiting for the build ('wait' is false).")
    return true
  }
  const log = new ProgressLog()
  const record = new BuildRecord()
  run.record = record
  let end: Extract<WatchEvent, { type: 'end' }> | undefined
  // A client token of the user's may name a build an earlier run started: not new.
  const created = started.started && inputs.mode !== 'retry' && !inputs.clientToken
  try {
    const options = {
      ...settings,
      resumeFrom: started.resumeFrom,
      busyStart: run.busyStart,
      signal,
      clock,
      created,
      // An image this step did not just start must exist already.
      visibilityGraceMs: created ? undefined : 0
    }

    for await (const event of watchImage(client, started.arn, options)) {
      log.handle(event)
      record.handle(event)
      if (event.type === 'step-waiting')
        await onWaitingStep(client, started.arn, event, {
          answer: settings.onWaitingStep,
          signal,
          timeoutMs: settings.callTimeoutMs
        })
      if (event.type === 'end') end = event
    }
  } catch (error) {
    if (signal.aborted || error instanceof NotFound) throw error
    // The build goes on without us: say how to pick it up again.
    throw new WaitStopped(
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
    record,
    failOnSeverity: settings.failOnSeverity
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
    const { showBuildLog } = await import('../report/build-log.js')
    result.buildLog = await showBuildLog(connection, started.arn, result, {
      lines: buildLog.lines,
      signal,
      clock
    })
  }
  if (end.outcome === 'succeeded' && end.image && hasScanning(end.image)) {
    result.scan = await readScan(client, started.arn, end.image, {
      signal,
      clock,
      // A scan still running is waited for within what is left of timeout-minutes.
      deadline: clock.now() + settings.timeoutMs - end.elapsedMs,
      pollIntervalMs: settings.pollIntervalMs,
      callTimeoutMs: settings.callTimeoutMs
    })
  }
  // report throws for a build that did not succeed; the build is settled all the same, unless
  // its cancel was not confirmed.
  run.unsettled = !settled
  run.reported = true
  await report(result)
  return settled
}
