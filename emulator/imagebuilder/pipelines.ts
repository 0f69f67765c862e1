// Image pipelines: ListImagePipelines (filters, pagination), GetImagePipeline, and
// StartImagePipelineExecution, whose every execution is a new build of the pipeline's recipe
// version (image/NAME/1.0.0/1, /2, ...), idempotent by client token. As the model says, a DISABLED
// pipeline is started too ("You can start a build this way whether the pipeline is enabled or
// disabled"), and the image a manual start makes gets the request's tags, not the pipeline's
// imageTags ("Builds that you start manually use the tags from the StartImagePipelineExecution
// request instead").
import { randomUUID } from 'node:crypto'
import { ServiceError, type RecordedRequest } from '../protocol.js'
import { nameKey } from './documents.js'
import { startBuild } from './images.js'
import type { PipelineRecord } from './records.js'
import type { ImageBuilderStore } from './store.js'
import { PATTERNS, invalid, validateTags } from './validation.js'

/**
 * The ARN the service gives a pipeline: "Image Builder generates the pipeline ARN from a normalized
 * form of the name, so names that differ only in case, spaces, or underscores count as the same
 * name." Two names with one ARN are one pipeline.
 */
export function pipelineArn(store: ImageBuilderStore, region: string, name: string): string {
  return `arn:aws:imagebuilder:${region}:${store.accountId}:image-pipeline/${nameKey(name)}`
}

/** The members UpdateImagePipeline replaces, less status and imageTags (kept beside them). */
const CONFIGURATION = [
  'description',
  'imageRecipeArn',
  'containerRecipeArn',
  'infrastructureConfigurationArn',
  'distributionConfigurationArn',
  'imageTestsConfiguration',
  'enhancedImageMetadataEnabled',
  'schedule',
  'imageScanningConfiguration',
  'workflows',
  'executionRole',
  'loggingConfiguration'
]

/**
 * The configuration as the service keeps it: the request's members, and for what it omits the
 * defaults the model documents. Image tests: "If you don't provide test settings, Image Builder
 * stores a default configuration with image tests enabled", timeoutMinutes "stores and returns
 * 720"; enhancedImageMetadataEnabled "Defaults to true"; a schedule's timezone "defaults to UTC"
 * and its start condition to EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE. An omitted
 * schedule, workflows, role or logging is simply absent ("removed").
 */
function configuration(members: Record<string, unknown>): Record<string, unknown> {
  const body = Object.fromEntries(
    CONFIGURATION.filter(m => members[m] !== undefined).map(m => [m, members[m]])
  )
  body.imageTestsConfiguration = {
    imageTestsEnabled: true,
    timeoutMinutes: 720,
    ...(members.imageTestsConfiguration as object | undefined)
  }
  body.enhancedImageMetadataEnabled = members.enhancedImageMetadataEnabled ?? true
  if (members.schedule !== undefined) {
    body.schedule = {
      timezone: 'UTC',
      pipelineExecutionStartCondition: 'EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE',
      ...(members.schedule as object)
    }
  }
  return body
}

/**
 * Replaces a pipeline's whole configuration, as UpdateImagePipeline does: "Any optional property
 * that you omit is removed or reset to its default"; status "Defaults to ENABLED when omitted".
 */
export function replaceConfiguration(
  store: ImageBuilderStore,
  record: PipelineRecord,
  members: Record<string, unknown>
): void {
  record.body = configuration(members)
  record.status = members.status === 'DISABLED' ? 'DISABLED' : 'ENABLED'
  record.imageTags = members.imageTags as Record<string, string> | undefined
  record.dateUpdated = new Date(store.now()).toISOString()
}

/** Adds a pipeline; `members` are a CreateImagePipeline request's. */
export function addPipeline(
  store: ImageBuilderStore,
  region: string,
  members: Record<string, unknown>
): PipelineRecord {
  const name = String(members.name)
  const now = new Date(store.now()).toISOString()
  const record: PipelineRecord = {
    arn: pipelineArn(store, region, name),
    name,
    region,
    status: 'ENABLED',
    body: {},
    tags: members.tags as Record<string, string> | undefined,
    dateCreated: now,
    dateUpdated: now
  }
  replaceConfiguration(store, record, members)
  store.pipelines.set(record.arn, record)
  return record
}

