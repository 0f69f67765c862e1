// Cancelling a build: on job cancellation, on timeout, and in the post step. The runner gives a
// cancelled step 7.5 s before SIGTERM and 10 s before it kills it, so every call here has a
// budget, and a refused cancel is tried again within it; the post step tries again after that.
import * as core from '@actions/core'
import {
  CancelImageCreationCommand,
  GetImageCommand,
  type Image
} from '@aws-sdk/client-imagebuilder'
import {
  callApi,
  createClient,
  describeError,
  errorName,
  sendStartCall,
  withRetries,
  type Connection,
  type StartCall
} from '../aws/index.js'

/** What became of a cancel: only `cancelled` and `ended` let the step call the build settled. */
export type CancelOutcome = 'cancelled' | 'ended' | 'unconfirmed'

/** Cancelling an image that has already ended is refused with one of these. */
const ALREADY_ENDED = new Set(['ResourceInUseException', 'InvalidRequestException'])

/**
 * Repeats `attempt` through transient errors until `budgetMs` is spent, pausing at most a second:
 * each attempt gets what is left of the budget, from half a second to three.
 */
function withinBudget<T>(budgetMs: number, attempt: (timeoutMs: number) => Promise<T>): Promise<T> {
  return withRetries(left => attempt(Math.max(500, Math.min(3000, left))), {
    limitMs: budgetMs,
    baseMs: 200,
    maxMs: 1000
  })
}

/** Sends CancelImageCreation until it is accepted or refused for good; never throws. */
export async function cancelBuild(
  connection: Connection,
  arn: string,
  why: string,
  budgetMs = 5000
): Promise<CancelOutcome> {
  // The SDK's own retries would spend the budget on backoff it cannot shorten.
  const client = await createClient(connection, { maxAttempts: 1 })
  try {
    await withinBudget(budgetMs, timeoutMs =>
      callApi(
        'CancelImageCreation',
        abortSignal =>
          client.send(new CancelImageCreationCommand({ imageBuildVersionArn: arn }), {
            abortSignal
          }),
        { timeoutMs }
      )
    )
    core.info(`Cancelled the image build (${why}): ${arn}`)
    return 'cancelled'
  } catch (error) {
    if (ALREADY_ENDED.has(errorName(error))) {
      core.info(`Did not cancel ${arn}: ${(error as Error).message}`)
      return 'ended'
    }
    core.warning(
      `${describeError(error, 'CancelImageCreation')} The build may still be running: ${arn}`
    )
    return 'unconfirmed'
  } finally {
    client.destroy()
  }
}

/**
 * Which image an interrupted start call made: the same call again, with the same client token,
 * answers with it (or, had the first never arrived, makes it now: it is cancelled all the same).
 */
export async function imageOfStartCall(
  connection: Connection,
  call: StartCall,
  budgetMs = 3000
): Promise<string | undefined> {
  const client = await createClient(connection, { maxAttempts: 1 })
  try {
    return await withinBudget(budgetMs, timeoutMs =>
      callApi(call.operation, abortSignal => sendStartCall(client, call, abortSignal), {
        timeoutMs
      })
    )
  } catch (error) {
    core.warning(
      `${describeError(error, call.operation)} Could not learn which image the interrupted ${call.operation} made; if it made one, it may still be running.`
    )
    return undefined
  } finally {
    client.destroy()
  }
}

/** The image as it is now, or undefined when that cannot be learned quickly. */
export async function currentImage(
  connection: Connection,
  arn: string
): Promise<Image | undefined> {
  const client = await createClient(connection, { maxAttempts: 2, requestTimeoutMs: 3000 })
  try {
    const { image } = await callApi(
      'GetImage',
      abortSignal =>
        client.send(new GetImageCommand({ imageBuildVersionArn: arn }), { abortSignal }),
      { timeoutMs: 3000 }
    )
    return image
  } catch {
    return undefined
  } finally {
    client.destroy()
  }
}
