// Image Builder's state in one account: images and their timelines, client tokens, build numbers,
// the resources requests may refer to, and what the list operations share (pagination). What a
// test makes exist up front is added in account.ts, above it.
import { createHash } from 'node:crypto'
import { canonicalJson } from '../../src/aws/client-token.js'
import { ServiceError, type RecordedRequest } from '../protocol.js'
import type {
  DistributionTarget,
  DocumentBuild,
  ImageRecord,
  PipelineRecord,
  RecipeRecord
} from './records.js'
import { Resources } from './resources.js'
import type { Scenario } from './scenario.js'
import { viewAt, type Target } from './timeline.js'
import { PATTERNS, buildsOf, compareVersions, versionsOf } from './validation.js'

export class ImageBuilderStore {
  readonly accountId: string
  readonly requests: RecordedRequest[] = []
  /** Largest page the list operations return, whatever maxResults asks for. */
  pageSize = 25
  /** The scenario for images created from now on. */
  scenario: Scenario = {}
  /** Scenarios for images of particular recipes (by recipe name), overriding `scenario`. */
  readonly recipeScenarios = new Map<string, Scenario>()
  /** The scenario a RetryImage resumes with (by default it succeeds). */
  retryScenario: Scenario = {}
  /** How long after RetryImage GetImage still reports the old FAILED or CANCELLED. */
  retryStaleMs = 0
  readonly distributionConfigurations = new Map<string, DistributionTarget[]>()
  readonly images = new Map<string, ImageRecord>()
  readonly pipelines = new Map<string, PipelineRecord>()
  /** Recipes, infrastructure and distribution configurations that requests may name. */
  readonly resources = new Resources()
  readonly buildNumbers = new Map<string, number>()
  readonly tokens = new Map<string, { hash: string; response: unknown }>()
  /** Every build of every component and workflow the account owns. */
  readonly documents: DocumentBuild[] = []
  /** Every version of every image and container recipe the account created. */
  readonly recipes: RecipeRecord[] = []
  /** How long a new component or workflow takes to show in the listings. */
  listingDelayMs = 0

  /** The emulator's clock: timelines run on it. A test may give it a fake one it advances itself. */
  now: () => number = () => Date.now()

  constructor(accountId: string) {
    this.accountId = accountId
  }

  /** Refuses a request that names a recipe or configuration the account does not have. */
  checkReferences(body: Record<string, unknown>): void {
    for (const member of ['imageRecipeArn', 'containerRecipeArn']) {
      const name = /\/([^/]+)\/[^/]+$/.exec(String(body[member] ?? ''))?.[1]
      if (name === undefined || this.recipeScenarios.has(name)) continue
      if (this.latestRecipe(String(body[member]))) continue
      this.resources.check(member, body[member])
    }
    for (const member of ['infrastructureConfigurationArn', 'distributionConfigurationArn'])
      this.resources.check(member, body[member])
  }

  /** The newest recipe version a version ARN (x wildcards allowed) names, if any. */
  latestRecipe(arn: string): RecipeRecord | undefined {
    const pattern = versionsOf(arn)
    return this.recipes
      .filter(r => pattern.test(r.arn))
      .sort((a, b) => compareVersions(a.version, b.version))
      .pop()
  }

  calls(operation: string): RecordedRequest[] {
    return this.requests.filter(r => r.operation === operation)
  }

  /** Registers what a distribution configuration distributes to (otherwise: the build region only). */
  addDistributionConfiguration(arn: string, targets: DistributionTarget[]): void {
    this.distributionConfigurations.set(arn, targets)
    this.resources.add(arn)
  }

  /** Same token and body: the first answer again. Same token, other body: a mismatch error. */
  idempotent(request: RecordedRequest, perform: () => unknown): unknown {
    const token = request.body.clientToken
    if (typeof token !== 'string' || token.length < 1 || token.length > 64) {
      throw new ServiceError(
        'InvalidRequestException',
        'clientToken is required and must be 1 to 64 characters.'
      )
    }
    const { clientToken: _ignored, ...rest } = request.body
    const hash = createHash('sha256').update(canonicalJson(rest)).digest('hex')
    const key = `${request.operation}:${token}`
    const previous = this.tokens.get(key)
    if (previous) {
      if (previous.hash !== hash) {
        throw new ServiceError(
          'IdempotentParameterMismatchException',
          `The client token ${token} was already used with different parameters.`
        )
      }
      return previous.response
    }
    const response = perform()
    this.tokens.set(key, { hash, response })
    return response
  }

