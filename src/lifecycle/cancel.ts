// Cancelling a build: on job cancellation, on timeout, and in the post step. The runner gives a
// cancelled step 7.5 s before SIGTERM and 10 s before it kills it, so every call here has a
// budget, and a cancel that fails is tried again within it; the post step tries again after that.
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
  isImageTerminal,
  sendStartCall,
  withRetries,
  type Connection,
  type StartCall
} from '../aws/index.js'
import { oneLine } from '../common/index.js'

/** What became of a cancel: only `cancelled` and `ended` let the step call the build settled. */
export type CancelOutcome = 'cancelled' | 'ended' | 'unconfirmed'

/**
 * Cancelling an image that has already ended is refused with one of these; so may be one that
 * cannot be cancelled yet, or for another reason: only its status tells which.
 */
const REFUSED = new Set(['ResourceInUseException', 'InvalidRequestException'])
/**
 * An interrupted start call is sent again this many times at most, paced as the submit is: the
 * account's request rate is shared by all its builds.
 */
const RESENDS = 3

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
    const status = REFUSED.has(errorName(error))
      ? ((await currentImage(connection, arn))?.state?.status ?? '')
      : ''
    if (isImageTerminal(status)) {
      core.info(`Did not cancel ${arn}: it has already ended (${status}).`)
      return 'ended'
    }
    const now = status ? ` (status ${oneLine(status, 40)})` : ''
    core.warning(
      `${describeError(error, 'CancelImageCreation')} The build may still be running${now}: ${arn}`
    )
    return 'unconfirmed'
  } finally {
    client.destroy()
  }
}

/**
 * Which image an interrupted start call made: the same call again, with the same client token,
 * answers with it (or, had the first never arrived, makes it now: it is cancelled all the same).
 * Never RetryImage: its image is the one it names, and sent again it would restart a FAILED image
 * only for it to be cancelled, its failure lost.
 */
export async function imageOfStartCall(
  connection: Connection,
  call: StartCall,
  budgetMs = 3000
): Promise<string | undefined> {
  if (call.operation === 'RetryImage') return call.request.imageBuildVersionArn
  const client = await createClient(connection, { maxAttempts: 1 })
  try {
    return await withRetries(
      left =>
        callApi(call.operation, abortSignal => sendStartCall(client, call, abortSignal), {
          timeoutMs: Math.max(500, Math.min(3000, left))
        }),
      { limitMs: budgetMs, attempts: RESENDS }
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
