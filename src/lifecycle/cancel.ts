// Cancelling a build: on job cancellation, on timeout, and in the post step. Quick and single-
// minded, because the runner gives a cancelled step 7.5 seconds before it escalates.
import * as core from '@actions/core'
import {
  CancelImageCreationCommand,
  GetImageCommand,
  type Image
} from '@aws-sdk/client-imagebuilder'
import { createClient, describeError, errorName, type Connection } from '../aws/index.js'

const CANCEL_BUDGET_MS = 4000

/** Sends CancelImageCreation and says what happened; never throws. Returns whether it was sent. */
export async function cancelBuild(
  connection: Connection,
  arn: string,
  why: string
): Promise<boolean> {
  const client = createClient(connection, { maxAttempts: 2, requestTimeoutMs: CANCEL_BUDGET_MS })
  try {
    await client.send(new CancelImageCreationCommand({ imageBuildVersionArn: arn }), {
      abortSignal: AbortSignal.timeout(CANCEL_BUDGET_MS)
    })
    core.info(`Cancelled the image build (${why}): ${arn}`)
    return true
  } catch (error) {
    const name = errorName(error)
    // Cancelling an image that has already ended is refused with a 400-class error.
    if (name === 'ResourceInUseException' || name === 'InvalidRequestException') {
      core.info(`Did not cancel ${arn}: ${(error as Error).message}`)
    } else {
      core.warning(
        `${describeError(error, 'CancelImageCreation')} The build may still be running: ${arn}`
      )
    }
    return false
  } finally {
    client.destroy()
  }
}

/** The image as it is now, or undefined when that cannot be learned quickly. */
export async function currentImage(
  connection: Connection,
  arn: string
): Promise<Image | undefined> {
  const client = createClient(connection, { maxAttempts: 2, requestTimeoutMs: 3000 })
  try {
    const { image } = await client.send(new GetImageCommand({ imageBuildVersionArn: arn }), {
      abortSignal: AbortSignal.timeout(3000)
    })
    return image
  } catch {
    return undefined
  } finally {
    client.destroy()
  }
}
