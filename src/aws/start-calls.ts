// The calls that start a build, by name: the mode sends one, and whoever must learn which image
// an interrupted call made (the main step on cancellation, the post step) sends it again with
// the same client token, which returns the image the first one made: only when it may have made
// one (madeNothing says when it certainly did not), and never RetryImage, whose image is its input.
import {
  CreateImageCommand,
  DistributeImageCommand,
  RetryImageCommand,
  StartImagePipelineExecutionCommand,
  type CreateImageCommandInput,
  type DistributeImageCommandInput,
  type ImagebuilderClient,
  type RetryImageCommandInput,
  type StartImagePipelineExecutionCommandInput
} from '@aws-sdk/client-imagebuilder'
import { errorName, isConnectionRefused, isCredentialsError } from './errors.js'
import { serviceArn } from './service-arn.js'

export type StartCall =
  | { operation: 'CreateImage'; request: CreateImageCommandInput }
  | { operation: 'DistributeImage'; request: DistributeImageCommandInput }
  | { operation: 'RetryImage'; request: RetryImageCommandInput }
  | {
      operation: 'StartImagePipelineExecution'
      request: StartImagePipelineExecutionCommandInput
    }

/** The image the call made, checked at the border (service-arn.ts); undefined if it named none. */
export async function sendStartCall(
  client: ImagebuilderClient,
  call: StartCall,
  abortSignal: AbortSignal
): Promise<string | undefined> {
  const arn = (await answerOf(client, call, abortSignal)).imageBuildVersionArn
  return serviceArn(
    {
      operation: call.operation,
      member: 'imageBuildVersionArn',
      shape: 'ImageBuildVersionArn',
      consequence:
        call.operation === 'RetryImage'
          ? undefined
          : 'It may have started a build: look for it in the Image Builder console.'
    },
    arn
  )
}

function answerOf(
  client: ImagebuilderClient,
  call: StartCall,
  abortSignal: AbortSignal
): Promise<{ imageBuildVersionArn?: string }> {
  const options = { abortSignal }
  switch (call.operation) {
    case 'CreateImage':
      return client.send(new CreateImageCommand(call.request), options)
    case 'DistributeImage':
      return client.send(new DistributeImageCommand(call.request), options)
    case 'RetryImage':
      return client.send(new RetryImageCommand(call.request), options)
    case 'StartImagePipelineExecution':
      return client.send(new StartImagePipelineExecutionCommand(call.request), options)
  }
}

/**
 * Whether a failed start call certainly made nothing: its only attempt was answered with a 4xx
 * (refused; throttled included), or never reached anything. No answer, a dropped connection, a 5xx,
 * or an SDK retry after one of those: the call may have made an image.
 */
export function madeNothing(error: unknown): boolean {
  const metadata = (error as { $metadata?: { httpStatusCode?: number; attempts?: number } } | null)
    ?.$metadata
  if ((metadata?.attempts ?? 1) > 1) return false
  // Refused, or never signed: no credentials, none accepted.
  if (isCredentialsError(error)) return true
  if (isConnectionRefused(error) || ['ENOTFOUND', 'EAI_AGAIN'].includes(errorName(error)))
    return true
  const status = metadata?.httpStatusCode ?? 0
  return status >= 400 && status < 500
}
