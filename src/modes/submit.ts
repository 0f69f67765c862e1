// What every mode that starts work shares: the Started record, the default client token, and a
// submit that repeats through throttling and 5xx answers.
import * as core from '@actions/core'
import {
  ActionError,
  callApi,
  defaultClientToken,
  describeError,
  withRetries
} from '../aws/index.js'
import type { Clock, Env } from '../common/index.js'
import type { ActionInputs } from '../inputs/index.js'
import type { Snapshot } from '../watch/index.js'

export interface Started {
  arn: string
  /** Whether this step started the work (and so may cancel it); false for watch. */
  started: boolean
  /** For a retry: the image as it was before, so the wait does not take its old state for the end. */
  resumeFrom?: Snapshot
}

/** What starting work needs besides the inputs: the run's environment, and the clock retries sleep on. */
export interface StartContext {
  env: Env
  clock?: Clock
}

/** The client token the user gave, or one derived from the run and the request. */
export function clientTokenFor(
  inputs: ActionInputs,
  request: object,
  env: Env
): string | undefined {
  return (
    inputs.clientToken ?? defaultClientToken({ mode: inputs.mode, ...request }, inputs.region, env)
  )
}

/**
 * The calls that start work are repeated through throttling and 5xx answers for up to two minutes:
 * they carry the same client token, so a repeat returns the image already made.
 */
export async function submit(
  operation: string,
  call: () => Promise<{ imageBuildVersionArn?: string }>,
  clock?: Clock
): Promise<string> {
  const response = await withRetries(() => callApi(operation, call), {
    limitMs: 120_000,
    clock,
    onRetry: (error, delayMs) =>
      core.info(`${describeError(error, operation)} Retrying in ${Math.round(delayMs / 1000)} s.`)
  })
  if (!response.imageBuildVersionArn)
    throw new ActionError(`${operation} returned no imageBuildVersionArn`)
  return response.imageBuildVersionArn
}
