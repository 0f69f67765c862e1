import { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'

export const USER_AGENT = 'imagebuilder-action/0.1.0'

// Credentials and the endpoint come from the SDK's standard chain (AWS_ENDPOINT_URL_IMAGEBUILDER
// included); the action never names an endpoint of its own.
export function createClient(region: string): ImagebuilderClient {
  return new ImagebuilderClient({ region, customUserAgent: USER_AGENT, maxAttempts: 4 })
}
