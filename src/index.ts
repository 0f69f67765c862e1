import { run } from './job/index.js'

await run()
