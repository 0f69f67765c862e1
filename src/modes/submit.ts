// What every mode that starts work shares: the Started record, the default client token, and a
// submit that repeats through throttling and 5xx answers, bounded in time and cancellable.
import * as core from '@actions/core'
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import {
  ActionError,
  callApi,
  defaultClientToken,
  describeError,
  isConnectionRefused,
  isThrottling,
  isTransient,
  madeNothing,
  sendStartCall,
  withRetries,
  type StartCall,
  REPEAT_LIMITS,
  START_THROTTLED_BASE_MS,
  THROTTLED_BASE_MS
} from '../aws/index.js'
import { systemClock, type Clock, type Env } from '../common/index.js'
import type { ActionInputs } from '../inputs/index.js'
import type { Snapshot } from '../watch/index.js'
import { tagsWithProvenance, type BaseTags } from './provenance.js'

export interface Started {
  arn: string
  /** Whether this step started the work (and so may cancel it); false for watch. */
  started: boolean
  /** For a retry: the image as it was before, so the wait does not take its old state for the end. */
  resumeFrom?: Snapshot
}

/** What starting work needs besides the inputs. */
export interface StartContext {
  env: Env
  /** The clock retries sleep on. */
  clock?: Clock
  /** Job cancellation: aborts the submit and its retries. */
  signal?: AbortSignal
  /** How long one call may take, the SDK's retries included. */
  callTimeoutMs?: number
  /**
   * Told the exact call, client token included, before an attempt is sent (`uncertain`: it may
   * make an image), and again when an attempt was refused while none before it went unanswered
   * (not `uncertain`: nothing was made). Only a call that may have made an image is worth sending
   * again, should the step be cancelled or killed meanwhile, to learn which.
   */
  onStartCall?: (call: StartCall, uncertain: boolean) => void
  /** Told when the account throttled a call on the way to the start: it is busy. */
  onThrottled?: () => void
  /**
   * Throttled calls are sent again until then, across the step (REPEAT_LIMITS.throttledLimitMs
   * from its start), and for each call for two minutes at least: a job throttled at every call
   * before the wait (a retry reads, then retries; a pipeline by name is listed, read, started)
   * does not wait ten minutes at each. Set by `startContext`.
   */
  throttledUntil: number
}

/** A step's context for its calls: throttled ones are sent again until ten minutes from now. */
export function startContext<T extends Omit<StartContext, 'throttledUntil'>>(
  context: T
): T & StartContext {
  const now = (context.clock ?? systemClock).now()
  return { ...context, throttledUntil: now + REPEAT_LIMITS.throttledLimitMs }
}

/** The client token the user gave, or one of this execution of the step, for this request. */
export function clientTokenFor(
  inputs: ActionInputs,
  request: object,
  env: Env
): string | undefined {
  return (
    inputs.clientToken ?? defaultClientToken({ mode: inputs.mode, ...request }, inputs.region, env)
  )
}

/** The start calls that make a new image, and so carry tags. */
export type TaggedStartCall = Exclude<StartCall, { operation: 'RetryImage' }>

/**
 * Submits a call that makes an image: its tags are the user's with the provenance tags (over any
 * `baseTags`), and its client token is derived from the request as it is sent.
 */
export async function submitTagged(
  client: ImagebuilderClient,
  inputs: ActionInputs & { tags: Record<string, string>; baseTags?: BaseTags },
  call: TaggedStartCall,
  context: StartContext
): Promise<string> {
  call.request.tags = await tagsWithProvenance(inputs.tags, inputs.provenanceTags, inputs.baseTags)
  call.request.clientToken = clientTokenFor(inputs, call.request, context.env)
  return submit(client, call, context)
}

/**
 * The calls that start work are repeated through throttling and 5xx answers as `repeated` says:
 * they carry the same client token, so a repeat returns the image already made.
 */
export async function submit(
  client: ImagebuilderClient,
  call: StartCall,
  context: StartContext
): Promise<string> {
  const { operation } = call
  /** Some attempt may have made an image: one in flight, or one whose outcome is unknown. */
  let uncertain = false
  /** Some attempt's outcome is unknown: the call stays uncertain, whatever comes after. */
  let unanswered = false
  const setUncertain = (value: boolean): void => {
    if (value === uncertain) return
    uncertain = value
    context.onStartCall?.(call, value)
  }
  const attempt = async (abortSignal: AbortSignal): Promise<string | undefined> => {
    setUncertain(true)
    try {
      return await sendStartCall(client, call, abortSignal)
    } catch (error) {
      // A throttled call made nothing: there is no image to learn by sending it again.
      if (!madeNothing(error)) unanswered = true
      setUncertain(unanswered)
      throw error
    }
  }
  const arn = await repeatedCall(operation, attempt, context, START_THROTTLED_BASE_MS)
  if (!arn) throw new ActionError(`${operation} returned no imageBuildVersionArn`)
  return arn
}

/**
 * An attempt repeated through throttling, 5xx answers and dropped connections, for as long as
 * REPEAT_LIMITS and the step's `throttledUntil` say, with full-jitter backoff: the SDK repeats no
 * throttled call, since the account's rate is shared by all its builds. For reads, and for calls
 * whose client token makes a repeat safe.
 */
export function repeated<T>(
  operation: string,
  attempt: () => Promise<T>,
  { clock, signal, onThrottled, throttledUntil }: StartContext,
  throttledBaseMs = THROTTLED_BASE_MS
): Promise<T> {
  const { limitMs } = REPEAT_LIMITS
  return withRetries(attempt, {
    limitMs,
    throttledLimitMs: Math.max(limitMs, throttledUntil - (clock ?? systemClock).now()),
    throttledBaseMs,
    clock,
    signal,
    // A refused connection at the start is a wrong endpoint or no network, not a blip.
    retryable: error => isTransient(error) && !isConnectionRefused(error),
    onRetry: (error, delayMs) => {
      if (isThrottling(error)) onThrottled?.()
      core.info(`${describeError(error, operation)} Retrying in ${Math.round(delayMs / 1000)} s.`)
    }
  })
}

/** One API call, each attempt bounded by the call timeout, repeated as `repeated` says. */
export function repeatedCall<T>(
  operation: string,
  call: (abortSignal: AbortSignal) => Promise<T>,
  context: StartContext,
  throttledBaseMs?: number
): Promise<T> {
  return repeated(
    operation,
    () => callApi(operation, call, { signal: context.signal, timeoutMs: context.callTimeoutMs }),
    context,
    throttledBaseMs
  )
}
