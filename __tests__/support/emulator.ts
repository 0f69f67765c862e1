// A loopback EC2 Image Builder that speaks restJson1 as @aws-sdk/client-imagebuilder expects:
// status codes, x-amzn-errortype, nextToken pagination, client tokens, and the validation the
// service does. Builds follow scripted timelines (timeline.ts). Every request is recorded.
import { createHash, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { canonicalJson } from '../../src/client-token.js'
import {
  answerStep,
  cancelPlan,
  compileDistribution,
  compilePlan,
  continuePlan,
  stoppedStage,
  viewAt,
  type Plan,
  type PlanInput,
  type Scenario,
  type Target,
  waitingSteps
} from './timeline.js'

export interface RecordedRequest {
  operation: string
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string | string[] | undefined>
  body: Record<string, unknown>
  /** Region from the SigV4 credential scope: the region the client called. */
  region: string
  /** Access key from the SigV4 credential scope. */
  accessKeyId: string
  at: number
  /** What was done to this request instead of answering it normally. */
  fault?: string
}

/** A fault the emulator injects into matching requests. */
export interface FaultSpec {
  /** Operation name; any operation when absent. */
  operation?: string
  /** Answer with this error instead (status from the error type unless given). */
  errorType?: string
  status?: number
  message?: string
  /** Drop the connection without answering. */
  reset?: boolean
  /** Answer this much later (alone: a slow but correct answer). */
  delayMs?: number
  /** Carry out the operation, then lose the answer (error or reset): the caller cannot know it worked. */
  afterHandling?: boolean
  /** Only every Nth matching request (1: each). */
  every?: number
  /** Only with this probability. */
  probability?: number
  /** At most this many times. */
  times?: number
  /** Let this many matching requests through first. */
  after?: number
}

interface ActiveFault extends FaultSpec {
  seen: number
  injected: number
}

/** A token bucket over the whole account, as Image Builder's request rate limit. */
export interface RateLimit {
  perSecond: number
  burst?: number
  errorType?: string
}

export interface DistributionTarget {
  region: string
  /** Accounts other than the building one that get a copy. */
  targetAccountIds?: string[]
}

export interface EmulatorOptions {
  accountId?: string
  /** Largest page the list operations return, whatever maxResults asks for. */
  pageSize?: number
  scenario?: Scenario
}

const TERMINAL = ['AVAILABLE', 'FAILED', 'CANCELLED', 'DEPRECATED', 'DELETED', 'DISABLED']

const STATUS_BY_ERROR: Record<string, number> = {
  AccessDeniedException: 403,
  CallRateLimitExceededException: 429,
  ClientException: 400,
  ForbiddenException: 403,
  IdempotentParameterMismatchException: 400,
  InvalidPaginationTokenException: 400,
  InvalidParameterCombinationException: 400,
  InvalidParameterException: 400,
  InvalidParameterValueException: 400,
  InvalidRequestException: 400,
  ResourceInUseException: 400,
  ResourceNotFoundException: 404,
  ServiceException: 500,
  ServiceQuotaExceededException: 402,
  ServiceUnavailableException: 503,
  TooManyRequestsException: 429,
  ExpiredTokenException: 403,
  UnrecognizedClientException: 403,
  UnknownOperationException: 404
}

export class ServiceError extends Error {
  constructor(
    readonly type: string,
    message: string
  ) {
    super(message)
  }
  get status(): number {
    return STATUS_BY_ERROR[this.type] ?? 400
  }
}

const PARTITION = 'aws(?:-[a-z]+)*'
const VERSION = '(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)'
const arnOf = (resource: string): RegExp =>
  new RegExp(`^arn:${PARTITION}:imagebuilder:[^:]+:(?:[0-9]{12}|aws):${resource}$`)
export const PATTERNS = {
  imageRecipe: arnOf(`image-recipe/[a-z0-9-_]+/${VERSION}`),
  containerRecipe: arnOf(`container-recipe/[a-z0-9-_]+/${VERSION}`),
  infrastructure: arnOf('infrastructure-configuration/[a-z0-9-_]+'),
  distribution: arnOf('distribution-configuration/[a-z0-9-_]+'),
  workflow: arnOf(`workflow/(?:build|test|distribution)/[a-z0-9-_]+/${VERSION}(?:/[0-9]+)?`),
  image: arnOf('image/[a-z0-9-_]+/(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)(?:/[0-9]+)?'),
  executionRole: /^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role\/)?[a-zA-Z_0-9+=,.@\-_/]+$/,
  logGroup: /^[a-zA-Z0-9\-_/.#]{1,512}$/,
  parallelGroup: /^[A-Za-z0-9][A-Za-z0-9-_+#]{0,99}$/,
  workflowExecutionId: /^wf-[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}$/
}

interface ImageRecord {
  arn: string
  /** A status set from outside the build (lifecycle management), overriding the timeline. */
  forcedStatus?: string
  request: Record<string, unknown>
  createdAt: number
  plan: Plan
  containerRepository: string
}

type Handler = (request: RecordedRequest) => unknown

export class Emulator {
  readonly accountId: string
  readonly requests: RecordedRequest[] = []
  pageSize: number
  /** The scenario for images created from now on. */
  scenario: Scenario
  /** Scenarios for images of particular recipes (by recipe name), overriding `scenario`. */
  readonly recipeScenarios = new Map<string, Scenario>()
  /** The scenario a RetryImage resumes with (by default it succeeds). */
  retryScenario: Scenario = {}
  /** How long after RetryImage GetImage still reports the old FAILED or CANCELLED. */
  retryStaleMs = 0
  readonly distributionConfigurations = new Map<string, DistributionTarget[]>()
  readonly images = new Map<string, ImageRecord>()
  private readonly buildNumbers = new Map<string, number>()
  private readonly tokens = new Map<string, { hash: string; response: unknown }>()
  private server?: Server
  private faults: ActiveFault[] = []
  private rateLimit?: RateLimit & { tokens: number; refilledAt: number }
  /** Requests refused by the account-wide rate limit. */
  throttled = 0
  /** How long credentials from AssumeRoleWithWebIdentity last. */
  credentialLifetimeMs = 3_600_000
  /** Access keys STS issued, with when they expire: later use is refused with ExpiredTokenException. */
  readonly issuedCredentials = new Map<
    string,
    { expiresAt: number; secretAccessKey: string; sessionToken: string }
  >()
  private readonly idTokens = new Set<string>()
  /** Roles whose trust policy does not accept the job's tokens. */
  readonly untrustedRoles = new Set<string>()
  /** The bearer token the OIDC endpoint expects, as ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  readonly oidcRequestToken = `oidc-request-${randomUUID()}`
  private readonly routes: Record<string, Handler> = {
    'PUT /CreateImage': r => this.createImage(r),
    'GET /GetImage': r => this.getImage(r),
    'POST /ListWorkflowExecutions': r => this.listWorkflowExecutions(r),
    'POST /ListWorkflowStepExecutions': r => this.listWorkflowStepExecutions(r),
    'PUT /CancelImageCreation': r => this.cancelImageCreation(r),
    'PUT /DistributeImage': r => this.distributeImage(r),
    'PUT /RetryImage': r => this.retryImage(r),
    'POST /ListWaitingWorkflowSteps': r => this.listWaitingWorkflowSteps(r),
    'PUT /SendWorkflowStepAction': r => this.sendWorkflowStepAction(r)
  }

  constructor(options: EmulatorOptions = {}) {
    this.accountId = options.accountId ?? '123456789012'
    this.pageSize = options.pageSize ?? 25
    this.scenario = options.scenario ?? {}
  }

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>(resolve => this.server?.listen(port, '127.0.0.1', resolve))
    return this.url
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | null
    if (!address) throw new Error('emulator not started')
    return `http://127.0.0.1:${address.port}`
  }

  async stop(): Promise<void> {
    const server = this.server
    if (!server) return
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => resolve()))
    this.server = undefined
  }

  /** Back to the defaults between tests: every knob a test may turn, and the request log. */
  reset(): void {
    this.requests.length = 0
    this.scenario = {}
    this.retryScenario = {}
    this.retryStaleMs = 0
    this.pageSize = 25
    this.credentialLifetimeMs = 3_600_000
    this.clearFaults()
  }

  inject(fault: FaultSpec): void {
    this.faults.push({ ...fault, seen: 0, injected: 0 })
  }

  clearFaults(): void {
    this.faults = []
    this.rateLimit = undefined
    this.throttled = 0
  }

  limitRate(limit: RateLimit): void {
    this.rateLimit = { ...limit, tokens: limit.burst ?? limit.perSecond, refilledAt: Date.now() }
  }

  /** How many times faults were injected. */
  get injected(): number {
    return this.faults.reduce((sum, f) => sum + f.injected, 0)
  }

  private takeToken(): boolean {
    const limit = this.rateLimit
    if (!limit) return true
    const now = Date.now()
    const burst = limit.burst ?? limit.perSecond
    limit.tokens = Math.min(
      burst,
      limit.tokens + ((now - limit.refilledAt) / 1000) * limit.perSecond
    )
    limit.refilledAt = now
    if (limit.tokens < 1) return false
    limit.tokens -= 1
    return true
  }

  private matchFault(operation: string): ActiveFault | undefined {
    for (const fault of this.faults) {
      if (fault.operation !== undefined && fault.operation !== operation) continue
      if (fault.times !== undefined && fault.injected >= fault.times) continue
      fault.seen++
      if (fault.after !== undefined && fault.seen <= fault.after) continue
      if (fault.every !== undefined && fault.seen % fault.every !== 0) continue
      if (fault.probability !== undefined && Math.random() >= fault.probability) continue
      fault.injected++
      return fault
    }
    return undefined
  }

  calls(operation: string): RecordedRequest[] {
    return this.requests.filter(r => r.operation === operation)
  }

  /** Registers what a distribution configuration distributes to (otherwise: the build region only). */
  addDistributionConfiguration(arn: string, targets: DistributionTarget[]): void {
    this.distributionConfigurations.set(arn, targets)
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const operation = url.pathname.replace(/^\//, '')
    const scope = /Credential=([^/]+)\/[^/]+\/([^/]+)\//.exec(
      String(req.headers.authorization ?? '')
    )
    let body: Record<string, unknown> = {}
    const recorded: RecordedRequest = {
      operation,
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      region: scope?.[2] ?? 'us-east-1',
      accessKeyId: scope?.[1] ?? '',
      at: Date.now()
    }
    this.requests.push(recorded)
    if (req.method === 'GET' && url.pathname === '/oidc/token') {
      recorded.operation = 'OidcToken'
      return this.oidcToken(req, res, url)
    }
    const target = String(req.headers['x-amz-target'] ?? '')
    if (req.method === 'POST' && target.startsWith('Logs_20140328.')) {
      recorded.operation = target.split('.')[1]
      recorded.body = text ? (JSON.parse(text) as Record<string, unknown>) : {}
      return this.logs(res, recorded)
    }
    if (req.method === 'POST' && url.pathname === '/') {
      const form = new URLSearchParams(text)
      recorded.operation = form.get('Action') ?? 'Sts'
      recorded.body = Object.fromEntries(form)
      return this.sts(res, form)
    }
    const issued = this.issuedCredentials.get(recorded.accessKeyId)
    if (issued && issued.expiresAt <= Date.now()) {
      recorded.fault = 'expired credentials'
      return this.send(
        res,
        403,
        { message: 'The security token included in the request is expired' },
        'ExpiredTokenException'
      )
    }
    if (!this.takeToken()) {
      this.throttled++
      recorded.fault = 'throttled'
      const type = this.rateLimit?.errorType ?? 'CallRateLimitExceededException'
      return this.send(res, STATUS_BY_ERROR[type] ?? 429, { message: 'Rate exceeded' }, type)
    }
    const fault = this.matchFault(operation)
    if (fault) recorded.fault = JSON.stringify({ ...fault, seen: undefined, injected: undefined })
    if (fault?.delayMs) await new Promise(resolve => setTimeout(resolve, fault.delayMs))
    if (fault && !fault.afterHandling && (fault.reset || fault.errorType))
      return this.fail(req, res, fault)
    try {
      try {
        body = text ? (JSON.parse(text) as Record<string, unknown>) : {}
        recorded.body = body
      } catch {
        throw new ServiceError('InvalidRequestException', 'The request body is not valid JSON.')
      }
      const route = this.routes[`${req.method} ${url.pathname}`]
      if (!route)
        throw new ServiceError(
          'UnknownOperationException',
          `Unknown operation ${req.method} ${url.pathname}`
        )
      const response = route(recorded)
      if (fault?.afterHandling) return this.fail(req, res, fault)
      this.send(res, 200, response)
    } catch (error) {
      const e =
        error instanceof ServiceError ? error : new ServiceError('ServiceException', String(error))
      this.send(res, e.status, { message: e.message }, e.type)
    }
  }

  /** CloudWatch Logs GetLogEvents (awsJson1_1): the build log each image wrote when it ended. */
  private logs(res: ServerResponse, request: RecordedRequest): void {
    const error = (type: string, message: string): void => {
      res
        .writeHead(400, {
          'content-type': 'application/x-amz-json-1.1',
          'x-amzn-requestid': randomUUID()
        })
        .end(JSON.stringify({ __type: type, message }))
    }
    if (request.operation !== 'GetLogEvents')
      return error('UnknownOperationException', `${request.operation} is not emulated`)
    const { logGroupName, logStreamName, limit } = request.body as {
      logGroupName?: string
      logStreamName?: string
      limit?: number
    }
    const lines = this.buildLog(String(logGroupName), String(logStreamName))
    if (!lines) return error('ResourceNotFoundException', 'The specified log group does not exist.')
    const tail = lines.slice(-(limit ?? 10_000))
    const events = tail.map((message, i) => ({
      timestamp: Date.now() - (tail.length - i) * 10,
      message,
      ingestionTime: Date.now()
    }))
    res.writeHead(200, {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-requestid': randomUUID()
    })
    res.end(JSON.stringify({ events, nextForwardToken: 'f/1', nextBackwardToken: 'b/1' }))
  }

  /** An AWSTOE-like log for an image that has ended, or undefined when there is none. */
  private buildLog(group: string, stream: string): string[] | undefined {
    const image = [...this.images.values()].find(i => {
      const logGroup = (i.request.loggingConfiguration as { logGroupName?: string } | undefined)
        ?.logGroupName
      const input = i.plan.input
      return (
        (logGroup ?? `/aws/imagebuilder/${input.imageName}`) === group &&
        `${input.version}/${input.build}` === stream
      )
    })
    if (!image || image.plan.input.scenario.noBuildLog || this.elapsed(image) < image.plan.endsAt)
      return undefined
    const lines = Array.from(
      { length: 150 },
      (_, i) => `[${i}] ExecuteBash: stdout: step output line ${i}`
    )
    const failure = image.plan.input.scenario.fail?.component
    if (failure) {
      lines.push(
        'TOE has completed execution with failure',
        `Document arn: ${failure.componentArn}`,
        `Phase: ${failure.phaseName}`,
        `Step: ${failure.stepName}`,
        `Action: ${failure.action}`,
        `ErrorMessage: ${failure.errorMessage}`,
        'Stderr: ::error::this line came from the build instance'
      )
    }
    return lines
  }

  /** The runner's OIDC token endpoint, as core.getIDToken calls it. */
  private oidcToken(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.headers.authorization !== `Bearer ${this.oidcRequestToken}`) {
      res.writeHead(401).end('{"message":"bad request token"}')
      return
    }
    const claims = {
      aud: url.searchParams.get('audience'),
      sub: 'repo:octo-org/golden-images:ref:refs/heads/main'
    }
    const token = `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${randomUUID()}`
    this.idTokens.add(token)
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: token }))
  }

  /** STS AssumeRoleWithWebIdentity in the awsQuery protocol: a form in, XML out. */
  private sts(res: ServerResponse, form: URLSearchParams): void {
    const xmlError = (code: string, message: string, status = 400): void => {
      res
        .writeHead(status, { 'content-type': 'text/xml' })
        .end(
          `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`
        )
    }
    if (form.get('Action') !== 'AssumeRoleWithWebIdentity')
      return xmlError('InvalidAction', 'Only AssumeRoleWithWebIdentity is emulated')
    if (!this.idTokens.has(form.get('WebIdentityToken') ?? ''))
      return xmlError(
        'InvalidIdentityToken',
        'The web identity token was not issued by the OIDC provider'
      )
    if (!/^arn:aws[\w-]*:iam::\d{12}:role\//.test(form.get('RoleArn') ?? ''))
      return xmlError('ValidationError', 'RoleArn is not valid')
    if (this.untrustedRoles.has(form.get('RoleArn') ?? '')) {
      return xmlError(
        'AccessDenied',
        'Not authorized to perform sts:AssumeRoleWithWebIdentity',
        403
      )
    }
    const accessKeyId = `ASIA${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}`
    const credentials = {
      expiresAt: Date.now() + this.credentialLifetimeMs,
      secretAccessKey: randomUUID(),
      sessionToken: `session-${randomUUID()}`
    }
    this.issuedCredentials.set(accessKeyId, credentials)
    res
      .writeHead(200, { 'content-type': 'text/xml' })
      .end(
        `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult>` +
          `<Credentials><AccessKeyId>${accessKeyId}</AccessKeyId><SecretAccessKey>${credentials.secretAccessKey}</SecretAccessKey>` +
          `<SessionToken>${credentials.sessionToken}</SessionToken><Expiration>${new Date(credentials.expiresAt).toISOString()}</Expiration></Credentials>` +
          `<AssumedRoleUser><Arn>${form.get('RoleArn')}/${form.get('RoleSessionName')}</Arn><AssumedRoleId>AROAEMULATOR:${form.get('RoleSessionName')}</AssumedRoleId></AssumedRoleUser>` +
          `</AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`
      )
  }

  private fail(req: IncomingMessage, res: ServerResponse, fault: FaultSpec): void {
    if (fault.reset || !fault.errorType) {
      req.socket.destroy()
      return
    }
    const status = fault.status ?? STATUS_BY_ERROR[fault.errorType] ?? 400
    this.send(
      res,
      status,
      { message: fault.message ?? `Injected ${fault.errorType}` },
      fault.errorType
    )
  }

  private send(res: ServerResponse, status: number, body: unknown, errorType?: string): void {
    const payload = JSON.stringify(body)
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(payload),
      'x-amzn-requestid': randomUUID(),
      ...(errorType ? { 'x-amzn-errortype': errorType } : {})
    })
    res.end(payload)
  }

  /** Same token and body: the first answer again. Same token, other body: a mismatch error. */
  private idempotent(request: RecordedRequest, perform: () => unknown): unknown {
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

  private createImage(request: RecordedRequest): unknown {
    validateCreateImage(request)
    return this.idempotent(request, () => {
      const body = request.body
      const recipeArn = String(body.imageRecipeArn ?? body.containerRecipeArn)
      const [, recipeName, rawVersion] = /\/([a-z0-9-_]+)\/([^/]+)$/.exec(recipeArn) ?? []
      const version = rawVersion.includes('x') ? '1.0.0' : rawVersion
      const build = this.nextBuild(request.region, recipeName, version)
      const partition = /^arn:([^:]+):/.exec(recipeArn)?.[1] ?? 'aws'
      const arn = `arn:${partition}:imagebuilder:${request.region}:${this.accountId}:image/${recipeName}/${version}/${build}`
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
                workflowArn: `arn:${partition}:imagebuilder:${request.region}:aws:workflow/${name.split('-')[0]}/${name}/1.0.3/1`
              }))
      const plan = compilePlan({
        arn,
        type,
        buildRegion: request.region,
        buildAccount: this.accountId,
        imageName: recipeName,
        version,
        build,
        workflows,
        targets: this.targetsOf(body.distributionConfigurationArn, request.region),
        scanning:
          (body.imageScanningConfiguration as { imageScanningEnabled?: boolean } | undefined)
            ?.imageScanningEnabled === true,
        metadata: body.enhancedImageMetadataEnabled !== false,
        scenario: this.recipeScenarios.get(recipeName) ?? this.scenario
      })
      this.images.set(arn, {
        arn,
        request: body,
        createdAt: Date.now(),
        plan,
        containerRepository: recipeName
      })
      return {
        requestId: randomUUID(),
        clientToken: body.clientToken,
        imageBuildVersionArn: arn,
        latestVersionReferences: { latestVersionArn: arn.replace(/\/[^/]+\/\d+$/, '/x.x.x') }
      }
    })
  }

  private targetsOf(distributionArn: unknown, buildRegion: string): Target[] {
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

  private findImage(arn: unknown, operation: string): ImageRecord {
    if (typeof arn !== 'string' || !PATTERNS.image.test(arn)) {
      throw new ServiceError(
        'InvalidRequestException',
        `${operation}: imageBuildVersionArn is missing or not an image ARN.`
      )
    }
    const image = this.images.get(arn) ?? this.latestBuild(arn)
    const visible =
      image && Date.now() - image.createdAt >= (image.plan.input.scenario.notFoundMs ?? 0)
    if (!image || !visible)
      throw new ServiceError('ResourceNotFoundException', `Image not found: ${arn}`)
    return image
  }

  /** A version ARN (no build number, x wildcards allowed) means the newest matching build. */
  private latestBuild(arn: string): ImageRecord | undefined {
    const pattern = new RegExp(`^${arn.replace(/[.]/g, '\\.').replace(/x/g, '[0-9]+')}/[0-9]+$`)
    return [...this.images.values()].filter(i => pattern.test(i.arn)).pop()
  }

  /** Changes an image's status as lifecycle management would (DEPRECATED, DELETED, DISABLED). */
  setStatus(arn: string, status: string): void {
    const image = this.images.get(arn)
    if (!image) throw new Error(`no image ${arn}`)
    image.forcedStatus = status
  }

  private elapsed(image: ImageRecord): number {
    return Date.now() - image.createdAt
  }

  private view(image: ImageRecord) {
    const view = viewAt(image.plan, image.createdAt, this.elapsed(image))
    return image.forcedStatus
      ? { ...view, status: image.forcedStatus, reason: undefined, failureContext: undefined }
      : view
  }

  private getImage(request: RecordedRequest): unknown {
    return {
      requestId: randomUUID(),
      image: this.describe(this.findImage(request.query.imageBuildVersionArn, 'GetImage'))
    }
  }

  /** When the image's timeline reaches its final status (AVAILABLE, FAILED), in ms since the epoch. */
  endsAt(arn: string): number {
    const image = this.images.get(arn)
    if (!image) throw new Error(`no image ${arn}`)
    return image.createdAt + image.plan.endsAt
  }

  /** The image as GetImage reports it now. */
  describeImage(arn: string): Record<string, unknown> {
    const image = this.images.get(arn)
    if (!image) throw new Error(`no image ${arn}`)
    return this.describe(image)
  }

  private describe(image: ImageRecord): Record<string, unknown> {
    const view = this.view(image)
    const { input } = image.plan
    const body = image.request
    const amiId = (t: Target): string =>
      `ami-${createHash('sha256').update(`${image.arn}|${t.region}|${t.accountId}`).digest('hex').slice(0, 17)}`
    const created = new Date(image.createdAt).toISOString()
    const regions = [...new Set(view.targets.map(t => t.region))]
    return {
      arn: image.arn,
      type: input.type,
      name: input.imageName,
      version: input.version,
      platform: 'Linux',
      enhancedImageMetadataEnabled: body.enhancedImageMetadataEnabled !== false,
      state: { status: view.status, reason: view.reason, failureContext: view.failureContext },
      imageRecipe: body.imageRecipeArn
        ? { arn: body.imageRecipeArn, name: input.imageName }
        : undefined,
      containerRecipe: body.containerRecipeArn
        ? { arn: body.containerRecipeArn, name: input.imageName }
        : undefined,
      infrastructureConfiguration: { arn: body.infrastructureConfigurationArn },
      distributionConfiguration: body.distributionConfigurationArn
        ? { arn: body.distributionConfigurationArn, timeoutMinutes: 720 }
        : undefined,
      imageTestsConfiguration: body.imageTestsConfiguration,
      dateCreated: created,
      outputResources:
        input.type === 'AMI'
          ? {
              amis: view.targets.map(t => ({
                region: t.region,
                image: amiId(t),
                name: `${input.imageName} ${created}`,
                description: `Built by Image Builder from ${input.imageName}`,
                state: { status: 'AVAILABLE' },
                accountId: t.accountId
              }))
            }
          : {
              containers: regions.map(region => ({
                region,
                imageUris: [
                  `${this.accountId}.dkr.ecr.${region}.amazonaws.com/${image.containerRepository}:${input.version}-${input.build}`
                ]
              }))
            },
      tags: body.tags,
      buildType: 'USER_INITIATED',
      imageSource: 'CUSTOM',
      imageScanningConfiguration: body.imageScanningConfiguration,
      executionRole: body.executionRole,
      workflows: body.workflows,
      loggingConfiguration: body.loggingConfiguration
    }
  }

  private listWorkflowExecutions(request: RecordedRequest): unknown {
    const image = this.findImage(request.body.imageBuildVersionArn, 'ListWorkflowExecutions')
    const view = this.view(image)
    const executions = view.executions.map(({ steps: _steps, ...execution }) => execution)
    const page = this.paginate(request, image.arn, executions)
    return {
      requestId: randomUUID(),
      workflowExecutions: page.items,
      imageBuildVersionArn: image.arn,
      message: view.reason,
      nextToken: page.nextToken
    }
  }

  private listWorkflowStepExecutions(request: RecordedRequest): unknown {
    const id = request.body.workflowExecutionId
    if (typeof id !== 'string' || !PATTERNS.workflowExecutionId.test(id)) {
      throw new ServiceError(
        'InvalidRequestException',
        'workflowExecutionId is missing or malformed.'
      )
    }
    const image = [...this.images.values()].find(i => i.plan.executions.some(e => e.id === id))
    const execution = image && this.view(image).executions.find(e => e.workflowExecutionId === id)
    if (!image || !execution)
      throw new ServiceError('ResourceNotFoundException', `Workflow execution not found: ${id}`)
    const page = this.paginate(request, id, execution.steps)
    return {
      requestId: randomUUID(),
      steps: page.items,
      workflowBuildVersionArn: execution.workflowBuildVersionArn,
      workflowExecutionId: id,
      imageBuildVersionArn: image.arn,
      message: execution.message,
      nextToken: page.nextToken
    }
  }

  private cancelImageCreation(request: RecordedRequest): unknown {
    return this.idempotent(request, () => {
      const image = this.findImage(request.body.imageBuildVersionArn, 'CancelImageCreation')
      const status = this.view(image).status
      if (TERMINAL.includes(status)) {
        throw new ServiceError(
          'ResourceInUseException',
          `The image ${image.arn} cannot be cancelled because it is ${status}.`
        )
      }
      cancelPlan(image.plan, this.elapsed(image))
      return {
        requestId: randomUUID(),
        clientToken: request.body.clientToken,
        imageBuildVersionArn: image.arn
      }
    })
  }

  private nextBuild(region: string, name: string, version: string): number {
    const key = `${region}/${name}/${version}`
    const build = (this.buildNumbers.get(key) ?? 0) + 1
    this.buildNumbers.set(key, build)
    return build
  }

  private distributeImage(request: RecordedRequest): unknown {
    validateDistributeImage(request)
    return this.idempotent(request, () => {
      const body = request.body
      const source = String(body.sourceImage)
      const name = this.sourceName(source)
      const build = this.nextBuild(request.region, name, '1.0.0')
      const arn = `arn:aws:imagebuilder:${request.region}:${this.accountId}:image/${name}/1.0.0/${build}`
      const input: PlanInput = {
        arn,
        type: 'AMI',
        buildRegion: request.region,
        buildAccount: this.accountId,
        imageName: name,
        version: '1.0.0',
        build,
        workflows: [],
        targets: this.targetsOf(body.distributionConfigurationArn, request.region),
        scanning: false,
        metadata: false,
        scenario: this.scenario
      }
      const plan = compileDistribution(input)
      this.images.set(arn, {
        arn,
        request: body,
        createdAt: Date.now(),
        plan,
        containerRepository: name
      })
      return { clientToken: body.clientToken, imageBuildVersionArn: arn }
    })
  }

  /** The name DistributeImage gives the new image: from the AMI, parameter or image it copies. */
  private sourceName(source: string): string {
    if (source.startsWith('arn:')) {
      const image = this.images.get(source) ?? this.latestBuild(source)
      if (!image)
        throw new ServiceError('ResourceNotFoundException', `Source image not found: ${source}`)
      const status = this.view(image).status
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

  private retryImage(request: RecordedRequest): unknown {
    const arn = request.body.imageBuildVersionArn
    if (typeof arn !== 'string' || !/\/[0-9]+$/.test(arn)) {
      throw new ServiceError(
        'InvalidRequestException',
        'imageBuildVersionArn must be an image build version ARN.'
      )
    }
    return this.idempotent(request, () => {
      const image = this.findImage(arn, 'RetryImage')
      const status = this.view(image).status
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
      continuePlan(image.plan, this.elapsed(image) + this.retryStaleMs, this.retryScenario)
      return { clientToken: request.body.clientToken, imageBuildVersionArn: image.arn }
    })
  }

  /** Account-wide, as the service lists them: every image's waiting steps. */
  private listWaitingWorkflowSteps(request: RecordedRequest): unknown {
    const steps = [...this.images.values()].flatMap(image =>
      waitingSteps(image.plan, this.elapsed(image)).map(({ execution, step }) => ({
        stepExecutionId: step.id,
        imageBuildVersionArn: image.arn,
        workflowExecutionId: execution.id,
        workflowBuildVersionArn: execution.workflowBuildVersionArn,
        name: step.name,
        action: step.action,
        startTime: new Date(image.createdAt + step.start).toISOString()
      }))
    )
    return { steps: this.paginate(request, 'waiting', steps).items }
  }

  private sendWorkflowStepAction(request: RecordedRequest): unknown {
    const { stepExecutionId, imageBuildVersionArn, action } = request.body
    if (action !== 'RESUME' && action !== 'STOP')
      throw new ServiceError('InvalidParameterValueException', 'action must be RESUME or STOP.')
    if (typeof stepExecutionId !== 'string' || !/^step-/.test(stepExecutionId)) {
      throw new ServiceError('InvalidRequestException', 'stepExecutionId is missing or malformed.')
    }
    return this.idempotent(request, () => {
      const image = this.findImage(imageBuildVersionArn, 'SendWorkflowStepAction')
      const waiting = waitingSteps(image.plan, this.elapsed(image)).find(
        w => w.step.id === stepExecutionId
      )
      if (!waiting)
        throw new ServiceError(
          'InvalidRequestException',
          `Step ${stepExecutionId} of ${image.arn} is not waiting for an action.`
        )
      answerStep(image.plan, stepExecutionId, this.elapsed(image), action)
      return {
        stepExecutionId,
        imageBuildVersionArn: image.arn,
        clientToken: request.body.clientToken
      }
    })
  }

  private paginate<T>(
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

function invalid(message: string): never {
  throw new ServiceError('InvalidRequestException', message)
}

function checkArn(
  body: Record<string, unknown>,
  member: string,
  pattern: RegExp,
  region: string
): void {
  const value = body[member]
  if (value === undefined) return
  if (typeof value !== 'string' || !pattern.test(value))
    invalid(`Value for ${member} is not a valid ARN: ${String(value)}`)
  const arnRegion = value.split(':')[3]
  if (arnRegion !== region) {
    throw new ServiceError(
      'InvalidParameterValueException',
      `The ARN ${value} is not in the region of this request (${region}).`
    )
  }
}

function validateDistributeImage(request: RecordedRequest): void {
  const body = request.body
  const source = body.sourceImage
  if (typeof source !== 'string' || source.length < 1 || source.length > 1024)
    invalid('sourceImage is required.')
  if (
    !/^ami-[0-9a-f]{8,17}$/.test(source) &&
    !/^ssm:\S+$/.test(source) &&
    !PATTERNS.image.test(source)
  ) {
    invalid(`sourceImage must be an AMI ID, an ssm: parameter reference or an image ARN: ${source}`)
  }
  if (source.startsWith('arn:')) checkArn(body, 'sourceImage', PATTERNS.image, request.region)
  if (body.distributionConfigurationArn === undefined)
    invalid('distributionConfigurationArn is required.')
  checkArn(body, 'distributionConfigurationArn', PATTERNS.distribution, request.region)
  if (body.executionRole === undefined) invalid('executionRole is required.')
  validateCommon(body)
}

/** Members CreateImage and DistributeImage share. */
function validateCommon(body: Record<string, unknown>): void {
  if (
    body.executionRole !== undefined &&
    !PATTERNS.executionRole.test(String(body.executionRole))
  ) {
    invalid(`executionRole is not a role name or ARN: ${String(body.executionRole)}`)
  }
  const logGroup = (body.loggingConfiguration as { logGroupName?: unknown } | undefined)
    ?.logGroupName
  if (logGroup !== undefined && !PATTERNS.logGroup.test(String(logGroup))) {
    invalid(`logGroupName is not valid: ${String(logGroup)}`)
  }
  const tags = body.tags as Record<string, unknown> | undefined
  if (tags !== undefined) {
    const entries = Object.entries(tags)
    if (entries.length > 50) invalid('At most 50 tags are allowed.')
    for (const [key, value] of entries) {
      if (key.length < 1 || key.length > 128 || /^aws:/i.test(key))
        invalid(`Tag key ${key} is not allowed.`)
      if (typeof value !== 'string' || value.length > 256) {
        invalid(`Tag value for ${key} must be a string of at most 256 characters.`)
      }
    }
  }
}

function validateCreateImage(request: RecordedRequest): void {
  const body = request.body
  if (body.infrastructureConfigurationArn === undefined)
    invalid('infrastructureConfigurationArn is required.')
  checkArn(body, 'infrastructureConfigurationArn', PATTERNS.infrastructure, request.region)
  if ((body.imageRecipeArn === undefined) === (body.containerRecipeArn === undefined)) {
    invalid('You must specify exactly one of imageRecipeArn or containerRecipeArn.')
  }
  checkArn(body, 'imageRecipeArn', PATTERNS.imageRecipe, request.region)
  checkArn(body, 'containerRecipeArn', PATTERNS.containerRecipe, request.region)
  checkArn(body, 'distributionConfigurationArn', PATTERNS.distribution, request.region)
  validateCommon(body)
  const workflows = body.workflows as Array<Record<string, unknown>> | undefined
  if (workflows !== undefined) {
    if (!Array.isArray(workflows) || workflows.length > 10)
      invalid('workflows must be a list of at most 10 entries.')
    if (body.executionRole === undefined)
      invalid('executionRole is required when workflows are specified.')
    for (const workflow of workflows) {
      checkArn(workflow, 'workflowArn', PATTERNS.workflow, request.region)
      if (workflow.workflowArn === undefined) invalid('workflowArn is required for each workflow.')
      for (const parameter of (workflow.parameters as
        Array<{ name?: unknown; value?: unknown }> | undefined) ?? []) {
        if (
          typeof parameter.name !== 'string' ||
          !Array.isArray(parameter.value) ||
          parameter.value.length < 1
        ) {
          invalid('Each workflow parameter needs a name and at least one value.')
        }
      }
      if (
        workflow.parallelGroup !== undefined &&
        !PATTERNS.parallelGroup.test(String(workflow.parallelGroup))
      ) {
        invalid(`parallelGroup is not valid: ${String(workflow.parallelGroup)}`)
      }
      if (
        workflow.onFailure !== undefined &&
        !['CONTINUE', 'ABORT'].includes(String(workflow.onFailure))
      ) {
        invalid(`onFailure must be CONTINUE or ABORT: ${String(workflow.onFailure)}`)
      }
    }
  }
}
