// Which image statuses have workflows to follow, and which status each workflow shows: decides
// when the wait lists them, and shows a stage from its workflow when the status was not read.
import type { WorkflowExecutionMetadata } from '@aws-sdk/client-imagebuilder'
import { IMAGE_IN_PROGRESS, IMAGE_SUCCEEDED } from '../aws/index.js'

/** Stages that always have a workflow running; elsewhere workflows start only as the status changes. */
export const WORKFLOW_STAGES = new Set(['BUILDING', 'TESTING'])
/** Before the build stage no workflow exists yet: nothing to list. */
export const BEFORE_WORKFLOWS = new Set(['PENDING', 'CREATING'])
/** Statuses in which no workflow starts: list only to follow one still running. */
export const NO_NEW_WORKFLOWS = new Set([...BEFORE_WORKFLOWS, 'INTEGRATING'])

/** The statuses of a build in the order it goes through them (imagebuilder-api.md §2). */
const BUILD_ORDER = [...IMAGE_IN_PROGRESS, IMAGE_SUCCEEDED]
/** The model's ImageState: "A new image moves through build, test, and distribution statuses". */
const STAGE_OF: Record<string, string> = {
  BUILD: 'BUILDING',
  TEST: 'TESTING',
  DISTRIBUTION: 'DISTRIBUTING'
}

/**
 * The stage a workflow shows the image reached: one that has started (not PENDING, not SKIPPED),
 * and is not the original of a workflow a retry ran again.
 */
export function stageOf(execution: WorkflowExecutionMetadata): string | undefined {
  if (['PENDING', 'SKIPPED'].includes(execution.status ?? 'PENDING')) return undefined
  return execution.retried === true ? undefined : STAGE_OF[execution.type ?? '']
}

/** `status` comes before `than` in a build: both are build statuses, and `than` is further on. */
export function isBehind(status: string | undefined, than: string | undefined): boolean {
  const at = BUILD_ORDER.indexOf(status ?? '')
  return at >= 0 && at < BUILD_ORDER.indexOf(than ?? '')
}
