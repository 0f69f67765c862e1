// A loopback EC2 Image Builder that speaks restJson1 as @aws-sdk/client-imagebuilder expects:
// status codes, x-amzn-errortype, nextToken pagination, client tokens, and the validation the
// service does. Builds follow scripted timelines (imagebuilder/timeline.ts). The same server
// answers CloudWatch Logs, STS and the runner's OIDC endpoint. Every request is recorded.
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Faults, type FaultSpec, type RateLimit } from './faults.js'
import { ROUTES } from './imagebuilder/routes.js'
import type { Scenario } from './imagebuilder/scenario.js'
import { Account } from './imagebuilder/account.js'
import { logs } from './logs.js'
import { checkAnswer, checkRequest } from './model/check.js'
import { STATUS_BY_ERROR, ServiceError, sendJson, type RecordedRequest } from './protocol.js'
import { oidcToken, sts, type Identity } from './sts.js'

export interface EmulatorOptions {
  accountId?: string
  /** Largest page the list operations return, whatever maxResults asks for. */
  pageSize?: number
  scenario?: Scenario
}

export class Emulator extends Account implements Identity {
  credentialLifetimeMs = 3_600_000
  readonly issuedCredentials = new Map<
    string,
    { expiresAt: number; secretAccessKey: string; sessionToken: string }
  >()
  readonly idTokens = new Set<string>()
  readonly untrustedRoles = new Set<string>()
  readonly oidcRequestToken = `oidc-request-${randomUUID()}`
  /** What the requests received and the answers given broke of the model, one line each. */
  readonly modelViolations: string[] = []
  /** How many violations came before allowModelViolations: those still count. */
  private modelViolationsAllowedAfter?: number
  private readonly faults = new Faults(() => this.now())
  private server?: Server
  private port?: number

