// mode: start-pipeline. Runs an existing image pipeline (StartImagePipelineExecution): what most
// CI workflows do. The pipeline is named by ARN, or by name, looked up in the region: never is an
// ARN built from a name, since names may hold upper case and spaces. A DISABLED pipeline is
// started, with a warning: "A disabled pipeline doesn't run on its schedule, but you can still
// start builds manually" (the model). "Builds that you start manually use the tags from the
// StartImagePipelineExecution request instead" of the pipeline's imageTags, so the request carries
// them, for a build tagged as a scheduled one would be; provenance and the user's tags go over them.
import * as core from '@actions/core'
import {
  GetImagePipelineCommand,
  paginateListImagePipelines,
  type ImagePipeline,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import { NotFound, collect, serviceArn } from '../aws/index.js'
import { oneLine } from '../common/index.js'
import { tagProblem, type StartPipelineInputs } from '../inputs/index.js'
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
  const name = oneLine(imagePipeline?.name, 128) || arn
  if (imagePipeline?.status === 'DISABLED') {
    core.warning(
      `Image pipeline ${name} (${arn}) is DISABLED: its schedule is off, but builds started by hand still run, so this step starts one. Image Builder disables a pipeline after repeated scheduled failures; to turn its schedule back on: aws imagebuilder update-image-pipeline --image-pipeline-arn ${arn} --status ENABLED (plus the pipeline's other settings).`
    )
  }
  core.info(`Starting image pipeline ${name} in ${inputs.region}`)
  const request = { imagePipelineArn: arn }
  const baseTags = {
    tags: imageTags(imagePipeline, name),
    from: `the image tags of pipeline ${name}`
  }
  const image = await submitTagged(
    client,
    { ...inputs, baseTags },
    { operation: 'StartImagePipelineExecution', request },
    context
  )
  return { arn: image, started: true }
}

/**
 * The pipeline's image tags, which the service gives only its scheduled builds, as the model has
 * tags: they come from the service, so one the request could not carry is left out, with a warning.
 */
function imageTags(pipeline: ImagePipeline | undefined, name: string): Record<string, string> {
  const tags: Record<string, string> = {}
  for (const [key, value] of Object.entries(pipeline?.imageTags ?? {})) {
    const problem =
      typeof value === 'string' ? tagProblem(key, value) : `value of '${key}' is not a string`
    if (problem)
      core.warning(
        oneLine(`Image pipeline ${name}: an image tag is left out of the request: ${problem}`)
      )
    else tags[key] = value
  }
  return tags
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
  const arn = serviceArn(
    { operation: 'ListImagePipelines', member: 'arn', shape: 'ImagePipelineArn' },
    match?.arn
  )
  if (arn) return arn
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
