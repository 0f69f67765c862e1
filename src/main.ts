// inputs -> request -> submit -> watch -> report. Every failure leaves through the one catch.
import * as core from '@actions/core'
import { CreateImageCommand } from '@aws-sdk/client-imagebuilder'
import { createClient } from './client.js'
import { defaultClientToken } from './client-token.js'
import { ActionError, callApi, describeError, operationOf } from './errors.js'
import { InputError, readInputs, type CreateImageInputs, type WaitSettings } from './inputs.js'
import { ProgressLog } from './progress-log.js'
import { report, type BuildResult } from './report.js'
import { buildCreateImageRequest } from './request.js'
import { STATE_IMAGE_ARN } from './state.js'
import { watchImage, type WatchEvent } from './watch.js'
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'

export async function run(): Promise<void> {
  try {
    const inputs = readInputs(name => core.getInput(name), process.env)
    await createImage(inputs)
  } catch (error) {
    core.setFailed(
      error instanceof InputError || error instanceof ActionError
        ? error.message
        : describeError(error, operationOf(error, 'Image Builder call'))
    )
  }
}

async function createImage(inputs: CreateImageInputs): Promise<void> {
  const client = createClient(inputs.region)
  const request = buildCreateImageRequest(inputs)
  request.clientToken =
    inputs.clientToken ?? defaultClientToken(request, inputs.region, process.env)
  core.info(`Starting an image build from ${inputs.recipe.arn} in ${inputs.region}`)
  const response = await callApi('CreateImage', () => client.send(new CreateImageCommand(request)))
  const arn = response.imageBuildVersionArn
  if (!arn) throw new ActionError('CreateImage returned no imageBuildVersionArn')
  // Published before waiting, so later steps, a cancelled job's post step, or a person can use it.
  core.setOutput('image-arn', arn)
  core.saveState(STATE_IMAGE_ARN, arn)
  core.info(`Image build version ARN: ${arn}`)
  await follow(client, arn, inputs.region, inputs.waitSettings)
}

async function follow(
  client: ImagebuilderClient,
  arn: string,
  region: string,
  settings: WaitSettings
): Promise<void> {
  if (!settings.wait) {
    core.info("Not waiting for the build ('wait' is false).")
    return
  }
  const log = new ProgressLog()
  let end: Extract<WatchEvent, { type: 'end' }> | undefined
  try {
    for await (const event of watchImage(client, arn, settings)) {
      log.handle(event)
      if (event.type === 'end') end = event
    }
  } finally {
    log.close()
  }
  if (!end) throw new ActionError(`Stopped watching ${arn} before it ended`)
  const result: BuildResult = { arn, region, ...end, timeoutMs: settings.timeoutMs }
  await report(result)
}
