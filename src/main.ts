// inputs -> request -> submit -> watch -> report. Every failure leaves through the one catch.
import * as core from '@actions/core'
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { createClient } from './client.js'
import { ActionError, describeError, operationOf } from './errors.js'
import { InputError, readInputs, type ActionInputs } from './inputs.js'
import { ProgressLog } from './progress-log.js'
import { report, type BuildResult } from './report.js'
import { STATE_IMAGE_ARN, STATE_STARTED } from './state.js'
import { start, type Started } from './submit.js'
import { watchImage, type WatchEvent } from './watch.js'

export async function run(): Promise<void> {
  try {
    const inputs = readInputs(name => core.getInput(name), process.env)
    if (inputs.ignoredInputs.length > 0) {
      const names = inputs.ignoredInputs.map(name => `'${name}'`).join(', ')
      core.warning(
        `Mode '${inputs.mode}' does not use ${names}; ${inputs.ignoredInputs.length === 1 ? 'it is' : 'they are'} ignored.`
      )
    }
    const client = createClient(inputs.region)
    const started = await start(client, inputs, process.env)
    // Published before waiting, so later steps, a cancelled job's post step, or a person can use it.
    core.setOutput('image-arn', started.arn)
    core.saveState(STATE_IMAGE_ARN, started.arn)
    core.saveState(STATE_STARTED, String(started.started))
    if (started.started) core.info(`Image build version ARN: ${started.arn}`)
    await follow(client, started, inputs)
  } catch (error) {
    core.setFailed(
      error instanceof InputError || error instanceof ActionError
        ? error.message
        : describeError(error, operationOf(error, 'Image Builder call'))
    )
  }
}

async function follow(
  client: ImagebuilderClient,
  started: Started,
  inputs: ActionInputs
): Promise<void> {
  const settings = inputs.waitSettings
  if (!settings.wait && inputs.mode !== 'watch') {
    core.info("Not waiting for the build ('wait' is false).")
    return
  }
  const log = new ProgressLog()
  let end: Extract<WatchEvent, { type: 'end' }> | undefined
  try {
    for await (const event of watchImage(client, started.arn, {
      ...settings,
      resumeFrom: started.resumeFrom
    })) {
      log.handle(event)
      if (event.type === 'end') end = event
    }
  } finally {
    log.close()
  }
  if (!end) throw new ActionError(`Stopped watching ${started.arn} before it ended`)
  const result: BuildResult = {
    arn: started.arn,
    region: inputs.region,
    ...end,
    timeoutMs: settings.timeoutMs
  }
  await report(result)
}
