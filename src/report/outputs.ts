// Derives the action's outputs from the image as GetImage reports it, success or not.
import * as core from '@actions/core'
import type { Image, LatestVersionReferences } from '@aws-sdk/client-imagebuilder'
import { parseArn } from '../aws/index.js'
import { oneLine } from '../common/index.js'

/** An ID, region or name from the service: on one line and short, as such values are. */
const token = (text: string | undefined): string => oneLine(text, 256)

export interface AmiOutput {
  region: string
  accountId: string
  image: string
  name: string
  status: string
}

export interface ImageOutputs {
  status: string
  imageArn: string
  amis: AmiOutput[]
  /** Region to AMI ID, preferring the copy the building account owns. */
  amiIds: Record<string, string>
  /** The AMI in the region the action called. */
  amiId: string
  imageUris: string[]
  /** The semantic version and build, like 1.2.0/7. */
  imageVersion: string
  osVersion: string
  platform: string
  /** GetImage's latestVersionReferences as JSON, or '' when it sent none. */
  latestVersionReferences: string
}

export function imageOutputs(
  image: Image | undefined,
  arn: string,
  region: string,
  latest?: LatestVersionReferences
): ImageOutputs {
  const buildAccount = parseArn(arn)?.account ?? ''
  const amis: AmiOutput[] = (image?.outputResources?.amis ?? [])
    .filter(ami => ami.image)
    .map(ami => ({
      region: token(ami.region ?? region),
      accountId: token(ami.accountId ?? buildAccount),
      image: token(ami.image),
      name: token(ami.name),
      status: token(ami.state?.status)
    }))
  const amiIds: Record<string, string> = {}
  for (const ami of amis) {
    const owned = ami.accountId === buildAccount
    const current = amis.find(a => a.image === amiIds[ami.region])
    if (!current || (owned && current.accountId !== buildAccount)) amiIds[ami.region] = ami.image
  }
  const imageUris = (image?.outputResources?.containers ?? []).flatMap(c =>
    (c.imageUris ?? []).map(token)
  )
  return {
    status: token(image?.state?.status),
    imageArn: arn,
    amis,
    amiIds,
    amiId: amiIds[region] ?? '',
    imageUris,
    imageVersion: token(/\/(\d+\.\d+\.\d+\/\d+)$/.exec(arn)?.[1]),
    osVersion: token(image?.osVersion),
    platform: token(image?.platform),
    latestVersionReferences: latest
      ? JSON.stringify(
          Object.fromEntries(
            Object.entries(latest).map(([key, value]) => [key, token(String(value))])
          )
        )
      : ''
  }
}

export function setOutputs(outputs: ImageOutputs): void {
  core.setOutput('status', outputs.status)
  core.setOutput('image-arn', outputs.imageArn)
  core.setOutput('amis', JSON.stringify(outputs.amis))
  core.setOutput('ami-ids', JSON.stringify(outputs.amiIds))
  core.setOutput('ami-id', outputs.amiId)
  core.setOutput('image-uris', JSON.stringify(outputs.imageUris))
  core.setOutput('image-version', outputs.imageVersion)
  core.setOutput('os-version', outputs.osVersion)
  core.setOutput('platform', outputs.platform)
  core.setOutput('latest-version-references', outputs.latestVersionReferences)
}
