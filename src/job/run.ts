// What the main step's stages share once the work has started, and how an error is worded.
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import {
  ActionError,
  describeError,
  imageBuilderEndpoint,
  operationOf,
  type Connection
} from '../aws/index.js'
import type { Clock } from '../common/index.js'
import { InputError, type ActionInputs } from '../inputs/index.js'
import type { Started } from '../modes/index.js'
import type { BuildRecord } from '../report/index.js'

/** What the stages after submit share. */
export interface Run {
  inputs: ActionInputs
  connection: Connection
  client: ImagebuilderClient
  started: Started
  clock: Clock
  /** The account throttled the start: the wait starts gently (WatchOptions.busyStart). */
  busyStart?: boolean
  /** Set when a cancel on timeout was not confirmed: the post step must try again. */
  unsettled?: boolean
  /** What the wait saw, for a report of a wait that stopped early. */
  record?: BuildRecord
  /** The build's own report is written: whatever happens next, it says what there is to say. */
  reported?: boolean
}

/** The error as the log and the annotation say it: AWS's words and what to do about them. */
export function messageOf(error: unknown, inputs?: ActionInputs): string {
  return error instanceof InputError || error instanceof ActionError
    ? error.message
    : describeError(error, operationOf(error, 'Image Builder call'), {
        assumesRole: inputs?.role !== undefined,
        endpoint: inputs ? imageBuilderEndpoint(inputs.region, process.env) : undefined
      })
}
