// When the job is cancelled: the build this step started is cancelled too (unless the inputs say
// otherwise), even when the cancel came while the start call was in flight. Each case says
// whether the build is settled, and reports itself like any other outcome.
import * as core from '@actions/core'
import { isImageTerminal, type Connection, type StartCall } from '../aws/index.js'
import { oneLine } from '../common/index.js'
import {
  STATE_IMAGE_ARN,
  cancelBuild,
  currentImage,
  imageOfStartCall,
  type JobCancelled
} from '../lifecycle/index.js'
import { imageOutputs, reportStop, setOutputs } from '../report/index.js'
import type { Run } from './run.js'

/** Fails the step with `message` and reports a cancelled job, with what is known. */
async function cancelledJob(
  message: string,
  stop: { arn?: string; imageStatus?: string; continues: boolean; run?: Run }
): Promise<void> {
  core.setFailed(message)
  await reportStop({
    reason: 'JOB_CANCELLED',
    message,
    arn: stop.arn,
    imageStatus: stop.imageStatus,
    record: stop.run?.record,
    continues: stop.continues
  })
}

/** Cancels the build this step started, unless told not to; says whether that is settled. */
export async function onJobCancelled(cancelled: JobCancelled, run: Run): Promise<boolean> {
  const { inputs, connection, started } = run
  core.info(`Received ${cancelled.signal}: the job is being cancelled.`)
  const { arn } = started
  if (!started.started) {
    await cancelledJob(
      `The job was cancelled. This step only watched ${arn}, so the build continues in AWS.`,
      { arn, continues: true, run }
    )
    return true
  }
  if (!inputs.waitSettings.cancelOnJobCancel) {
    await cancelledJob(
      `The job was cancelled. The build continues in AWS ('cancel-on-job-cancel' is false): ${arn}`,
      { arn, continues: true, run }
    )
    return true
  }
  const outcome = await cancelBuild(connection, arn, 'the job was cancelled')
  const image = await currentImage(connection, arn)
  if (image) setOutputs(imageOutputs(image, arn, inputs.region))
  const confirmed = outcome !== 'unconfirmed'
  const status = oneLine(image?.state?.status, 40) || 'unknown'
  const message = {
    cancelled: `The job was cancelled, so the image build was cancelled too (status ${status}): ${arn}`,
    ended: `The job was cancelled; the image build had already ended (status ${status}): ${arn}`,
    unconfirmed: `The job was cancelled, but the image build could not be cancelled; it may still be running, and the post step will try again: ${arn}`
  }[outcome]
  await cancelledJob(message, {
    arn,
    imageStatus: image?.state?.status,
    continues: !confirmed,
    run
  })
  return confirmed
}

/**
 * Cancelled during the start call. Every attempt refused: nothing was made. Otherwise learn which
 * image it made, and cancel that; a RetryImage is not sent again, since that would start the very
 * retry it then cancels, and the image's failure would be lost: its status tells instead.
 */
export async function onCancelledWhileStarting(
  cancelled: JobCancelled,
  connection: Connection,
  call: StartCall,
  uncertain: boolean
): Promise<boolean> {
  const { operation } = call
  core.info(`Received ${cancelled.signal} during ${operation}: the job is being cancelled.`)
  if (!uncertain) {
    await cancelledJob(
      `The job was cancelled during ${operation}, which Image Builder had refused each time it was sent: no build was started.`,
      { continues: false }
    )
    return true
  }
  if (operation === 'RetryImage') {
    const arn = call.request.imageBuildVersionArn ?? ''
    const status = (await currentImage(connection, arn))?.state?.status ?? ''
    if (isImageTerminal(status)) {
      await cancelledJob(
        `The job was cancelled during RetryImage, and ${arn} is still ${status}: the retry had not started, or not yet. RetryImage is not sent again to find out (it would start the retry); the post step looks at the image once more.`,
        { arn, imageStatus: status, continues: false }
      )
      return false
    }
    return cancelStarted(connection, arn)
  }
  const arn = await imageOfStartCall(connection, call)
  if (!arn) {
    await cancelledJob(
      `The job was cancelled during ${operation}; the post step will look for the image it may have made.`,
      { continues: false }
    )
    return false
  }
  return cancelStarted(connection, arn)
}

/** Cancels the image a start call interrupted by the cancel made; says whether that is settled. */
async function cancelStarted(connection: Connection, arn: string): Promise<boolean> {
  core.saveState(STATE_IMAGE_ARN, arn)
  const outcome = await cancelBuild(connection, arn, 'the job was cancelled')
  const confirmed = outcome !== 'unconfirmed'
  const message = {
    cancelled: `The job was cancelled while the build was starting, so it was cancelled too: ${arn}`,
    ended: `The job was cancelled while the build was starting; it has already ended: ${arn}`,
    unconfirmed: `The job was cancelled while the build was starting, and it could not be cancelled; it may still be running, and the post step will try again: ${arn}`
  }[outcome]
  await cancelledJob(message, {
    arn,
    imageStatus: outcome === 'cancelled' ? 'CANCELLED' : undefined,
    continues: !confirmed
  })
  return confirmed
}
