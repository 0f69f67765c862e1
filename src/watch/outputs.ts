// The AMIs and container images an image shows, each reported once as it appears: distribution
// to other regions runs without steps, so these are how its progress shows.
import type { Image } from '@aws-sdk/client-imagebuilder'
import type { WatchEvent } from './events.js'

/** Remembers the outputs reported, by region, account and resource. */
export class OutputLedger {
  private readonly reported = new Set<string>()

  /** The outputs `image` shows that were not reported yet, as events at `elapsedMs`. */
  newOutputs(image: Image, elapsedMs: number): WatchEvent[] {
    const found: Array<{
      kind: 'AMI' | 'Container image'
      region: string
      accountId?: string
      resource: string
    }> = [
      ...(image.outputResources?.amis ?? []).map(a => ({
        kind: 'AMI' as const,
        region: a.region ?? '',
        accountId: a.accountId,
        resource: a.image ?? ''
      })),
      ...(image.outputResources?.containers ?? []).flatMap(c =>
        (c.imageUris ?? []).map(uri => ({
          kind: 'Container image' as const,
          region: c.region ?? '',
          resource: uri
        }))
      )
    ]
    return found
      .filter(o => o.resource && !this.reported.has(`${o.region}/${o.accountId}/${o.resource}`))
      .map(o => {
        this.reported.add(`${o.region}/${o.accountId}/${o.resource}`)
        return { type: 'output', ...o, elapsedMs }
      })
  }
}
