// The Image Builder client every call goes through: SDK retries, timeouts, and the failureContext
// the SDK would drop.
import { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { DEFAULT_CALL_TIMEOUT_MS } from './call.js'
import { USER_AGENT, imageBuilderEndpoint, type Connection } from './connection.js'
import { proxyAgentsFor } from './proxy.js'
import { recoverFailureContext } from './failure-context.js'

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
      // Without throwOnRequestTimeout the SDK only logs a warning when the time is up.
      requestTimeout: options.requestTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS,
      throwOnRequestTimeout: true,
      connectionTimeout: 10_000,
      ...proxyAgentsFor(imageBuilderEndpoint(connection.region, process.env))
    }
  })
  recoverFailureContext(client)
  return client
}
