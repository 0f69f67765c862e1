// The calls that start a build, by name: the mode sends one, and whoever must learn which image
// an interrupted call made (the main step on cancellation, the post step) sends it again with
// the same client token, which returns the image the first one made.
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
