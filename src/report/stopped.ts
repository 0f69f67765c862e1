// The report of a step that stopped without a build result: bad input, credentials, an endpoint
// that does not answer, an image that does not exist, a wait that could not go on, a cancelled
// job. It still sets `status` and writes the job summary with what is known.
import * as core from '@actions/core'
import {
  NotFound,
  errorName,
  isConnectionRefused,
  isCredentialsError,
  WaitStopped
} from '../aws/index.js'
import { escapeHtml, oneLine } from '../common/index.js'
import { InputError } from '../inputs/index.js'
import { lastSeen, type BuildRecord } from './build-record.js'

/** Why the step stopped, as the `status` output says it when no image status is known. */
export type StopReason =
  | 'INVALID_INPUT'
  | 'CREDENTIALS_ERROR'
  | 'ENDPOINT_UNREACHABLE'
  | 'NOT_FOUND'
  | 'REQUEST_FAILED'
  | 'WAIT_FAILED'
  | 'JOB_CANCELLED'

export interface Stop {
  reason: StopReason
  /** The error as the log shows it. */
  message: string
  arn?: string
  /** The image's status when last read, if it was. */
  imageStatus?: string
  record?: BuildRecord
  /** The wait stopped but the build goes on in AWS. */
  continues?: boolean
  /** Mode publish: there is no build, and nothing was created. */
  publish?: boolean
}

const TITLES: Record<StopReason, string> = {
  INVALID_INPUT: 'Invalid input',
  CREDENTIALS_ERROR: 'No usable AWS credentials',
  ENDPOINT_UNREACHABLE: 'Image Builder could not be reached',
  NOT_FOUND: 'Image not found',
  REQUEST_FAILED: 'Image Builder refused a request',
  WAIT_FAILED: 'Stopped waiting',
  JOB_CANCELLED: 'Job cancelled'
}

/** Sets `status` (the image's last status if known, else the reason) and writes the summary. */
export async function reportStop(stop: Stop): Promise<void> {
  const seen = lastSeen(stop.record)
  // The image's status comes from the service: an output holds it only as one clean line.
  const status = oneLine(stop.imageStatus ?? seen.status ?? stop.reason, 256)
  core.setOutput('status', status)
  if (stop.arn) core.setOutput('image-arn', stop.arn)
  if (stop.continues && stop.arn) core.info(`The build continues in AWS: ${stop.arn}`)
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const row = (
    name: string,
    value: string | undefined
  ): Array<string | { data: string; header: boolean }> => [
    { data: name, header: true },
    value ? escapeHtml(oneLine(value)) : '-'
  ]
  const build = !stop.arn
    ? 'was not started'
    : stop.continues
      ? `continues in AWS: follow it with mode: watch and image-arn: ${stop.arn}`
      : 'is not left running by this step'
  const rows = stop.publish
    ? [row('Why the step stopped', stop.message), row('Components and workflows', 'none created')]
    : [
        row('Image', stop.arn),
        row('Last status', stop.imageStatus ?? seen.status),
        row('Last step', seen.step),
        row('Why the step stopped', stop.message),
        row('The build', build)
      ]
  await core.summary
    .addHeading(`❌ ${TITLES[stop.reason]} (${escapeHtml(status)})`, 2)
    .addTable(rows)
    .write()
}

/** Which stop an error is. */
export function reasonOf(error: unknown): StopReason {
  if (error instanceof InputError) return 'INVALID_INPUT'
  if (error instanceof NotFound) return 'NOT_FOUND'
  if (error instanceof WaitStopped) return 'WAIT_FAILED'
  if (isCredentialsError(error)) return 'CREDENTIALS_ERROR'
  if (isConnectionRefused(error) || ['ENOTFOUND', 'EAI_AGAIN'].includes(errorName(error)))
    return 'ENDPOINT_UNREACHABLE'
  return 'REQUEST_FAILED'
}
