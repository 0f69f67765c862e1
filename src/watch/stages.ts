// Which image statuses have workflows to follow: decides when the wait lists them.

/** Stages that always have a workflow running; elsewhere workflows start only as the status changes. */
export const WORKFLOW_STAGES = new Set(['BUILDING', 'TESTING'])
/** Before the build stage no workflow exists yet: nothing to list. */
export const BEFORE_WORKFLOWS = new Set(['PENDING', 'CREATING'])
/** Statuses in which no workflow starts: list only to follow one still running. */
export const NO_NEW_WORKFLOWS = new Set([...BEFORE_WORKFLOWS, 'INTEGRATING'])