  targetsOf(distributionArn: unknown, buildRegion: string): Target[] {
    const configured =
      typeof distributionArn === 'string'
        ? this.distributionConfigurations.get(distributionArn)
        : undefined
    const regions = configured ?? [{ region: buildRegion }]
    return regions.flatMap(d => [
      { region: d.region, accountId: this.accountId },
      ...(d.targetAccountIds ?? []).map(accountId => ({ region: d.region, accountId }))
    ])
  }

  /**
   * The image a request names. GetImage takes ImageVersionArnOrBuildVersionArn; CancelImageCreation
   * and RetryImage take ImageBuildVersionArn only (`buildOnly`).
   */
  findImage(arn: unknown, operation: string, buildOnly = false): ImageRecord {
    const pattern = buildOnly ? PATTERNS.imageBuild : PATTERNS.image
    if (typeof arn !== 'string' || !pattern.test(arn)) {
      throw new ServiceError(
        'InvalidRequestException',
        `${operation}: imageBuildVersionArn is missing or not an image ${buildOnly ? 'build version ' : ''}ARN.`
      )
    }
    const image = this.images.get(arn) ?? this.latestBuild(arn)
    const visible =
      image && this.now() - image.createdAt >= (image.plan.input.scenario.notFoundMs ?? 0)
    if (!image || !visible)
      throw new ServiceError('ResourceNotFoundException', `Image not found: ${arn}`)
    return image
  }

  /**
   * A version ARN (no build number, x wildcards allowed) "resolves to the latest matching build
   * version that has reached AVAILABLE status. Builds that were later deprecated, disabled, or
   * deleted don't resolve." (GetImage, imageBuildVersionArn)
   */
  latestBuild(arn: string): ImageRecord | undefined {
    const pattern = buildsOf(arn)
    const nodes = (i: ImageRecord) => /\/([0-9.]+)\/([0-9]+)$/.exec(i.arn) ?? []
    const order = (i: ImageRecord): number[] => [...nodes(i)[1].split('.'), nodes(i)[2]].map(Number)
    return [...this.images.values()]
      .filter(i => pattern.test(i.arn) && this.view(i).status === 'AVAILABLE')
      .sort((a, b) => {
        const [x, y] = [order(a), order(b)]
        return x.map((n, k) => n - y[k]).find(d => d !== 0) ?? 0
      })
      .pop()
  }

  /** Changes an image's status as lifecycle management would (DEPRECATED, DELETED, DISABLED). */
  setStatus(arn: string, status: string): void {
    const image = this.images.get(arn)
    if (!image) throw new Error(`no image ${arn}`)
    image.forcedStatus = status
  }

  elapsed(image: ImageRecord): number {
    return this.now() - image.createdAt
  }

  view(image: ImageRecord): ReturnType<typeof viewAt> {
    const view = viewAt(image.plan, image.createdAt, this.elapsed(image))
    return image.forcedStatus
      ? { ...view, status: image.forcedStatus, reason: undefined, failureContext: undefined }
      : view
  }

  /** When the image's timeline reaches its final status (AVAILABLE, FAILED), in ms since the epoch. */
  endsAt(arn: string): number {
    const image = this.images.get(arn)
    if (!image) throw new Error(`no image ${arn}`)
    return image.createdAt + image.plan.endsAt
  }

  nextBuild(region: string, name: string, version: string): number {
    const key = `${region}/${name}/${version}`
    const build = (this.buildNumbers.get(key) ?? 0) + 1
    this.buildNumbers.set(key, build)
    return build
  }

  paginate<T>(
    request: RecordedRequest,
    listKey: string,
    items: T[]
  ): { items: T[]; nextToken?: string } {
    const maxResults = request.body.maxResults
    if (
      maxResults !== undefined &&
      (typeof maxResults !== 'number' || maxResults < 1 || maxResults > 25)
    ) {
      throw new ServiceError('InvalidRequestException', 'maxResults must be between 1 and 25.')
    }
    let offset = 0
    if (request.body.nextToken !== undefined) {
      try {
        const token = JSON.parse(
          Buffer.from(String(request.body.nextToken), 'base64url').toString('utf8')
        ) as { key: string; offset: number }
        if (token.key !== listKey || !Number.isInteger(token.offset)) throw new Error('other list')
        offset = token.offset
      } catch {
        throw new ServiceError(
          'InvalidPaginationTokenException',
          'The pagination token is not valid for this request.'
        )
      }
    }
    const size = Math.min(this.pageSize, (maxResults as number | undefined) ?? 25)
    const next = offset + size
    return {
      items: items.slice(offset, next),
      nextToken:
        next < items.length
          ? Buffer.from(JSON.stringify({ key: listKey, offset: next })).toString('base64url')
          : undefined
    }
  }
}
