// modes/: one file per mode that builds (create-image, start-pipeline, distribute, retry, watch).
// Each builds its request, submits it, and says which image to follow (Started); submit.ts's
// repeated calls serve publish/ too. Only this folder and publish/ send the calls that create or
// start anything in the account.
// May import: common/, aws/, inputs/, watch/, report/ (log lines). Others import modes/ through
// this file only.
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { ActionInputs, PublishInputs } from '../inputs/index.js'
import { startCreateImage } from './create-image.js'
import { startDistribute } from './distribute.js'
import { startRetry } from './retry.js'
import { startPipeline } from './start-pipeline.js'
import type { StartContext, Started } from './submit.js'
import { startWatch } from './watch.js'

export { repeatedCall, startContext, type StartContext, type Started } from './submit.js'

export async function start(
  client: ImagebuilderClient,
  inputs: Exclude<ActionInputs, PublishInputs>,
  context: StartContext
): Promise<Started> {
  switch (inputs.mode) {
    case 'create-image':
      return startCreateImage(client, inputs, context)
    case 'distribute':
      return startDistribute(client, inputs, context)
    case 'retry':
      return startRetry(client, inputs, context)
    case 'watch':
      return startWatch(inputs)
    case 'start-pipeline':
      return startPipeline(client, inputs, context)
  }
}
