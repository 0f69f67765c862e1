import { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'

export const USER_AGENT = 'imagebuilder-action/0.1.0'

export interface ClientOptions {
  maxAttempts?: number
  /** A hung connection must not stall the wait: each request gives up after this long. */
  requestTimeoutMs?: number
}

// Credentials and the endpoint come from the SDK's standard chain (AWS_ENDPOINT_URL_IMAGEBUILDER
// included); the action never names an endpoint of its own.
export function createClient(region: string, options: ClientOptions = {}): ImagebuilderClient {
  return new ImagebuilderClient({
    region,
    customUserAgent: USER_AGENT,
    maxAttempts: options.maxAttempts ?? 4,
    requestHandler: {
      requestTimeout: options.requestTimeoutMs ?? 30_000,
      connectionTimeout: 10_000
    }
  })
}
