// mode: watch. Follows an image that already exists; starts nothing, so never cancels anything.
import * as core from '@actions/core'
import type { WatchInputs } from '../inputs/index.js'
import type { Started } from './submit.js'

export function startWatch(inputs: WatchInputs): Started {
  core.info(`Watching ${inputs.imageArn}; this step did not start it and will not cancel it.`)
  return { arn: inputs.imageArn, started: false }
}
