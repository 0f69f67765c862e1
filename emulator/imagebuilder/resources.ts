// The resources a request may refer to: recipes, infrastructure and distribution configurations.
// A request that names one the account does not have is refused as the service refuses it, with
// ResourceNotFoundException. Resources are known by kind and name, in every region: enough for
// a test to tell a typo from a real recipe without setting up each region.
import { ServiceError } from '../protocol.js'

/** What a fresh emulator has: the names the fixtures, the demo and the README examples use. */
export const SEEDED = [
  'image-recipe/golden-al2023',
  'image-recipe/golden',
  'container-recipe/web-base',
  'container-recipe/web',
  'infrastructure-configuration/ci-builders',
  'infrastructure-configuration/builders',
  'distribution-configuration/three-regions',
  'distribution-configuration/own-three-regions'
]

/** `kind/name` of an Image Builder ARN, or undefined for another shape. */
export function resourceKey(arn: string): string | undefined {
  const match = /^arn:[^:]+:imagebuilder:[^:]*:[^:]*:([a-z-]+)\/([^/]+)/.exec(arn)
  return match ? `${match[1]}/${match[2]}` : undefined
}

export class Resources {
  private readonly known = new Set(SEEDED)

  /** Makes the resource of this ARN (or `kind/name`) exist. */
  add(arnOrKey: string): void {
    this.known.add(resourceKey(arnOrKey) ?? arnOrKey)
  }

  /** Makes it not exist, as if it had been deleted. */
  remove(arnOrKey: string): void {
    this.known.delete(resourceKey(arnOrKey) ?? arnOrKey)
  }

  reset(): void {
    this.known.clear()
    for (const key of SEEDED) this.known.add(key)
  }

  has(arn: string): boolean {
    const key = resourceKey(arn)
    return key !== undefined && this.known.has(key)
  }

  /** Refuses a request member that names a resource the account does not have. */
  check(member: string, arn: unknown): void {
    if (typeof arn !== 'string' || this.has(arn)) return
    throw new ServiceError(
      'ResourceNotFoundException',
      `The resource ${arn} (${member}) does not exist.`
    )
  }
}
