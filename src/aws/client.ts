// The Image Builder client every call goes through: SDK retries (never of throttling: see
// retry-strategy.ts), timeouts, and the failureContext the SDK would drop.
import { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { DEFAULT_CALL_TIMEOUT_MS } from './call.js'
import { USER_AGENT, imageBuilderEndpoint, type Connection } from './connection.js'
import { proxyAgentsFor } from './proxy.js'
import { recoverFailureContext } from './failure-context.js'
import { retriesWithoutThrottling } from './retry-strategy.js'

export interface ClientOptions {
  maxAttempts?: number
  /** A hung connection must not stall the wait: each request gives up after this long. */
  requestTimeoutMs?: number
}

// Credentials and the endpoint come from the SDK's standard chain (AWS_ENDPOINT_URL_IMAGEBUILDER
// included); the action never names an endpoint of its own.
export async function createClient(
  connection: Connection,
  options: ClientOptions = {}
): Promise<ImagebuilderClient> {
  const client = new ImagebuilderClient({
    region: connection.region,
    credentials: connection.credentials,
    customUserAgent: USER_AGENT,
    retryStrategy: retriesWithoutThrottling(options.maxAttempts ?? 3),
    requestHandler: {
      // Without throwOnRequestTimeout the SDK only logs a warning when the time is up.
      requestTimeout: options.requestTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS,
      throwOnRequestTimeout: true,
      connectionTimeout: 10_000,
      ...(await proxyAgentsFor(imageBuilderEndpoint(connection.region, process.env)))
    }
  })
  recoverFailureContext(client)
  return client
}
