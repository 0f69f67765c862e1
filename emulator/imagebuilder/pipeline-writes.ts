// CreateImagePipeline and UpdateImagePipeline: the model's members, patterns and limits, client
// tokens, names unique in their normalized form, exactly one recipe of a type an update keeps, and
// the recipe and configurations the pipeline names must exist. An update replaces the whole
// configuration ("UpdateImagePipeline does not support selective updates") and leaves the tags
// alone (it has no tags member).
import { randomUUID } from 'node:crypto'
import { ServiceError, type RecordedRequest } from '../protocol.js'
import { addPipeline, findPipeline, pipelineArn, replaceConfiguration } from './pipelines.js'
import { refuseAgainstModel } from './recipes.js'
import type { ImageBuilderStore } from './store.js'
import { validateCreateImage, validateTags } from './validation.js'

/** What both operations check before they act. */
function validate(store: ImageBuilderStore, request: RecordedRequest): void {
  refuseAgainstModel(request)
  // Exactly one recipe, ARNs of the request's region, a role with workflows, tags: as CreateImage.
  validateCreateImage(request)
  validateTags(request.body.imageTags)
  const body = request.body
  const logging = (body.loggingConfiguration ?? {}) as Record<string, unknown>
  for (const member of ['imageLogGroupName', 'pipelineLogGroupName']) {
    const group = logging[member]
    // "For custom log group names outside of this prefix, you must also provide an executionRole."
    if (
      typeof group === 'string' &&
      !group.startsWith('/aws/imagebuilder/') &&
      body.executionRole === undefined
    ) {
      throw new ServiceError(
        'InvalidParameterCombinationException',
        `${member} ${group} is outside /aws/imagebuilder/: an executionRole that can write to it is required.`
      )
    }
  }
  store.checkReferences(body)
}

const answer = (request: RecordedRequest, arn: string) => ({
  requestId: randomUUID(),
  clientToken: request.body.clientToken,
  imagePipelineArn: arn
})

export function createImagePipeline(store: ImageBuilderStore, request: RecordedRequest): unknown {
  validate(store, request)
  const arn = pipelineArn(store, request.region, String(request.body.name))
  const taken = (): void => {
    const existing = store.pipelines.get(arn)
    if (existing) {
      throw new ServiceError(
        'ResourceAlreadyExistsException',
        `The image pipeline ${request.body.name} (${arn}) already exists as "${existing.name}": names that differ only in case, spaces or underscores are the same name.`
      )
    }
  }
  if (request.body.dryRun === true) {
    // A dry run answers 412 only for a request that would succeed.
    taken()
    throw new ServiceError(
      'DryRunOperationException',
      'The request would have succeeded, but the dryRun flag is set.'
    )
  }
  return store.idempotent(request, () => {
    taken()
    const { clientToken: _token, dryRun: _dryRun, ...members } = request.body
    return answer(request, addPipeline(store, request.region, members).arn)
  })
}

export function updateImagePipeline(store: ImageBuilderStore, request: RecordedRequest): unknown {
  validate(store, request)
  const record = findPipeline(store, request.body.imagePipelineArn)
  const wasImage = record.body.imageRecipeArn !== undefined
  if (wasImage !== (request.body.imageRecipeArn !== undefined)) {
    // "The recipe must be the same type, image or container, as the pipeline's current recipe."
    // The model declares no InvalidParameterCombinationException for UpdateImagePipeline; of the
    // errors it declares, InvalidRequestException ("The request is malformed or otherwise
    // invalid") is the one that fits.
    throw new ServiceError(
      'InvalidRequestException',
      `The image pipeline ${record.arn} uses ${wasImage ? 'an image' : 'a container'} recipe; the recipe must be the same type, image or container, as the pipeline's current recipe.`
    )
  }
  return store.idempotent(request, () => {
    const { clientToken: _token, imagePipelineArn: _arn, ...members } = request.body
    replaceConfiguration(store, record, members)
    return answer(request, record.arn)
  })
}
