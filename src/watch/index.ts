// watch/: following one image to its end. loop.ts polls and yields typed events (events.ts),
// look-plan.ts decides what each look asks and when, on call-budget.ts's budget; snapshot.ts takes
// one look at the image; progress-tracker.ts turns looks into events (statuses.ts and stages.ts,
// steps.ts, outputs.ts); waiting-step.ts answers WaitForAction steps.
// May import: common/, aws/, inputs/ (types). Other folders import watch/ through this file only.
export * from './events.js'
export { watchImage, type WatchOptions } from './loop.js'
export { FULL_SNAPSHOT, takeSnapshot, type SnapshotPlan } from './snapshot.js'
export { onWaitingStep } from './waiting-step.js'
