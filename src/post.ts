import { cleanUp } from './lifecycle/index.js'

await cleanUp()
