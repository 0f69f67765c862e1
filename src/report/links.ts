// What the summary links to and lists besides the build itself: the image in the console, its
// build log, and the distribution targets that got no AMI.
import type { Image } from '@aws-sdk/client-imagebuilder'
import { isRegionName, parseArn } from '../aws/index.js'

/** CloudWatch's console encodes a path twice over, with $ for %. */
const cwEncode = (text: string): string =>
  encodeURIComponent(encodeURIComponent(text)).replace(/%/g, '$')

export function consoleLinks(
  arn: string,
  image: Image | undefined
): Array<{ label: string; url: string }> {
  const parsed = parseArn(arn)
  // The region makes the links' host: anything but a region's name links nowhere.
  if (!parsed || !isRegionName(parsed.region)) return []
  const { region } = parsed
  const [name, version, build] = parsed.resourcePath.split('/')
  const host = `https://${region}.console.aws.amazon.com`
  const group = image?.loggingConfiguration?.logGroupName ?? `/aws/imagebuilder/${name}`
  const links = [
    {
      label: 'Image in the Image Builder console',
      url: `${host}/imagebuilder/home?region=${region}#/images/${encodeURIComponent(arn.replace(/\/\d+$/, ''))}/${build}/details`
    },
    {
      label: `Build log group ${group}`,
      url: `${host}/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${cwEncode(group)}`
    }
  ]
  if (image?.state?.status === 'FAILED' && version && build) {
    links.push({
      label: `Build log stream ${version}/${build}`,
      url: `${host}/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${cwEncode(group)}/log-events/${cwEncode(`${version}/${build}`)}`
    })
  }
  return links
}

/** The (region, account) pairs the distribution asked for that have no AMI. */
export function missingTargets(
  image: Image | undefined,
  buildAccount: string
): Array<{ region: string; accountId: string }> {
  const asked = (image?.distributionConfiguration?.distributions ?? []).flatMap(d => [
    { region: d.region ?? '', accountId: buildAccount },
    ...(d.amiDistributionConfiguration?.targetAccountIds ?? []).map(accountId => ({
      region: d.region ?? '',
      accountId
    }))
  ])
  const made = new Set(
    (image?.outputResources?.amis ?? []).map(a => `${a.region}/${a.accountId ?? buildAccount}`)
  )
  return asked.filter(t => t.region && !made.has(`${t.region}/${t.accountId}`))
}
