// lifecycle/: what keeps a build from being left running: job cancellation (SIGINT, SIGTERM),
// cancelling a build, the state the main step hands to the post step, and the post step itself.
// May import: common/, aws/. Others import lifecycle/ through this file only; the post step's
// entry loads post-step.ts on its own, so as to load no more than it needs.
export { cancelBuild, currentImage, imageOfStartCall, type CancelOutcome } from './cancel.js'
export { JobCancellation, JobCancelled } from './job-cancellation.js'
export { cleanUp } from './post-step.js'
export {
  STATE_IMAGE_ARN,
  STATE_REGION,
  STATE_SETTLED,
  STATE_STARTED,
  STATE_START_CALL
} from './state.js'
