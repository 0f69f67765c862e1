// Parsers for the inputs that need more than a type: AMI sources, image ARNs, lists, and the
// region, which may come from several places and must agree with every ARN given.
import { arnProblem, parseArn } from '../aws/index.js'
import type { Env } from '../common/index.js'
import type { InputReader } from './reader.js'
import { SEVERITY_GATES, type Mode, type SeverityGate } from './types.js'

export const ROLE_ARN = /^arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role\/[\w+=,.@/-]+$/
export const EXECUTION_ROLE =
  /^(?=.{1,2048}$)(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role\/)?[a-zA-Z_0-9+=,.@\-/]+$/
export const LOG_GROUP = /^[a-zA-Z0-9\-_/.]{1,512}$/
const REGION = /^[a-z]{2}(?:-[a-z]+)+-[0-9]{1,2}$/
const AMI_ID = /^ami-(?:[0-9a-f]{8}|[0-9a-f]{17})$/

export function readSourceImage(reader: InputReader, name: string): string | undefined {
  const value = reader.text(name)
  const valid =
    'an AMI ID (ami-0abc...), an SSM parameter as ssm:/my/parameter, or an Image Builder image ARN'
  if (value === undefined) return reader.fail(name, `is required: ${valid}`)
  if (AMI_ID.test(value) || /^ssm:\S+$/.test(value)) return value
  if (value.startsWith('arn:')) {
    const asVersion = arnProblem(value, 'image-version')
    if (!asVersion || !arnProblem(value, 'image-build-version')) return value
    return reader.fail(name, `${asVersion}; got '${value}'`)
  }
  return reader.fail(name, `must be ${valid}; got '${value}'`)
}

/** One build of an image, for the modes that follow an image that exists (retry, watch). */
export function readImageArn(reader: InputReader, name: string, mode: Mode): string | undefined {
  const value = reader.text(name)
  if (value === undefined) {
    return reader.fail(
      name,
      `is required for mode '${mode}': the image build version ARN, like arn:aws:imagebuilder:us-east-1:123456789012:image/my-image/1.0.0/3 (the image-arn output of the step that started it)`
    )
  }
  if (!arnProblem(value, 'image-version')) {
    return reader.fail(
      name,
      `is an image version ARN without a build number; mode '${mode}' needs one build of it, like ${value}/3 (the image-arn output of the step that started it)`
    )
  }
  return reader.arn(name, 'image-build-version')
}

const PIPELINE_ARN =
  /^arn:aws(?:-[a-z]+)*:imagebuilder:[a-z0-9-]+:[0-9]{12}:image-pipeline\/[a-z0-9-_]+$/

/** An image pipeline's ARN, or its name (which may hold upper case and spaces). */
export function readImagePipeline(
  reader: InputReader,
  name: string
): { arn: string } | { name: string } | undefined {
  const value = reader.text(name)
  const example = 'arn:aws:imagebuilder:us-east-1:123456789012:image-pipeline/golden-al2023'
  if (value === undefined)
    return reader.fail(
      name,
      `is required for mode 'start-pipeline': the pipeline's ARN, like ${example}, or its name`
    )
  if (value.startsWith('arn:')) {
    if (PIPELINE_ARN.test(value)) return { arn: value }
    return reader.fail(
      name,
      `must be an image pipeline ARN, like ${example}, or a pipeline name; got '${value}'`
    )
  }
  if (value.length > 128)
    return reader.fail(name, `must be a pipeline name of at most 128 characters`)
  return { name: value }
}

/** A comma- or newline-separated list, or a bracketed one. */
export function readList(reader: InputReader, name: string): string[] {
  const value = reader.text(name)
  if (value === undefined) return []
  const items = value.startsWith('[')
    ? value.slice(1, value.endsWith(']') ? -1 : undefined).split(',')
    : value.split(/[\n,]/)
  return items.map(item => item.trim().replace(/^(["'])(.*)\1$/, '$2')).filter(item => item !== '')
}

/**
 * The region to call: the input, then AWS_REGION, AWS_DEFAULT_REGION, then the region of the
 * first ARN given. Every ARN given must be in it.
 */
export function readRegion(
  reader: InputReader,
  env: Env,
  arnInputs: Array<[string, string | undefined]>
): string | undefined {
  const given = arnInputs.filter((entry): entry is [string, string] => Boolean(entry[1]))
  const sources: Array<[string, string | undefined]> = [
    ["input 'region'", reader.text('region')],
    ['AWS_REGION', env.AWS_REGION?.trim() || undefined],
    ['AWS_DEFAULT_REGION', env.AWS_DEFAULT_REGION?.trim() || undefined],
    [
      `the region of '${given[0]?.[0]}'`,
      given.length > 0 ? parseArn(given[0][1])?.region : undefined
    ]
  ]
  const [source, region] = sources.find(([, value]) => value !== undefined) ?? []
  if (!region || !source) {
    return reader.fail(
      'region',
      'is required: set it, or AWS_REGION (aws-actions/configure-aws-credentials sets it)'
    )
  }
  if (!REGION.test(region)) {
    return reader.fail(
      'region',
      `must be an AWS region name like us-east-1 or us-gov-west-1; got '${region}' from ${source}`
    )
  }
  for (const [name, arn] of given) {
    const arnRegion = parseArn(arn)?.region
    if (arnRegion && arnRegion !== region) {
      reader.fail(
        name,
        `is in region ${arnRegion}, but the action calls Image Builder in ${region} (from ${source}); use an ARN from ${region} or set 'region'`
      )
    }
  }
  return region
}

export const readSeverityGate = (reader: InputReader, name: string): SeverityGate =>
  reader.choice(name, SEVERITY_GATES)

/** A gate on the findings needs findings: a scanned image, and a step that waits for it. */
export function checkSeverityGate(
  reader: InputReader,
  value: (name: 'fail-on-severity') => SeverityGate,
  missing: false | 'scanning' | 'wait'
): void {
  const gate = value('fail-on-severity')
  if (gate === 'none' || !missing) return
  const why =
    missing === 'wait'
      ? 'wait is false: the findings are known only once the image is AVAILABLE. Set wait: true'
      : 'image-scanning-enabled is false: there would be no findings to judge. Set image-scanning-enabled: true (Amazon Inspector must be enabled in the account)'
  reader.fail('fail-on-severity', `is '${gate}', but ${why}, or fail-on-severity: none`)
}
