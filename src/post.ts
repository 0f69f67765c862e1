// The post step runs after the job's other steps, even when it was cancelled. Cleaning up a build
// left running is planned; for now it only records which build the main step followed.
import * as core from '@actions/core'
import { STATE_IMAGE_ARN } from './state.js'

const arn = core.getState(STATE_IMAGE_ARN)
if (arn) core.debug(`The main step followed ${arn}`)
