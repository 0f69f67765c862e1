// What the wait found out about a build, handed to the report.
import type { Image, LatestVersionReferences } from '@aws-sdk/client-imagebuilder'
import type { Outcome, StepRef } from '../watch/index.js'
import type { SeverityGate } from '../inputs/index.js'
import type { BuildRecord } from './build-record.js'
import type { ScanResult } from './scan-read.js'

export interface BuildResult {
  arn: string
  region: string
  outcome: Outcome
  image?: Image
  latestVersionReferences?: LatestVersionReferences
  failedSteps: StepRef[]
  elapsedMs: number
  timeoutMs: number
  /** On timeout: whether CancelImageCreation was sent. */
  cancelled?: boolean
  /** Statuses and steps as streamed, for the summary. */
  record?: BuildRecord
  /** The tail of the build log, as the job log showed it (show-build-log). */
  buildLog?: { group: string; stream: string; lines: string[] }
  /** The vulnerability scan of an AVAILABLE image built with scanning. */
  scan?: ScanResult
  /** fail-on-severity: judged once the image is AVAILABLE, after the report. */
  failOnSeverity?: SeverityGate
}
