// What the account holds of one image pipeline name, and the calls that write it: the pipeline
// of that name (ListImagePipelines with a name filter, every page, matched here by the service's
// normalized name, since the filter is not documented as exact), its configuration
// (GetImagePipeline), whether a configuration it names exists (a dry run's reads), and the
// Create and Update, whose answers' ARNs are checked at the border.
import {
  CreateImagePipelineCommand,
  GetDistributionConfigurationCommand,
  GetImagePipelineCommand,
  GetInfrastructureConfigurationCommand,
  paginateListImagePipelines,
  UpdateImagePipelineCommand,
  type ImagePipeline,
  type ImagebuilderClient
} from '@aws-sdk/client-imagebuilder'
import { collect, errorName, serviceArn } from '../aws/index.js'
import { sameDocumentName } from '../inputs/index.js'
import type { Send } from './document-versions.js'

/** The pipeline the account has under this name, with its configuration, if any. */
export async function findPipeline(
  client: ImagebuilderClient,
  send: Send,
  name: string
): Promise<ImagePipeline | undefined> {
  const filters = [{ name: 'name', values: [name] }]
  const listed = await send('ListImagePipelines', abortSignal =>
    collect(
      paginateListImagePipelines({ client }, { filters }, { abortSignal }),
      page => page.imagePipelineList
    )
  )
  const match = listed.find(p => p.name !== undefined && sameDocumentName(p.name, name))
  const arn = serviceArn(
    { operation: 'ListImagePipelines', member: 'arn', shape: 'ImagePipelineArn' },
    match?.arn
  )
  if (!arn) return undefined
  const answer = await send('GetImagePipeline', abortSignal =>
    client.send(new GetImagePipelineCommand({ imagePipelineArn: arn }), { abortSignal })
  )
  return { ...answer.imagePipeline, arn }
}

/** Whether the infrastructure or distribution configuration exists: ResourceNotFound says not. */
export async function configurationExists(
  client: ImagebuilderClient,
  send: Send,
  kind: 'infrastructure' | 'distribution',
  arn: string
): Promise<boolean> {
  try {
    if (kind === 'infrastructure') {
      await send('GetInfrastructureConfiguration', abortSignal =>
        client.send(
          new GetInfrastructureConfigurationCommand({ infrastructureConfigurationArn: arn }),
          { abortSignal }
        )
      )
    } else {
      await send('GetDistributionConfiguration', abortSignal =>
        client.send(
          new GetDistributionConfigurationCommand({ distributionConfigurationArn: arn }),
          { abortSignal }
        )
      )
    }
    return true
  } catch (error) {
    if (errorName(error) === 'ResourceNotFoundException') return false
    throw error
  }
}

type CreateInput = ConstructorParameters<typeof CreateImagePipelineCommand>[0]
type UpdateInput = ConstructorParameters<typeof UpdateImagePipelineCommand>[0]

/** Sends the Create (request with `name`) or the Update (with `imagePipelineArn`); the ARN. */
export async function sendPipelineWrite(
  client: ImagebuilderClient,
  send: Send,
  request: Record<string, unknown>
): Promise<string | undefined> {
  const update = request.imagePipelineArn !== undefined
  const operation = update ? 'UpdateImagePipeline' : 'CreateImagePipeline'
  const answer = await send(operation, abortSignal =>
    update
      ? client.send(new UpdateImagePipelineCommand(request as unknown as UpdateInput), {
          abortSignal
        })
      : client.send(new CreateImagePipelineCommand(request as unknown as CreateInput), {
          abortSignal
        })
  )
  return serviceArn(
    { operation, member: 'imagePipelineArn', shape: 'ImagePipelineArn' },
    answer.imagePipelineArn
  )
}
