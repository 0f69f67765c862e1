// The real SDK client pointed at an emulator, with one attempt per call: the emulator's contract
// tests see each answer as the service would give it, not the SDK's retries.
import { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'

export const emulatorClient = (endpoint: string, region = 'us-east-1'): ImagebuilderClient =>
  new ImagebuilderClient({
    region,
    endpoint,
    credentials: { accessKeyId: 'AKIAEMULATOREXAMPLE', secretAccessKey: 'not-a-secret' },
    maxAttempts: 1
  })

/** The same client, adding `members` the SDK does not carry (dryRun, which 3.1046.0 drops) to each body. */
export function emulatorClientAdding(
  endpoint: string,
  members: Record<string, unknown>
): ImagebuilderClient {
  const client = emulatorClient(endpoint)
  client.middlewareStack.add(
    next => async args => {
      const request = args.request as {
        body: string | Uint8Array
        headers: Record<string, string>
      }
      const sent =
        request.body instanceof Uint8Array ? new TextDecoder().decode(request.body) : request.body
      request.body = JSON.stringify({ ...JSON.parse(sent), ...members })
      request.headers['content-length'] = String(Buffer.byteLength(request.body))
      return next(args)
    },
    { step: 'build' }
  )
  return client
}
