// Classifies errors from the SDK and words them for the person reading the job log: the error's
// name and message as AWS sent them, and what they can do about it.

import { oneLine } from '../common/index.js'

interface AwsErrorShape {
  name?: string
  message?: string
  code?: string
  $fault?: string
  $metadata?: { httpStatusCode?: number }
}

const THROTTLING = new Set([
  'CallRateLimitExceededException',
  'TooManyRequestsException',
  'ThrottlingException',
  'Throttling',
  'RequestLimitExceeded',
  'SlowDown'
])
const NETWORK = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ECONNABORTED',
  'ENOTFOUND'
])
const ACCESS_DENIED = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'ForbiddenException',
  'UnauthorizedOperation'
])
const EXPIRED = new Set([
  'ExpiredToken',
  'ExpiredTokenException',
  'RequestExpired',
  'TokenRefreshRequired'
])
const BAD_CREDENTIALS = new Set([
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'IncompleteSignature'
])

function shape(error: unknown): AwsErrorShape {
  return typeof error === 'object' && error !== null
    ? (error as AwsErrorShape)
    : { message: String(error) }
}

export function errorName(error: unknown): string {
  const e = shape(error)
  return e.name && e.name !== 'Error' ? e.name : (e.code ?? e.name ?? 'Error')
}

export function isThrottling(error: unknown): boolean {
  const e = shape(error)
  return THROTTLING.has(errorName(error)) || e.$metadata?.httpStatusCode === 429
}

/**
 * An answer the SDK could not read: truncated JSON, a proxy's HTML page, an empty body, or an
 * image without the members every image has. One such answer is a blip, like a 5xx.
 */
export function isUnreadableAnswer(error: unknown): boolean {
  const e = shape(error)
  return (
    error instanceof UnreadableAnswer ||
    /Deserialization error/.test(e.message ?? '') ||
    errorName(error) === 'SyntaxError'
  )
}

/** Errors worth waiting out: throttling, 5xx answers, dropped connections and timeouts. */
export function isTransient(error: unknown): boolean {
  const e = shape(error)
  if (isUnreadableAnswer(error)) return true
  const status = e.$metadata?.httpStatusCode ?? 0
  const name = errorName(error)
  return (
    isThrottling(error) ||
    status >= 500 ||
    e.$fault === 'server' ||
    NETWORK.has(name) ||
    (e.code !== undefined && NETWORK.has(e.code)) ||
    name === 'TimeoutError' ||
    name === 'RequestTimeout' ||
    /socket hang up|ECONNRESET|network/i.test(e.message ?? '')
  )
}

export function isNotFound(error: unknown): boolean {
  return (
    errorName(error) === 'ResourceNotFoundException' ||
    shape(error).$metadata?.httpStatusCode === 404
  )
}

/** What the advice may depend on besides the error. */
export interface AdviceContext {
  /** The action assumes role-to-assume itself, and assumes it again before it expires. */
  assumesRole?: boolean
  /** The Image Builder endpoint the calls go to. */
  endpoint?: string
}

/** Nothing listens where the calls go: no use waiting for it at the start. */
export function isConnectionRefused(error: unknown): boolean {
  return errorName(error) === 'ECONNREFUSED' || shape(error).code === 'ECONNREFUSED'
}

