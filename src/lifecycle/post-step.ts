// The post step: runs after the job's other steps, even when the job was cancelled. If the main
// step started a build and could not settle it (it was killed, or its cancel was not confirmed),
// cancel that build; if it was killed while starting one, learn which image that call made first
// (the main step saves the call only while it may have made one).
// Most jobs leave nothing to clean up: the AWS code loads only when there is something.
import * as core from '@actions/core'
import type { StartCall } from '../aws/index.js'
import {
  STATE_IMAGE_ARN,
  STATE_REGION,
  STATE_SETTLED,
  STATE_STARTED,
  STATE_START_CALL
} from './state.js'

/**
 * Not role-duration-seconds: the clean-up takes a few calls, so it asks STS for the shortest
 * session it grants.
 */
const CLEAN_UP_SESSION_SECONDS = 900
/** The post step is not in the runner's cancel window: it may take longer than the main step. */
const POST_BUDGET_MS = 20_000

function startCallOf(json: string): StartCall | undefined {
  try {
    return json ? (JSON.parse(json) as StartCall) : undefined
  } catch {
    return undefined
  }
}

export async function cleanUp(): Promise<void> {
  let arn = core.getState(STATE_IMAGE_ARN)
  const call = startCallOf(core.getState(STATE_START_CALL))
  if (core.getState(STATE_STARTED) !== 'true' || core.getState(STATE_SETTLED) === 'true') return
  if (!arn && !call) return
  // Booleans are read leniently: a typo here must not keep a build running.
  if (core.getInput('wait').toLowerCase() === 'false') return
  if (core.getInput('cancel-on-job-cancel').toLowerCase() === 'false') {
    core.info(
      `The main step did not finish; leaving ${arn || 'the build'} running ('cancel-on-job-cancel' is false).`
    )
    return
  }
  const { connectionFor, describeError, isImageTerminal, maskSecrets, operationOf, parseArn } =
    await import('../aws/index.js')
  // Before any client is made: with DEBUG=* the proxy agents print the proxy's URL.
  maskSecrets(process.env)
  const { cancelBuild, currentImage, imageOfStartCall } = await import('./cancel.js')
  try {
    const roleArn = core.getInput('role-to-assume')
    const role = roleArn ? { roleArn, durationSeconds: CLEAN_UP_SESSION_SECONDS } : undefined
    const region = parseArn(arn)?.region || core.getState(STATE_REGION)
    const connection = connectionFor(region, role)
    if (!arn && call) {
      core.info(
        call.operation === 'RetryImage'
          ? `The main step stopped during RetryImage; looking at ${call.request.imageBuildVersionArn}.`
          : `The main step stopped during ${call.operation}; asking again which image it made.`
      )
      arn = (await imageOfStartCall(connection, call, POST_BUDGET_MS)) ?? ''
      if (!arn) return
    }
    const image = await currentImage(connection, arn)
    const status = image?.state?.status ?? ''
    if (isImageTerminal(status)) {
      core.info(`The main step did not finish, but ${arn} has already ended (${status}).`)
      return
    }
    await cancelBuild(connection, arn, 'the main step did not finish', POST_BUDGET_MS)
  } catch (error) {
    core.warning(describeError(error, operationOf(error, 'Clean-up')))
  }
}
