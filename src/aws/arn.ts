// Image Builder ARN shapes, taken from the service model's patterns so that a malformed ARN is
// refused before any API call with the same judgement the service would make.

const PARTITION = 'aws(?:-[a-z]+)*'
const VERSION_WILDCARD = '(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)'
const NAME = '[a-z0-9-_]+'

export type ResourceKind =
  | 'image-recipe'
  | 'container-recipe'
  | 'infrastructure-configuration'
  | 'distribution-configuration'
  | 'workflow'
  | 'image-build-version'
  | 'image-version'

interface KindSpec {
  label: string
  pattern: RegExp
  example: string
}

function arnPattern(resource: string): RegExp {
  return new RegExp(`^arn:${PARTITION}:imagebuilder:[a-z0-9-]+:(?:[0-9]{12}|aws):${resource}$`)
}

const KINDS: Record<ResourceKind, KindSpec> = {
  'image-recipe': {
    label: 'an image recipe ARN',
    pattern: arnPattern(`image-recipe/${NAME}/${VERSION_WILDCARD}`),
    example:
      'arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/my-recipe/1.0.0 (x.x.x allowed)'
  },
  'container-recipe': {
    label: 'a container recipe ARN',
    pattern: arnPattern(`container-recipe/${NAME}/${VERSION_WILDCARD}`),
    example:
      'arn:aws:imagebuilder:us-east-1:123456789012:container-recipe/my-recipe/1.0.0 (x.x.x allowed)'
  },
  'infrastructure-configuration': {
    label: 'an infrastructure configuration ARN',
    pattern: arnPattern(`infrastructure-configuration/${NAME}`),
    example: 'arn:aws:imagebuilder:us-east-1:123456789012:infrastructure-configuration/my-infra'
  },
  'distribution-configuration': {
    label: 'a distribution configuration ARN',
    pattern: arnPattern(`distribution-configuration/${NAME}`),
    example: 'arn:aws:imagebuilder:us-east-1:123456789012:distribution-configuration/my-dist'
  },
  workflow: {
    label: 'a workflow ARN',
    // A build number picks one build of one version: the version cannot be a wildcard then.
    pattern: arnPattern(
      `workflow/(?:build|test|distribution)/${NAME}/(?:${VERSION_WILDCARD}|[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+)`
    ),
    example: 'arn:aws:imagebuilder:us-east-1:aws:workflow/build/build-image/x.x.x'
  },
  'image-version': {
    label: 'an image version ARN',
    pattern: arnPattern(`image/${NAME}/${VERSION_WILDCARD}`),
    example: 'arn:aws:imagebuilder:us-east-1:123456789012:image/my-image/1.0.0'
  },
  'image-build-version': {
    label: 'an image build version ARN',
    pattern: arnPattern(`image/${NAME}/[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+`),
    example: 'arn:aws:imagebuilder:us-east-1:123456789012:image/my-image/1.0.0/3'
  }
}

export interface ParsedArn {
  partition: string
  region: string
  account: string
  /** Resource type as written in the ARN, e.g. `image-recipe`, `image`, `workflow`. */
  resourceType: string
  /** Everything after the resource type's slash. */
  resourcePath: string
}

export function parseArn(arn: string): ParsedArn | undefined {
  const match = /^arn:([^:]+):imagebuilder:([^:]*):([^:]*):([^/]+)\/(.+)$/.exec(arn)
  if (!match) return undefined
  const [, partition, region, account, resourceType, resourcePath] = match
  return { partition, region, account, resourceType, resourcePath }
}

/** Returns why `arn` is not an ARN of `kind`, or undefined when it is one. */
export function arnProblem(arn: string, kind: ResourceKind): string | undefined {
  const spec = KINDS[kind]
  if (spec.pattern.test(arn)) return undefined
  const parsed = parseArn(arn)
  if (!arn.startsWith('arn:')) return `must be ${spec.label}, like ${spec.example}`
  if (!parsed) return `must be ${spec.label} of EC2 Image Builder, like ${spec.example}`
  const seen = parsed.resourceType === 'image' ? 'an image' : `a ${parsed.resourceType}`
  const expectedType = kind.startsWith('image-') && kind.endsWith('version') ? 'image' : kind
  if (parsed.resourceType !== expectedType) {
    return `must be ${spec.label}, but this is ${seen} ARN; expected like ${spec.example}`
  }
  return `is not a well-formed ${spec.label.replace(/^an? /, '')}; expected like ${spec.example}`
}

/** Splits `<type>/<name>/<version>[/<build>]` of a workflow build version ARN for display. */
export function describeWorkflowArn(arn: string | undefined): {
  type: string
  name: string
  version: string
} {
  const parsed = arn ? parseArn(arn) : undefined
  if (!parsed || parsed.resourceType !== 'workflow')
    return { type: '', name: arn ?? 'workflow', version: '' }
  const [type = '', name = parsed.resourcePath, ...version] = parsed.resourcePath.split('/')
  return { type, name, version: version.join('/') }
}