function advice(name: string, operation: string, context: AdviceContext): string {
  if (ACCESS_DENIED.has(name)) {
    const passRole =
      operation === 'CreateImage'
        ? ', plus iam:PassRole on the instance profile role and execution role'
        : ''
    return `Allow imagebuilder:${operation} for the role this job uses${passRole}.`
  }
  if (name === 'ECONNREFUSED' || name === 'ENOTFOUND' || name === 'EAI_AGAIN') {
    const where = context.endpoint ? ` at ${context.endpoint}` : ''
    return `Nothing answered${where}: check AWS_ENDPOINT_URL_IMAGEBUILDER if it is set, the region, any proxy (HTTPS_PROXY), and the runner's network.`
  }
  if (EXPIRED.has(name) && context.assumesRole) {
    return "The credentials from role-to-assume expired before the action could renew them: check the runner's clock, and that the role's maximum session duration allows role-duration-seconds."
  }
  if (EXPIRED.has(name)) {
    return "The AWS credentials expired. Lengthen the session: set role-duration-seconds on aws-actions/configure-aws-credentials (up to the role's maximum session duration, which may need raising in IAM)."
  }
  if (BAD_CREDENTIALS.has(name)) {
    return 'The AWS credentials were not accepted: check the role or keys configured before this step, and that they are for this partition and region.'
  }
  if (name === 'CredentialsProviderError') {
    return 'No AWS credentials were found: run aws-actions/configure-aws-credentials before this step.'
  }
  if (name === 'IdempotentParameterMismatchException') {
    return "This client token was already used with other parameters: set a different 'client-token', or leave it empty so that each run attempt gets its own."
  }
  if (THROTTLING.has(name)) {
    return "Image Builder throttled the account: run fewer builds at once, or raise 'poll-interval'."
  }
  if (name === 'ServiceQuotaExceededException') {
    return 'An Image Builder quota is exhausted: see Service Quotas for imagebuilder, or wait for running builds to finish.'
  }
  if (name === 'ResourceNotFoundException') {
    return 'Check that the ARNs exist in this account and region.'
  }
  if (
    name === 'ServiceException' ||
    name === 'ServiceUnavailableException' ||
    name === 'InternalFailure'
  ) {
    return 'This is a fault on the AWS side; re-run the job later.'
  }
  return ''
}

/** "Operation failed: Name: message." as AWS reported it, with no advice. */
export function awsErrorText(error: unknown, operation: string): string {
  if (isUnreadableAnswer(error) && !(error instanceof UnreadableAnswer)) {
    const status = shape(error).$metadata?.httpStatusCode
    return `${operation} failed: its answer${status ? ` (HTTP ${status})` : ''} could not be read as Image Builder's; a proxy or a network device between the runner and AWS may have answered instead.`
  }
  // The service's words: untrusted, so on one line and capped.
  const message = oneLine(shape(error).message)
  // AWS messages often lack a full stop; whatever follows is a sentence of its own.
  const sentence = /[.!?]$/.test(message) || message === '' ? message : `${message}.`
  return `${operation} failed: ${oneLine(errorName(error), 100)}: ${sentence}`
}

/** The AWS error and what the user can do about it, for Image Builder calls. */
export function describeError(
  error: unknown,
  operation: string,
  context: AdviceContext = {}
): string {
  return [awsErrorText(error, operation), advice(errorName(error), operation, context)]
    .filter(Boolean)
    .join(' ')
}

export class ActionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ActionError'
  }
}

/** The image to follow or the pipeline to start does not exist, or these credentials cannot see it. */
export class NotFound extends ActionError {
  constructor(message: string) {
    super(message)
    this.name = 'NotFound'
  }
}

/** The wait could not go on (an outage, answers that cannot be read); the build goes on. */
export class WaitStopped extends ActionError {
  constructor(message: string) {
    super(message)
    this.name = 'WaitStopped'
  }
}

/** Credentials could not be had or were refused (role-to-assume, the OIDC token, STS). */
export class CredentialsError extends ActionError {
  constructor(message: string) {
    super(message)
    this.name = 'CredentialsError'
  }
}

export function isCredentialsError(error: unknown): boolean {
  const name = errorName(error)
  return (
    error instanceof CredentialsError ||
    EXPIRED.has(name) ||
    BAD_CREDENTIALS.has(name) ||
    name === 'CredentialsProviderError'
  )
}

/** An answer that parsed, but lacks what every answer of its kind has. */
export class UnreadableAnswer extends ActionError {
  constructor(message: string) {
    super(message)
    this.name = 'UnreadableAnswer'
  }
}
