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
