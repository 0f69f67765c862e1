// When the job is cancelled: the build this step started is cancelled too (unless the inputs say
// otherwise), even when the cancel came while the start call was in flight. Each case says
// whether the build is settled, and reports itself like any other outcome.
import * as core from '@actions/core'
import type { Connection, StartCall } from './aws/index.js'
import {
  STATE_IMAGE_ARN,
  cancelBuild,
  currentImage,
  imageOfStartCall,
  type JobCancelled
} from './lifecycle/index.js'
import { imageOutputs, reportStop, setOutputs } from './report/index.js'
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
  await cancelledJob(
    confirmed
      ? `The job was cancelled, so the image build was cancelled too (status ${image?.state?.status ?? 'unknown'}): ${arn}`
      : `The job was cancelled, but the image build could not be cancelled; it may still be running, and the post step will try again: ${arn}`,
    { arn, imageStatus: image?.state?.status, continues: !confirmed, run }
  )
  return confirmed
}

/** Cancelled while the start call was in flight: learn which image it made, and cancel that. */
export async function onCancelledWhileStarting(
  cancelled: JobCancelled,
  connection: Connection,
  call: StartCall
): Promise<boolean> {
  core.info(`Received ${cancelled.signal} during ${call.operation}: the job is being cancelled.`)
  const arn = await imageOfStartCall(connection, call)
  if (!arn) {
    await cancelledJob(
      `The job was cancelled during ${call.operation}; the post step will look for the image it may have made.`,
      { continues: false }
    )
    return false
  }
  core.saveState(STATE_IMAGE_ARN, arn)
  const outcome = await cancelBuild(connection, arn, 'the job was cancelled')
  const confirmed = outcome !== 'unconfirmed'
  await cancelledJob(
    confirmed
      ? `The job was cancelled while the build was starting, so it was cancelled too: ${arn}`
      : `The job was cancelled while the build was starting, and it could not be cancelled; it may still be running, and the post step will try again: ${arn}`,
    { arn, imageStatus: outcome === 'cancelled' ? 'CANCELLED' : undefined, continues: !confirmed }
  )
  return confirmed
}
