// common/: small helpers every other folder may use: the replaceable clock, the text helpers
// that make service text safe for the log and the summary, and V8's flags for a long wait.
// May import: nothing of ours.
export * from './clock.js'
export * from './lean-runtime.js'
export * from './model-shape.js'
export * from './text.js'

/** The process environment, or a test's stand-in for it. */
export type Env = Record<string, string | undefined>
