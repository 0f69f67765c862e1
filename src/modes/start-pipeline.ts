// mode: start-pipeline. Runs an existing image pipeline (StartImagePipelineExecution): what most
// CI workflows do. The pipeline is named by ARN, or by name, looked up in the region: never is an
// ARN built from a name, since names may hold upper case and spaces. A DISABLED pipeline is
// refused here: the service would start it (DISABLED only stops its schedule), but a pipeline is
// disabled after repeated scheduled failures, and a CI run should not quietly start it again.
import * as core from '@actions/core'
import {
  GetImagePipelineCommand,
  paginateListImagePipelines,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import { ActionError, NotFound, collect } from '../aws/index.js'
import { oneLine } from '../common/index.js'
import type { StartPipelineInputs } from '../inputs/index.js'
import { repeatedCall, submitTagged, type StartContext, type Started } from './submit.js'

/** The error lists the pipelines that do exist when there are no more than this many. */
const LIST_LIMIT = 10

export async function startPipeline(
  client: ImagebuilderClient,
  inputs: StartPipelineInputs,
  context: StartContext
): Promise<Started> {
  const arn =
    'arn' in inputs.imagePipeline
      ? inputs.imagePipeline.arn
      : await resolveName(client, inputs.imagePipeline.name, inputs.region, context)
  const { imagePipeline } = await repeatedCall(
    'GetImagePipeline',
    abortSignal =>
      client.send(new GetImagePipelineCommand({ imagePipelineArn: arn }), { abortSignal }),
    context
  )
  if (imagePipeline?.status === 'DISABLED') {
    throw new ActionError(
      `Image pipeline ${oneLine(imagePipeline.name)} (${arn}) is DISABLED, so this step did not start it. Image Builder disables a pipeline after repeated scheduled failures; enable it in the console, or with: aws imagebuilder update-image-pipeline --image-pipeline-arn ${arn} --status ENABLED (plus the pipeline's other settings).`
    )
  }
  core.info(`Starting image pipeline ${oneLine(imagePipeline?.name) || arn} in ${inputs.region}`)
  const request = { imagePipelineArn: arn }
  const image = await submitTagged(
    client,
    inputs,
    { operation: 'StartImagePipelineExecution', request },
    context
  )
  return { arn: image, started: true }
}

/** The one pipeline of exactly this name; the API's name filter is not documented as exact. */
async function resolveName(
  client: ImagebuilderClient,
  name: string,
  region: string,
  context: StartContext
): Promise<string> {
  const list = (filters?: Array<{ name: string; values: string[] }>) =>
    repeatedCall(
      'ListImagePipelines',
      abortSignal =>
        collect(
          paginateListImagePipelines({ client }, { filters }, { abortSignal }),
          page => page.imagePipelineList
        ),
      context
    )
  const match = (await list([{ name: 'name', values: [name] }])).find(p => p.name === name)
  if (match?.arn) return match.arn
  const existing = (await list()).map(p => p.name ?? '')
  const known =
    existing.length === 0
      ? 'there are no image pipelines there'
      : existing.length <= LIST_LIMIT
        ? `the pipelines there are: ${existing.map(n => `'${oneLine(n, 128)}'`).join(', ')}`
        : `there are ${existing.length} other pipelines there`
  throw new NotFound(
    `Input 'image-pipeline': no image pipeline is named '${name}' in ${region} (names must match exactly); ${known}. Give the pipeline's exact name or its ARN.`
  )
}
