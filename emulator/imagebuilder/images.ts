// Image Builder's image operations: CreateImage, GetImage, CancelImageCreation, DistributeImage
// and RetryImage, each as the service answers it, on the store's timelines.
import { randomUUID } from 'node:crypto'
import { ServiceError, type RecordedRequest } from '../protocol.js'
import { describe } from './describe.js'
import { TERMINAL } from './records.js'
import type { ImageBuilderStore } from './store.js'
import {
  cancelPlan,
  compileDistribution,
  compilePlan,
  continuePlan,
  stoppedStage,
  type PlanInput
} from './timeline.js'
import { validateCreateImage, validateDistributeImage } from './validation.js'

export function createImage(store: ImageBuilderStore, request: RecordedRequest): unknown {
  validateCreateImage(request)
  store.checkReferences(request.body)
  return store.idempotent(request, () => startBuild(store, request.region, request.body))
}

/**
 * A new build of a recipe, as CreateImage and a pipeline execution start one: the next build
 * number of the recipe's version, on a timeline of the scenario.
 */
export function startBuild(
  store: ImageBuilderStore,
  region: string,
  body: Record<string, unknown>
): {
  requestId: string
  clientToken: unknown
  imageBuildVersionArn: string
  latestVersionReferences: unknown
} {
  const recipeArn = String(body.imageRecipeArn ?? body.containerRecipeArn)
  const [, recipeName, rawVersion] = /\/([a-z0-9-_]+)\/([^/]+)$/.exec(recipeArn) ?? []
  // A recipe created here gives its own version to a wildcard ARN; another has no versions here.
  const recipe = store.latestRecipe(recipeArn)
  const version = recipe?.version ?? (rawVersion.includes('x') ? '1.0.0' : rawVersion)
  const build = store.nextBuild(region, recipeName, version)
  const partition = /^arn:([^:]+):/.exec(recipeArn)?.[1] ?? 'aws'
  const arn = `arn:${partition}:imagebuilder:${region}:${store.accountId}:image/${recipeName}/${version}/${build}`
  const type = body.imageRecipeArn ? 'AMI' : 'DOCKER'
  const requested =
    (body.workflows as Array<{ workflowArn: string; parallelGroup?: string }> | undefined) ?? []
  const testsEnabled =
    (body.imageTestsConfiguration as { imageTestsEnabled?: boolean } | undefined)
      ?.imageTestsEnabled !== false
  const defaults =
    type === 'AMI' ? ['build-image', 'test-image'] : ['build-container', 'test-container']
  const workflows =
    requested.length > 0
      ? requested
      : defaults
          .filter(name => testsEnabled || name.startsWith('build'))
          .map(name => ({
            workflowArn: `arn:${partition}:imagebuilder:${region}:aws:workflow/${name.split('-')[0]}/${name}/1.0.3/1`
          }))
  const plan = compilePlan({
    arn,
    type,
    buildRegion: region,
    buildAccount: store.accountId,
    imageName: recipeName,
    version,
    build,
    workflows,
    targets: store.targetsOf(body.distributionConfigurationArn, region),
    scanning:
      (body.imageScanningConfiguration as { imageScanningEnabled?: boolean } | undefined)
        ?.imageScanningEnabled === true,
    metadata: body.enhancedImageMetadataEnabled !== false,
    scenario: store.recipeScenarios.get(recipeName) ?? store.scenario
  })
  store.images.set(arn, {
    arn,
    request: body,
    createdAt: store.now(),
    plan,
    containerRepository: recipeName
  })
  return {
    requestId: randomUUID(),
    clientToken: body.clientToken,
    imageBuildVersionArn: arn,
    latestVersionReferences: { latestVersionArn: arn.replace(/\/[^/]+\/\d+$/, '/x.x.x') }
  }
}

