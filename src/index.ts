// First: it sets how V8 runs before the rest is loaded.
import './lean-runtime.js'
import { run } from './main.js'

await run()