  constructor(options: EmulatorOptions = {}) {
    super(options.accountId ?? '123456789012')
    this.pageSize = options.pageSize ?? 25
    this.scenario = options.scenario ?? {}
  }

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>(resolve => this.server?.listen(port, '127.0.0.1', resolve))
    this.port = (this.server.address() as AddressInfo).port
    return this.url
  }

  /** Where it listens; the same while it refuses connections for a while. */
  get url(): string {
    if (this.port === undefined) throw new Error('emulator not started')
    return `http://127.0.0.1:${this.port}`
  }

  /** Refuses connections for `ms`, as an endpoint that is down does, then listens again. */
  async refuseConnections(ms: number): Promise<void> {
    const port = this.port
    await this.stop()
    setTimeout(() => void this.start(port), ms)
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
    this.documents.length = 0
    this.recipes.length = 0
    this.tokens.clear()
    this.listingDelayMs = 0
    this.pageSize = 25
    this.credentialLifetimeMs = 3_600_000
    this.resources.reset()
    this.now = () => Date.now()
    this.clearFaults()
    this.modelViolations.length = 0
    this.modelViolationsAllowedAfter = undefined
  }

  /**
   * For a test that sends what the model forbids on purpose: violations from now until the next
   * reset or take do not count.
   */
  allowModelViolations(): void {
    this.modelViolationsAllowedAfter ??= this.modelViolations.length
  }

  /** The violations that count since the last take; the next ones count again. */
  takeModelViolations(): string[] {
    const taken = this.modelViolations.splice(0)
    const counted = taken.slice(0, this.modelViolationsAllowedAfter ?? taken.length)
    this.modelViolationsAllowedAfter = undefined
    return counted
  }

  inject(fault: FaultSpec): void {
    this.faults.inject(fault)
  }

  clearFaults(): void {
    this.faults.clear()
  }

  limitRate(limit: RateLimit | undefined): void {
    this.faults.limitRate(limit)
  }

  /** How many times faults were injected. */
  get injected(): number {
    return this.faults.injected
  }

  /** Requests refused by the account-wide rate limit. */
  get throttled(): number {
    return this.faults.throttled
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
    const recorded: RecordedRequest = {
      operation,
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: {},
      region: scope?.[2] ?? 'us-east-1',
      accessKeyId: scope?.[1] ?? '',
      at: this.now()
    }
    this.requests.push(recorded)
    if (req.method === 'GET' && url.pathname === '/oidc/token') {
      recorded.operation = 'OidcToken'
      const fault = this.faults.match('OidcToken')
      if (fault?.raw) return void res.writeHead(fault.raw.status).end(fault.raw.body)
      return oidcToken(this, req, res, url)
    }
    const target = String(req.headers['x-amz-target'] ?? '')
    if (req.method === 'POST' && target.startsWith('Logs_20140328.')) {
      recorded.operation = target.split('.')[1]
      recorded.body = text ? (JSON.parse(text) as Record<string, unknown>) : {}
      this.modelViolations.push(...checkRequest(recorded))
      this.checkAnswerAtEnd(res, recorded.operation)
      return logs(this, res, recorded)
    }
    if (req.method === 'POST' && url.pathname === '/') {
      const form = new URLSearchParams(text)
      recorded.operation = form.get('Action') ?? 'Sts'
      recorded.body = Object.fromEntries(form)
      return sts(this, res, form)
    }
    // Parsed before any fault, so that the record shows what a refused request carried.
    let parsed: Record<string, unknown> | undefined
    try {
      parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {}
      recorded.body = parsed
      this.modelViolations.push(...checkRequest(recorded))
    } catch {
      parsed = undefined
      this.modelViolations.push(`${operation} request: the body is not JSON`)
    }
    const issued = this.issuedCredentials.get(recorded.accessKeyId)
    if (issued && issued.expiresAt <= Date.now()) {
      recorded.fault = 'expired credentials'
      return sendJson(
        res,
        403,
        { message: 'The security token included in the request is expired' },
        'ExpiredTokenException'
      )
    }
    const throttle = this.faults.throttle()
    if (throttle) {
      recorded.fault = 'throttled'
      return sendJson(res, throttle.status, { message: 'Rate exceeded' }, throttle.type)
    }
    const fault = this.faults.match(operation)
    if (fault) recorded.fault = JSON.stringify({ ...fault, seen: undefined, injected: undefined })
    if (fault?.delayMs) await new Promise(resolve => setTimeout(resolve, fault.delayMs))
    if (fault?.hang) return
    if (fault?.raw) {
      res.writeHead(fault.raw.status, { 'content-type': fault.raw.contentType ?? 'text/html' })
      return void res.end(fault.raw.body)
    }
    if (fault && !fault.afterHandling && (fault.reset || fault.errorType))
      return this.fail(req, res, fault)
    try {
      if (parsed === undefined)
        throw new ServiceError('InvalidRequestException', 'The request body is not valid JSON.')
      const route = ROUTES[`${req.method} ${url.pathname}`]
      if (!route)
        throw new ServiceError(
          'UnknownOperationException',
          `Unknown operation ${req.method} ${url.pathname}`
        )
      let response = route(this, recorded)
      // The emulator's own answer: what a fault then makes of it is the test's doing.
      this.modelViolations.push(...checkAnswer(operation, response))
      if (fault?.afterHandling) return this.fail(req, res, fault)
      if (fault?.transform) response = fault.transform(response as Record<string, unknown>)
      if (fault?.trickleMs) return trickle(res, JSON.stringify(response), fault.trickleMs)
      sendJson(res, 200, response)
    } catch (error) {
      const e =
        error instanceof ServiceError ? error : new ServiceError('ServiceException', String(error))
      sendJson(res, e.status, { message: e.message }, e.type)
    }
  }

  /** Checks the 200 answer a handler that writes its own response ends with. */
  private checkAnswerAtEnd(res: ServerResponse, operation: string): void {
    const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse
    res.end = ((chunk?: unknown) => {
      if (res.statusCode === 200 && chunk !== undefined)
        this.modelViolations.push(...checkAnswer(operation, JSON.parse(String(chunk))))
      return end(chunk)
    }) as typeof res.end
  }

  private fail(req: IncomingMessage, res: ServerResponse, fault: FaultSpec): void {
    if (fault.reset || !fault.errorType) {
      req.socket.destroy()
      return
    }
    const status = fault.status ?? STATUS_BY_ERROR[fault.errorType] ?? 400
    sendJson(
      res,
      status,
      { message: fault.message ?? `Injected ${fault.errorType}` },
      fault.errorType
    )
  }
}

/** A correct answer whose body arrives a byte at a time: the headers come at once. */
function trickle(res: ServerResponse, payload: string, everyMs: number): void {
  res.writeHead(200, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload)
  })
  const bytes = Buffer.from(payload)
  let sent = 0
  const timer = setInterval(() => {
    if (res.destroyed || sent >= bytes.length) return clearInterval(timer)
    res.write(bytes.subarray(sent, ++sent))
    if (sent >= bytes.length) res.end()
  }, everyMs)
  res.on('close', () => clearInterval(timer))
}
