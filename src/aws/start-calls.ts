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

export type StartCall =
  | { operation: 'CreateImage'; request: CreateImageCommandInput }
  | { operation: 'DistributeImage'; request: DistributeImageCommandInput }
  | { operation: 'RetryImage'; request: RetryImageCommandInput }
  | {
      operation: 'StartImagePipelineExecution'
      request: StartImagePipelineExecutionCommandInput
    }

export async function sendStartCall(
  client: ImagebuilderClient,
  call: StartCall,
  abortSignal: AbortSignal
): Promise<string | undefined> {
  const options = { abortSignal }
  switch (call.operation) {
    case 'CreateImage':
      return (await client.send(new CreateImageCommand(call.request), options)).imageBuildVersionArn
    case 'DistributeImage':
      return (await client.send(new DistributeImageCommand(call.request), options))
        .imageBuildVersionArn
    case 'RetryImage':
      return (await client.send(new RetryImageCommand(call.request), options)).imageBuildVersionArn
    case 'StartImagePipelineExecution':
      return (await client.send(new StartImagePipelineExecutionCommand(call.request), options))
        .imageBuildVersionArn
  }
}
