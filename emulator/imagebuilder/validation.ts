// The checks Image Builder makes on a request before it acts, with the patterns and limits of the
// API model: a request the service would refuse is refused here the same way.
import { ServiceError, type RecordedRequest } from '../protocol.js'

const PARTITION = 'aws(?:-[a-z]+)*'
const VERSION = '(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)'
const arnOf = (resource: string): RegExp =>
  new RegExp(`^arn:${PARTITION}:imagebuilder:[^:]+:(?:[0-9]{12}|aws):${resource}$`)
export const PATTERNS = {
  imageRecipe: arnOf(`image-recipe/[a-z0-9-_]+/${VERSION}`),
  containerRecipe: arnOf(`container-recipe/[a-z0-9-_]+/${VERSION}`),
  infrastructure: arnOf('infrastructure-configuration/[a-z0-9-_]+'),
  distribution: arnOf('distribution-configuration/[a-z0-9-_]+'),
  workflow: arnOf(
    `workflow/(?:build|test|distribution)/[a-z0-9-_]+/(?:${VERSION}|[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+)`
  ),
  image: arnOf(
    'image/[a-z0-9-_]+/(?:(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)|[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+)'
  ),
  imageBuild: arnOf('image/[a-z0-9-_]+/[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+'),
  executionRole:
    /^(?=.{1,2048}$)(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role\/)?[a-zA-Z_0-9+=,.@\-_/]+$/,
  logGroup: /^[a-zA-Z0-9\-_/.]{1,512}$/,
  parallelGroup: /^[A-Za-z0-9][A-Za-z0-9-_+#]{0,99}$/,
  imagePipeline: arnOf('image-pipeline/[a-z0-9-_]+'),
  workflowExecutionId: /^wf-[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}$/
}

/** The build ARNs a version ARN covers: …/1.2.3 or …/1.x.x covers …/1.2.3/4. */
export const buildsOf = (versionArn: string): RegExp => covered(versionArn, '/[0-9]+')

/** The version ARNs (recipes have no builds) a version ARN covers: …/1.x.x covers …/1.2.3. */
export const versionsOf = (versionArn: string): RegExp => covered(versionArn, '')

function covered(versionArn: string, suffix: string): RegExp {
  const m = /^(.*\/)([0-9]+|x)\.([0-9]+|x)\.([0-9]+|x)$/.exec(versionArn)
  if (!m) return /$^/
  const node = (n: string): string => (n === 'x' ? '[0-9]+' : n)
  const prefix = m[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`^${prefix}${node(m[2])}\\.${node(m[3])}\\.${node(m[4])}${suffix}$`)
}

/** Numeric order of x.y.z versions (the listings give string order: 1.0.10 before 1.0.9). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map(v => v.split('.').map(Number))
  return x.map((n, i) => n - y[i]).find(d => d !== 0) ?? 0
}

export function invalid(message: string): never {
  throw new ServiceError('InvalidRequestException', message)
}

function checkArn(
  body: Record<string, unknown>,
  member: string,
  pattern: RegExp,
  region: string
): void {
  const value = body[member]
  if (value === undefined) return
  if (typeof value !== 'string' || !pattern.test(value))
    invalid(`Value for ${member} is not a valid ARN: ${String(value)}`)
  const arnRegion = value.split(':')[3]
  if (arnRegion !== region) {
    throw new ServiceError(
      'InvalidParameterValueException',
      `The ARN ${value} is not in the region of this request (${region}).`
    )
  }
}

export function validateDistributeImage(request: RecordedRequest): void {
  const body = request.body
  const source = body.sourceImage
  if (typeof source !== 'string' || source.length < 1 || source.length > 1024)
    invalid('sourceImage is required.')
  if (
    !/^ami-[0-9a-f]{8,17}$/.test(source) &&
    !/^ssm:\S+$/.test(source) &&
    !PATTERNS.image.test(source)
  ) {
    invalid(`sourceImage must be an AMI ID, an ssm: parameter reference or an image ARN: ${source}`)
  }
  if (source.startsWith('arn:')) checkArn(body, 'sourceImage', PATTERNS.image, request.region)
  if (body.distributionConfigurationArn === undefined)
    invalid('distributionConfigurationArn is required.')
  checkArn(body, 'distributionConfigurationArn', PATTERNS.distribution, request.region)
  if (body.executionRole === undefined) invalid('executionRole is required.')
  validateCommon(body)
}

/** Members CreateImage and DistributeImage share. */
function validateCommon(body: Record<string, unknown>): void {
  if (
    body.executionRole !== undefined &&
    !PATTERNS.executionRole.test(String(body.executionRole))
  ) {
    invalid(`executionRole is not a role name or ARN: ${String(body.executionRole)}`)
  }
  const logGroup = (body.loggingConfiguration as { logGroupName?: unknown } | undefined)
    ?.logGroupName
  if (logGroup !== undefined && !PATTERNS.logGroup.test(String(logGroup))) {
    invalid(`logGroupName is not valid: ${String(logGroup)}`)
  }
  // "If you specify a log group name outside of the /aws/imagebuilder/ namespace, you must also
  // provide an executionRole that has permission to write to that log group."
  if (
    logGroup !== undefined &&
    !String(logGroup).startsWith('/aws/imagebuilder/') &&
    body.executionRole === undefined
  ) {
    throw new ServiceError(
      'InvalidParameterCombinationException',
      `logGroupName ${String(logGroup)} is outside /aws/imagebuilder/: an executionRole that can write to it is required.`
    )
  }
  validateTags(body.tags)
}

/** A TagMap: 1 to 50 entries; TagKey ^(?!aws:)[a-zA-Z0-9\s_.:/=+\-@]*$ (Java's \s: ASCII only). */
export function validateTags(tags: unknown): void {
  if (tags === undefined) return
  const entries = Object.entries(tags as Record<string, unknown>)
  if (entries.length < 1 || entries.length > 50) invalid('Between 1 and 50 tags are allowed.')
  for (const [key, value] of entries) {
    if (
      key.length < 1 ||
      key.length > 128 ||
      !/^(?!aws:)[a-zA-Z0-9 \t\n\v\f\r_.:/=+\-@]*$/.test(key)
    )
      invalid(`Tag key ${key} is not allowed.`)
    if (typeof value !== 'string' || value.length > 256) {
      invalid(`Tag value for ${key} must be a string of at most 256 characters.`)
    }
  }
}

export function validateCreateImage(request: RecordedRequest): void {
  const body = request.body
  if (body.infrastructureConfigurationArn === undefined)
    invalid('infrastructureConfigurationArn is required.')
  checkArn(body, 'infrastructureConfigurationArn', PATTERNS.infrastructure, request.region)
  if ((body.imageRecipeArn === undefined) === (body.containerRecipeArn === undefined)) {
    invalid('You must specify exactly one of imageRecipeArn or containerRecipeArn.')
  }
  checkArn(body, 'imageRecipeArn', PATTERNS.imageRecipe, request.region)
  checkArn(body, 'containerRecipeArn', PATTERNS.containerRecipe, request.region)
  checkArn(body, 'distributionConfigurationArn', PATTERNS.distribution, request.region)
  validateCommon(body)
  const workflows = body.workflows as Array<Record<string, unknown>> | undefined
  if (workflows !== undefined) {
    if (!Array.isArray(workflows) || workflows.length > 10)
      invalid('workflows must be a list of at most 10 entries.')
    if (body.executionRole === undefined)
      invalid('executionRole is required when workflows are specified.')
    for (const workflow of workflows) {
      checkArn(workflow, 'workflowArn', PATTERNS.workflow, request.region)
      if (workflow.workflowArn === undefined) invalid('workflowArn is required for each workflow.')
      for (const parameter of (workflow.parameters as
        Array<{ name?: unknown; value?: unknown }> | undefined) ?? []) {
        if (
          typeof parameter.name !== 'string' ||
          parameter.name.length > 128 ||
          !Array.isArray(parameter.value) ||
          parameter.value.length < 1
        ) {
          invalid('Each workflow parameter needs a name and at least one value.')
        }
      }
      if (
        workflow.parallelGroup !== undefined &&
        !PATTERNS.parallelGroup.test(String(workflow.parallelGroup))
      ) {
        invalid(`parallelGroup is not valid: ${String(workflow.parallelGroup)}`)
      }
      if (
        workflow.onFailure !== undefined &&
        !['CONTINUE', 'ABORT'].includes(String(workflow.onFailure))
      ) {
        invalid(`onFailure must be CONTINUE or ABORT: ${String(workflow.onFailure)}`)
      }
    }
  }
}
