// image.state.failureContext: the service returns it, but SDK 3.1046.0 does not model it and drops
// it while parsing. Two middlewares recover it: one keeps a copy of GetImage's raw body before the
// SDK parses it, the other puts the member back on the parsed output. That second one is also
// GetImage's border: a null where a list element belongs (an AMI, a container, a failed region)
// is dropped there, so that no reader of the image meets one.
import { Readable } from 'node:stream'
import type { Image, ImagebuilderClient } from '@aws-sdk/client-imagebuilder'

export interface ComponentFailure {
  componentArn?: string
  phaseName?: string
  stepName?: string
  action?: string
  errorMessage?: string
}

export interface RegionFailure {
  region?: string
  status?: string
  imageConfigurationStep?: string
  errorMessage?: string
  /** The account of the failed copy (the model's name for it). */
  targetAccountId?: string
}

export interface FailureContext {
  imageStatus?: string
  workflowExecutionId?: string
  workflowArn?: string
  stepExecutionId?: string
  failedStep?: string
  componentFailure?: ComponentFailure
  distributionFailure?: { errorMessage?: string; regionFailures?: RegionFailure[] }
}

const RAW = Symbol('failureContext')

async function readAll(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array))
  return Buffer.concat(chunks)
}

export function recoverFailureContext(client: ImagebuilderClient): void {
  client.middlewareStack.add(
    (next, context) => async args => {
      const result = await next(args)
      const response = result.response as { body?: unknown }
      if (context.commandName === 'GetImageCommand' && response.body instanceof Readable) {
        const raw = await readAll(response.body)
        response.body = Readable.from([raw])
        try {
          const parsed = JSON.parse(raw.toString('utf8')) as {
            image?: { state?: { failureContext?: FailureContext } }
          }
          ;(context as Record<symbol, unknown>)[RAW] = parsed.image?.state?.failureContext
        } catch {
          // Not JSON (an error page): the SDK reports it.
        }
      }
      return result
    },
    { step: 'deserialize', priority: 'low', name: 'keepRawGetImage' }
  )
  client.middlewareStack.add(
    (next, context) => async args => {
      const result = await next(args)
      const failureContext = (context as Record<symbol, unknown>)[RAW] as FailureContext | undefined
      const output = result.output as { image?: Image }
      if (failureContext && output.image?.state)
        Object.assign(output.image.state, { failureContext })
      if (output.image) output.image = withoutNulls(output.image)
      return result
    },
    { step: 'deserialize', priority: 'high', name: 'restoreFailureContext' }
  )
}

export function failureContextOf(image: Image | undefined): FailureContext | undefined {
  return (image?.state as { failureContext?: FailureContext } | undefined)?.failureContext
}

/** The value with every null or undefined list element left out, at any depth. */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value))
    return value.filter(item => item !== null && item !== undefined).map(withoutNulls) as T
  if (typeof value !== 'object' || value === null || value instanceof Date) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [key, withoutNulls(member)])
  ) as T
}
