// Image pipelines: ListImagePipelines (filters, pagination), GetImagePipeline, and
// StartImagePipelineExecution, whose every execution is a new build of the pipeline's recipe
// version (image/NAME/1.0.0/1, /2, ...), idempotent by client token. As the model says, a DISABLED
// pipeline is started too ("You can start a build this way whether the pipeline is enabled or
// disabled"), and the image a manual start makes gets the request's tags, not the pipeline's
// imageTags ("Builds that you start manually use the tags from the StartImagePipelineExecution
// request instead").
import { randomUUID } from 'node:crypto'
import { ServiceError, type RecordedRequest } from '../protocol.js'
import { startBuild } from './images.js'
import type { PipelineRecord, PipelineSpec } from './records.js'
import type { ImageBuilderStore } from './store.js'
import { PATTERNS, invalid, validateTags } from './validation.js'

/** The ARN the service gives a pipeline: its name in lower case, other characters as hyphens. */
export function pipelineArn(store: ImageBuilderStore, spec: PipelineSpec): string {
  const resource = spec.name.toLowerCase().replace(/[^a-z0-9-_]+/g, '-')
  return `arn:aws:imagebuilder:${spec.region ?? 'us-east-1'}:${store.accountId}:image-pipeline/${resource}`
}

function view(record: PipelineRecord): Record<string, unknown> {
  return {
    arn: record.arn,
    name: record.name,
    status: record.status,
    platform: 'Linux',
    enhancedImageMetadataEnabled: true,
    imageTestsConfiguration: { imageTestsEnabled: true, timeoutMinutes: 720 },
    dateCreated: record.dateCreated,
    dateLastRun: record.dateLastRun,
    imageTags: record.imageTags,
    ...record.body
  }
}

function find(store: ImageBuilderStore, arn: unknown): PipelineRecord {
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
  const page = store.paginate(request, 'pipelines', list.map(view))
  return { requestId: randomUUID(), imagePipelineList: page.items, nextToken: page.nextToken }
}

export function getImagePipeline(store: ImageBuilderStore, request: RecordedRequest): unknown {
  return {
    requestId: randomUUID(),
    imagePipeline: view(find(store, request.query.imagePipelineArn))
  }
}

export function startImagePipelineExecution(
  store: ImageBuilderStore,
  request: RecordedRequest
): unknown {
  const record = find(store, request.body.imagePipelineArn)
  validateTags(request.body.tags)
  return store.idempotent(request, () => {
    record.dateLastRun = new Date(store.now()).toISOString()
    const tags = request.body.tags as Record<string, string> | undefined
    const started = startBuild(store, record.region, {
      ...record.body,
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
