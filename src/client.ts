import { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { CredentialsProvider } from './credentials.js'
import { recoverFailureContext } from './failure-context.js'

export const USER_AGENT = 'imagebuilder-action/0.1.0'

/** Where and as whom the action calls Image Builder. */
export interface Connection {
  region: string
  /** From role-to-assume; otherwise the SDK's default chain (environment, profile, ...). */
  credentials?: CredentialsProvider
}

export interface ClientOptions {
  maxAttempts?: number
  /** A hung connection must not stall the wait: each request gives up after this long. */
  requestTimeoutMs?: number
}

// Credentials and the endpoint come from the SDK's standard chain (AWS_ENDPOINT_URL_IMAGEBUILDER
// included); the action never names an endpoint of its own.
export function createClient(
  connection: Connection,
  options: ClientOptions = {}
): ImagebuilderClient {
  const client = new ImagebuilderClient({
    region: connection.region,
    credentials: connection.credentials,
    customUserAgent: USER_AGENT,
    maxAttempts: options.maxAttempts ?? 4,
    // Adaptive retries rate-limit the whole client once it is throttled, not each call alone.
    retryMode: 'adaptive',
    requestHandler: {
      requestTimeout: options.requestTimeoutMs ?? 30_000,
      connectionTimeout: 10_000
    }
  })
  recoverFailureContext(client)
  return client
}
