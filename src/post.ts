// First: it sets how V8 runs before the rest is loaded.
import { leanRuntime } from './common/index.js'

leanRuntime()

// Loaded on its own, not through lifecycle/index.ts: most post steps have nothing to do, and
// should not load the AWS SDK to find that out.
const { cleanUp } = await import('./lifecycle/post-step.js')
await cleanUp()
