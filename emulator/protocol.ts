// What every protocol the emulator speaks shares: the recorded request, the service's error
// types with their HTTP status, and the restJson1 answer.
import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'

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

export const STATUS_BY_ERROR: Record<string, number> = {
  AccessDeniedException: 403,
  CallRateLimitExceededException: 429,
  ClientException: 400,
  DryRunOperationException: 412,
  ForbiddenException: 403,
  IdempotentParameterMismatchException: 400,
  InvalidPaginationTokenException: 400,
  InvalidParameterCombinationException: 400,
  InvalidParameterException: 400,
  InvalidParameterValueException: 400,
  InvalidRequestException: 400,
  InvalidVersionNumberException: 400,
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

/** A restJson1 answer: errors carry their type in x-amzn-errortype, as the SDK reads it. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  errorType?: string
): void {
  const payload = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
    'x-amzn-requestid': randomUUID(),
    ...(errorType ? { 'x-amzn-errortype': errorType } : {})
  })
  res.end(payload)
}
