// Explicit allow-lists of states. Anything not listed is an unknown state: logged and waited on,
// never mistaken for success or for the end.

/** In the order a build goes through them (imagebuilder-api.md §2): watch/stages.ts relies on it. */
export const IMAGE_IN_PROGRESS = new Set([
  'PENDING',
  'CREATING',
  'BUILDING',
  'TESTING',
  'DISTRIBUTING',
  'INTEGRATING'
])
export const IMAGE_SUCCEEDED = 'AVAILABLE'
/** DEPRECATED, DELETED and DISABLED come from lifecycle actions: the image changed under us. */
export const IMAGE_FAILED = new Set(['FAILED', 'CANCELLED', 'DEPRECATED', 'DELETED', 'DISABLED'])

export function isImageTerminal(status: string): boolean {
  return status === IMAGE_SUCCEEDED || IMAGE_FAILED.has(status)
}

export const EXECUTION_FINISHED = new Set([
  'COMPLETED',
  'FAILED',
  'CANCELLED',
  'SKIPPED',
  'ROLLBACK_COMPLETED'
])

/** WAITING and TIMED_OUT are in the user guide but not in the SDK's enum; the SDK passes them through. */
export const STEP_FINISHED = new Set(['COMPLETED', 'FAILED', 'CANCELLED', 'SKIPPED', 'TIMED_OUT'])
export const STEP_FAILED = new Set(['FAILED', 'TIMED_OUT'])
/** Steps that leave their workflow on course. */
export const STEP_SUCCEEDED = new Set(['COMPLETED', 'SKIPPED'])
