// The post step: runs after the job's other steps, even when the job was cancelled. If the main
// step started a build and was killed before it could deal with it, cancel that build.
import * as core from '@actions/core'
import {
  connectionFor,
  describeError,
  isImageTerminal,
  operationOf,
  parseArn
} from '../aws/index.js'
import { cancelBuild, currentImage } from './cancel.js'
import { STATE_IMAGE_ARN, STATE_SETTLED, STATE_STARTED } from './state.js'

/**
 * Not role-duration-seconds: the clean-up takes a few calls, so it asks STS for the shortest
 * session it grants.
 */
const CLEAN_UP_SESSION_SECONDS = 900

export async function cleanUp(): Promise<void> {
  try {
    const arn = core.getState(STATE_IMAGE_ARN)
    if (!arn || core.getState(STATE_STARTED) !== 'true' || core.getState(STATE_SETTLED) === 'true')
      return
    // Booleans are read leniently: a typo here must not keep a build running.
    if (core.getInput('wait').toLowerCase() === 'false') return
    if (core.getInput('cancel-on-job-cancel').toLowerCase() === 'false') {
      core.info(
        `The main step did not finish; leaving ${arn} running ('cancel-on-job-cancel' is false).`
      )
      return
    }
    const roleArn = core.getInput('role-to-assume')
    const role = roleArn ? { roleArn, durationSeconds: CLEAN_UP_SESSION_SECONDS } : undefined
    const connection = connectionFor(parseArn(arn)?.region ?? '', role)
    const image = await currentImage(connection, arn)
    const status = image?.state?.status ?? ''
    if (isImageTerminal(status)) {
      core.info(`The main step did not finish, but ${arn} has already ended (${status}).`)
      return
    }
    await cancelBuild(connection, arn, 'the main step did not finish')
  } catch (error) {
    core.warning(describeError(error, operationOf(error, 'Clean-up')))
  }
}