/** The pipeline as GetImagePipeline and ListImagePipelines show it: every member it has. */
function view(store: ImageBuilderStore, record: PipelineRecord): Record<string, unknown> {
  const recipe = String(record.body.imageRecipeArn ?? record.body.containerRecipeArn)
  const runs = [...store.images.values()].filter(i => i.sourcePipelineArn === record.arn)
  const last = runs[runs.length - 1]
  return {
    arn: record.arn,
    name: record.name,
    // "inherited from the recipe that the pipeline uses"
    platform: store.latestRecipe(recipe)?.platform ?? 'Linux',
    ...record.body,
    status: record.status,
    dateCreated: record.dateCreated,
    dateUpdated: record.dateUpdated,
    dateLastRun: record.dateLastRun,
    lastRunStatus: last ? store.view(last).status : undefined,
    tags: record.tags,
    imageTags: record.imageTags,
    // Counts failed scheduled runs: there are none here.
    consecutiveFailures: 0
  }
}

export function findPipeline(store: ImageBuilderStore, arn: unknown): PipelineRecord {
  if (typeof arn !== 'string' || !PATTERNS.imagePipeline.test(arn))
    invalid(`imagePipelineArn is missing or not an image pipeline ARN: ${String(arn)}`)
  const record = store.pipelines.get(arn)
  if (!record)
    throw new ServiceError('ResourceNotFoundException', `Image pipeline not found: ${arn}`)
  return record
}

/** ListImagePipelines' other filters, as the model lists them: members of the pipeline. */
const BODY_FILTERS = [
  'description',
  'distributionConfigurationArn',
  'imageRecipeArn',
  'infrastructureConfigurationArn'
]

export function listImagePipelines(store: ImageBuilderStore, request: RecordedRequest): unknown {
  const filters =
    (request.body.filters as Array<{ name?: string; values?: string[] }> | undefined) ?? []
  let list = [...store.pipelines.values()].filter(p => p.region === request.region)
  for (const filter of filters) {
    const values = filter.values ?? []
    // How the service matches names is undocumented; this one is loose on purpose, so that a
    // caller that trusts the filter to be exact finds out here.
    if (filter.name === 'name')
      list = list.filter(p => values.some(v => p.name.toLowerCase().includes(v.toLowerCase())))
    else if (filter.name === 'status') list = list.filter(p => values.includes(p.status))
    else if (BODY_FILTERS.includes(String(filter.name)))
      list = list.filter(p => values.includes(String(p.body[String(filter.name)] ?? '')))
    else
      invalid(
        `Filter ${String(filter.name)} is not valid here; valid: name, status, ${BODY_FILTERS.join(', ')}.`
      )
  }
  const page = store.paginate(
    request,
    'pipelines',
    list.map(p => view(store, p))
  )
  return { requestId: randomUUID(), imagePipelineList: page.items, nextToken: page.nextToken }
}

export function getImagePipeline(store: ImageBuilderStore, request: RecordedRequest): unknown {
  return {
    requestId: randomUUID(),
    imagePipeline: view(store, findPipeline(store, request.query.imagePipelineArn))
  }
}

export function startImagePipelineExecution(
  store: ImageBuilderStore,
  request: RecordedRequest
): unknown {
  const record = findPipeline(store, request.body.imagePipelineArn)
  validateTags(request.body.tags)
  return store.idempotent(request, () => {
    record.dateLastRun = new Date(store.now()).toISOString()
    const tags = request.body.tags as Record<string, string> | undefined
    const logging = record.body.loggingConfiguration as { imageLogGroupName?: string } | undefined
    const started = startBuild(store, record.region, {
      ...record.body,
      // The image's logging names only the image's log group (ImageLoggingConfiguration).
      loggingConfiguration: logging?.imageLogGroupName
        ? { logGroupName: logging.imageLogGroupName }
        : undefined,
      tags,
      clientToken: request.body.clientToken
    })
    const image = store.images.get(started.imageBuildVersionArn)
    if (image) image.sourcePipelineArn = record.arn
    return {
      requestId: started.requestId,
      clientToken: request.body.clientToken,
      imageBuildVersionArn: started.imageBuildVersionArn
    }
  })
}
