// First: it sets how V8 runs before the rest is loaded.
import './lean-runtime.js'
import { cleanUp } from './lifecycle/index.js'

await cleanUp()
