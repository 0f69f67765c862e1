// How a build goes: the knobs a test or the command line turns to script a timeline. Every
// field is optional; an empty scenario is a build that succeeds in a few seconds.
import type { ScanFinding } from './findings.js'

export type WorkflowType = 'BUILD' | 'TEST' | 'DISTRIBUTION'

export interface StepSpec {
  name: string
  action: string
  /** Skipped steps (an `if` that evaluated false) take no time. */
  skip?: boolean
}

export interface FailureSpec {
  /** Fail this step of the workflow of this type... */
  workflow?: WorkflowType
  step?: string
  /** ...or fail while the image is in this status (distribution without a workflow, integration). */
  status?: 'DISTRIBUTING' | 'INTEGRATING'
  /** With status DISTRIBUTING: how many distribution targets finish before the failure. */
  targetsDone?: number
  message: string
  /** The component step that failed, as failureContext.componentFailure reports it. */
  component?: {
    componentArn: string
    phaseName: string
    stepName: string
    action: string
    errorMessage: string
  }
  /** Leave failureContext out, as older service versions do. */
  noFailureContext?: boolean
}

/**
 * Amazon Inspector's scan of an image whose request enables scanning (scan.ts). By default it
 * runs along the TEST stage and ends COMPLETED with the CollectImageScanFindings step.
 */
export interface ScanSpec {
  /** How the scan ends, with `reason`: COMPLETED (the default), FAILED or TIMED_OUT. */
  endsAs?: 'COMPLETED' | 'FAILED' | 'TIMED_OUT'
  reason?: string
  /**
   * The scan lags the build by this long: SCANNING until this long after the collecting step
   * starts, then COLLECTING for the step's length. Longer than what is left of the build after
   * that step, and the image turns AVAILABLE while the scan still runs.
   */
  lateMs?: number
}

export interface Scenario {
  /** Duration of each workflow step. */
  stepMs?: number
  /** Duration of the PENDING, CREATING and INTEGRATING statuses. */
  phaseMs?: number
  /** Time to copy the image to each distribution target when no distribution workflow runs. */
  targetMs?: number
  /** GetImage answers ResourceNotFoundException for this long after CreateImage. */
  notFoundMs?: number
  fail?: FailureSpec
  /** A status the action does not know, reported for phaseMs after CREATING (enum drift). */
  extraStatus?: string
  /** No build log is written (logging off, or the instance never came up). */
  noBuildLog?: boolean
  /**
   * The build log: how many step output lines it has (150 by default), and the most events each
   * successive page of a GetLogEvents chain returns (0: an empty page while more events exist; the
   * last entry holds for the pages after it). Without pages, a page holds what `limit` asks.
   * `tail`: lines the build wrote last, as they are (a test's hostile text, blank lines).
   */
  buildLog?: { lines?: number; pages?: number[]; tail?: string[] }
  /** A WaitForAction step put first in each workflow of this type: it holds the build until answered. */
  waitingStep?: {
    workflow: WorkflowType
    name: string
    /**
     * How the step listing shows it while it waits: RUNNING (the model's enum has no WAITING;
     * the default), WAITING (as the user guide says), or RUNNING without its action, so that
     * only ListWaitingWorkflowSteps tells it waits.
     */
    reportAs?: 'RUNNING' | 'WAITING' | 'RUNNING_WITHOUT_ACTION'
  }
  /** The scan of images that enable scanning: how it ends, and when. */
  scan?: ScanSpec
  /** What each scanned image's scan finds, listed once the scan is COMPLETED (makeFindings). */
  findings?: ScanFinding[]
  /** Steps of named workflows (by workflow name), replacing the built-in catalogue. */
  workflowSteps?: Record<string, StepSpec[]>
}
