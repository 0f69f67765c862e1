// Infrastructure and distribution configurations, as GetInfrastructureConfiguration and
// GetDistributionConfiguration answer them: the account holds them by kind and name (resources.ts,
// a few from the start), and a distribution configuration distributes where the test said
// (addDistributionConfiguration), or to its own region.
import { randomUUID } from 'node:crypto'
import { ServiceError, type RecordedRequest } from '../protocol.js'
import { refuseAgainstModel } from './recipes.js'
import type { ImageBuilderStore } from './store.js'

/** When the configurations the account holds were made: before anything a test does. */
const MADE = '2025-01-01T00:00:00.000Z'

function held(store: ImageBuilderStore, request: RecordedRequest, member: string): string {
  refuseAgainstModel(request)
  const arn = request.query[member]
  if (!store.resources.has(arn))
    throw new ServiceError('ResourceNotFoundException', `The resource ${arn} does not exist.`)
  return arn
}

const nameOf = (arn: string): string => arn.slice(arn.lastIndexOf('/') + 1)

export function getInfrastructureConfiguration(
  store: ImageBuilderStore,
  request: RecordedRequest
): unknown {
  const arn = held(store, request, 'infrastructureConfigurationArn')
  return {
    requestId: randomUUID(),
    infrastructureConfiguration: {
      arn,
      name: nameOf(arn),
      instanceTypes: ['m5.large'],
      instanceProfileName: 'EC2InstanceProfileForImageBuilder',
      terminateInstanceOnFailure: true,
      dateCreated: MADE
    }
  }
}

export function getDistributionConfiguration(
  store: ImageBuilderStore,
  request: RecordedRequest
): unknown {
  const arn = held(store, request, 'distributionConfigurationArn')
  const targets = store.distributionConfigurations.get(arn) ?? [{ region: arn.split(':')[3] }]
  return {
    requestId: randomUUID(),
    distributionConfiguration: {
      arn,
      name: nameOf(arn),
      distributions: targets.map(d => ({
        region: d.region,
        amiDistributionConfiguration: d.targetAccountIds
          ? { targetAccountIds: d.targetAccountIds }
          : {}
      })),
      // Required in the model's shape, though "a property that Image Builder doesn't use".
      timeoutMinutes: 720,
      dateCreated: MADE
    }
  }
}