export function getImage(store: ImageBuilderStore, request: RecordedRequest): unknown {
  const image = store.findImage(request.query.imageBuildVersionArn, 'GetImage')
  const version = image.arn.replace(/\/\d+$/, '')
  return {
    requestId: randomUUID(),
    image: describe(store, image),
    latestVersionReferences: {
      latestVersionArn: version,
      latestMajorVersionArn: version.replace(/\/(\d+)\.\d+\.\d+$/, '/$1.x.x'),
      latestMinorVersionArn: version.replace(/\/(\d+\.\d+)\.\d+$/, '/$1.x'),
      latestPatchVersionArn: version
    }
  }
}

export function cancelImageCreation(store: ImageBuilderStore, request: RecordedRequest): unknown {
  return store.idempotent(request, () => {
    const image = store.findImage(request.body.imageBuildVersionArn, 'CancelImageCreation', true)
    const status = store.view(image).status
    if (TERMINAL.includes(status)) {
      throw new ServiceError(
        'ResourceInUseException',
        `The image ${image.arn} cannot be cancelled because it is ${status}.`
      )
    }
    cancelPlan(image.plan, store.elapsed(image))
    return {
      requestId: randomUUID(),
      clientToken: request.body.clientToken,
      imageBuildVersionArn: image.arn
    }
  })
}

export function distributeImage(store: ImageBuilderStore, request: RecordedRequest): unknown {
  validateDistributeImage(request)
  store.checkReferences(request.body)
  return store.idempotent(request, () => {
    const body = request.body
    const source = String(body.sourceImage)
    const name = sourceName(store, source)
    const build = store.nextBuild(request.region, name, '1.0.0')
    const arn = `arn:aws:imagebuilder:${request.region}:${store.accountId}:image/${name}/1.0.0/${build}`
    const input: PlanInput = {
      arn,
      type: 'AMI',
      buildRegion: request.region,
      buildAccount: store.accountId,
      imageName: name,
      version: '1.0.0',
      build,
      workflows: [],
      targets: store.targetsOf(body.distributionConfigurationArn, request.region),
      scanning: false,
      metadata: false,
      scenario: store.scenario
    }
    const plan = compileDistribution(input)
    store.images.set(arn, {
      arn,
      request: body,
      createdAt: store.now(),
      plan,
      containerRepository: name
    })
    return { clientToken: body.clientToken, imageBuildVersionArn: arn }
  })
}

/** The name DistributeImage gives the new image: from the AMI, parameter or image it copies. */
function sourceName(store: ImageBuilderStore, source: string): string {
  if (source.startsWith('arn:')) {
    const image = store.images.get(source) ?? store.latestBuild(source)
    if (!image)
      throw new ServiceError('ResourceNotFoundException', `Source image not found: ${source}`)
    const status = store.view(image).status
    if (status !== 'AVAILABLE') {
      throw new ServiceError(
        'InvalidRequestException',
        `The source image ${image.arn} is ${status}; it must be AVAILABLE.`
      )
    }
    return image.plan.input.imageName
  }
  return source
    .replace(/^ssm:/, '')
    .toLowerCase()
    .replace(/[^a-z0-9-_]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export function retryImage(store: ImageBuilderStore, request: RecordedRequest): unknown {
  return store.idempotent(request, () => {
    const image = store.findImage(request.body.imageBuildVersionArn, 'RetryImage', true)
    const status = store.view(image).status
    if (status !== 'FAILED' && status !== 'CANCELLED') {
      throw new ServiceError(
        'InvalidRequestException',
        `Image ${image.arn} is ${status}. Only FAILED or CANCELLED images can be retried.`
      )
    }
    if (image.plan.input.type !== 'AMI') {
      throw new ServiceError(
        'InvalidRequestException',
        'Retry is only supported for AMI-based images.'
      )
    }
    if (['PENDING', 'CREATING', 'BUILDING'].includes(stoppedStage(image.plan))) {
      throw new ServiceError(
        'InvalidRequestException',
        `Image ${image.arn} stopped before an AMI was created; start a new build with CreateImage.`
      )
    }
    continuePlan(image.plan, store.elapsed(image) + store.retryStaleMs, store.retryScenario)
    return { clientToken: request.body.clientToken, imageBuildVersionArn: image.arn }
  })
}
