// Reads every input once, up front, into one typed object. Nothing here calls AWS: a bad input
// must fail the step before any request is made, with a message naming the input.
import { isMap, isScalar, parseDocument, type Document } from 'yaml'
import { arnProblem, parseArn, type ResourceKind } from './arn.js'
import type { RoleSettings } from './credentials.js'

export const MODES = ['create-image', 'distribute', 'retry', 'watch'] as const
export type Mode = (typeof MODES)[number]

export const DEFAULTS = {
  timeoutMinutes: 340,
  pollIntervalSeconds: 15
} as const

/** action.yml's defaults: an input at its default was not given by the user. */
export const INPUT_DEFAULTS: Record<string, string> = {
  mode: 'create-image',
  'image-tests-enabled': 'true',
  'enhanced-image-metadata-enabled': 'true',
  'image-scanning-enabled': 'false',
  wait: 'true',
  'cancel-on-job-cancel': 'true',
  'cancel-on-timeout': 'true',
  'role-duration-seconds': '3600',
  'on-waiting-step': 'wait',
  'show-build-log': 'on-failure',
  'build-log-lines': '100',
  'timeout-minutes': String(DEFAULTS.timeoutMinutes),
  'poll-interval': String(DEFAULTS.pollIntervalSeconds)
}

const SHARED_INPUTS = [
  'mode',
  'show-build-log',
  'build-log-lines',
  'on-waiting-step',
  'region',
  'role-to-assume',
  'role-duration-seconds',
  'wait',
  'timeout-minutes',
  'poll-interval'
]
export const MODE_INPUTS: Record<Mode, string[]> = {
  'create-image': [
    'image-recipe-arn',
    'container-recipe-arn',
    'infrastructure-configuration-arn',
    'distribution-configuration-arn',
    'image-tests-enabled',
    'enhanced-image-metadata-enabled',
    'image-scanning-enabled',
    'ecr-repository-name',
    'ecr-container-tags',
    'workflows',
    'execution-role',
    'log-group-name',
    'tags',
    'client-token',
    'cancel-on-job-cancel',
    'cancel-on-timeout'
  ],
  distribute: [
    'source-image',
    'distribution-configuration-arn',
    'execution-role',
    'tags',
    'log-group-name',
    'client-token',
    'cancel-on-job-cancel',
    'cancel-on-timeout'
  ],
  retry: ['image-arn', 'client-token', 'cancel-on-job-cancel', 'cancel-on-timeout'],
  watch: ['image-arn']
}

export interface WorkflowParameter {
  name: string
  value: string[]
}

export interface WorkflowConfiguration {
  workflowArn: string
  parameters?: WorkflowParameter[]
  parallelGroup?: string
  onFailure?: 'CONTINUE' | 'ABORT'
}

export const BUILD_LOG_CHOICES = ['on-failure', 'always', 'never'] as const

export interface BuildLogSettings {
  show: (typeof BUILD_LOG_CHOICES)[number]
  lines: number
}

/** Whether the build log is shown for a build that ended with `outcome`. */
export function wantsBuildLog(settings: BuildLogSettings, outcome: string): boolean {
  return settings.show === 'always' || (settings.show === 'on-failure' && outcome === 'failed')
}

export const WAITING_STEP_ANSWERS = ['wait', 'resume', 'stop'] as const
export type WaitingStepAnswer = (typeof WAITING_STEP_ANSWERS)[number]

export interface WaitSettings {
  wait: boolean
  /** What to do about a WaitForAction step: leave it to someone else, or answer it. */
  onWaitingStep: WaitingStepAnswer
  buildLog: BuildLogSettings
  timeoutMs: number
  pollIntervalMs: number
  /** Cancel a build this step started when the job is cancelled (never one it only watches). */
  cancelOnJobCancel: boolean
  cancelOnTimeout: boolean
}

interface CommonInputs {
  region: string
  /** role-to-assume: the action assumes it with the job's OIDC token. */
  role?: RoleSettings
  clientToken?: string
  waitSettings: WaitSettings
  /** Inputs given that this mode does not use: worth a warning, not a failure. */
  ignoredInputs: string[]
}

export interface CreateImageInputs extends CommonInputs {
  mode: 'create-image'
  recipe: { kind: 'image' | 'container'; arn: string }
  infrastructureConfigurationArn: string
  distributionConfigurationArn?: string
  imageTestsEnabled: boolean
  enhancedImageMetadataEnabled: boolean
  imageScanningEnabled: boolean
  ecrRepositoryName?: string
  ecrContainerTags: string[]
  workflows: WorkflowConfiguration[]
  executionRole?: string
  logGroupName?: string
  tags: Record<string, string>
}

export interface DistributeInputs extends CommonInputs {
  mode: 'distribute'
  sourceImage: string
  distributionConfigurationArn: string
  executionRole: string
  logGroupName?: string
  tags: Record<string, string>
}

export interface RetryInputs extends CommonInputs {
  mode: 'retry'
  imageArn: string
}

export interface WatchInputs extends CommonInputs {
  mode: 'watch'
  imageArn: string
}

export type ActionInputs = CreateImageInputs | DistributeInputs | RetryInputs | WatchInputs

export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? problems[0]
        : `${problems.length} inputs are invalid:\n${problems.map(p => `- ${p}`).join('\n')}`
    )
    this.name = 'InputError'
  }
}

type GetInput = (name: string) => string
type Env = Record<string, string | undefined>

const REGION = /^[a-z]{2}(?:-[a-z]+)+-[0-9]{1,2}$/
const ROLE_ARN = /^arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role\/[\w+=,.@/-]+$/
const EXECUTION_ROLE = /^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role\/)?[a-zA-Z_0-9+=,.@\-/]+$/
const LOG_GROUP = /^[a-zA-Z0-9\-_/.#]{1,512}$/
const PARALLEL_GROUP = /^[A-Za-z0-9][A-Za-z0-9-_+#]{0,99}$/
const WORKFLOW_KEYS = ['workflowArn', 'parameters', 'parallelGroup', 'onFailure']

/** Collects every problem instead of stopping at the first, so one run shows them all. */
class InputReader {
  readonly problems: string[] = []
  constructor(private readonly get: GetInput) {}

  fail(name: string, message: string): undefined {
    this.problems.push(`Input '${name}' ${message}`)
    return undefined
  }

  raw(name: string): string {
    return this.get(name)
  }

  text(name: string): string | undefined {
    const value = this.get(name).trim()
    return value === '' ? undefined : value
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.text(name)
    if (value === undefined) return fallback
    if (['true', 'True', 'TRUE'].includes(value)) return true
    if (['false', 'False', 'FALSE'].includes(value)) return false
    this.fail(name, `must be true or false; got '${value}'`)
    return fallback
  }

  positiveNumber(name: string, fallback: number, unit: string): number {
    const value = this.text(name)
    if (value === undefined) return fallback
    const number = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/.test(value) ? Number(value) : NaN
    if (!(number > 0)) {
      this.fail(
        name,
        `must be a positive number of ${unit} (decimals allowed), e.g. ${fallback}; got '${value}'`
      )
      return fallback
    }
    return number
  }

  arn(name: string, kind: ResourceKind): string | undefined {
    const value = this.text(name)
    if (value === undefined) return undefined
    const problem = arnProblem(value, kind)
    return problem ? this.fail(name, `${problem}; got '${value}'`) : value
  }

  yaml(name: string, expected: string): Document | undefined {
    const value = this.text(name)
    if (value === undefined) return undefined
    // failsafe keeps every scalar a string: tag values like 1.10 or 'true' stay as written.
    const doc = parseDocument(value, { schema: 'failsafe' })
    const error = doc.errors[0]
    if (error) {
      const where = error.linePos
        ? ` (line ${error.linePos[0].line}, column ${error.linePos[0].col})`
        : ''
      const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
      return this.fail(name, `is not valid YAML or JSON${where}: ${reason}. Expected ${expected}`)
    }
    return doc
  }
}

type ModeReader = (reader: InputReader, env: Env) => ActionInputs | undefined

const READERS: Record<Mode, ModeReader> = {
  'create-image': readCreateImage,
  distribute: readDistribute,
  retry: (reader, env) => readImageArnMode(reader, env, 'retry'),
  watch: (reader, env) => readImageArnMode(reader, env, 'watch')
}

export function readInputs(get: GetInput, env: Env): ActionInputs {
  const reader = new InputReader(get)
  const mode = readMode(reader)
  const inputs = mode ? READERS[mode](reader, env) : undefined
  if (reader.problems.length > 0 || !inputs) throw new InputError(reader.problems)
  return inputs
}

function readMode(reader: InputReader): Mode | undefined {
  const mode = reader.text('mode') ?? 'create-image'
  if (!(MODES as readonly string[]).includes(mode)) {
    return reader.fail('mode', `must be one of ${MODES.join(', ')}; got '${mode}'`)
  }
  return mode as Mode
}

/** Inputs set to something other than their default that `mode` does not read. */
function ignoredInputs(get: GetInput, mode: Mode): string[] {
  const used = new Set([...SHARED_INPUTS, ...MODE_INPUTS[mode]])
  const all = new Set(Object.values(MODE_INPUTS).flat())
  return [...all].filter(name => {
    const value = get(name).trim()
    return !used.has(name) && value !== '' && value !== (INPUT_DEFAULTS[name] ?? '')
  })
}

function readDistribute(reader: InputReader, env: Env): DistributeInputs | undefined {
  const sourceImage = readSourceImage(reader)
  const distributionConfigurationArn = reader.arn(
    'distribution-configuration-arn',
    'distribution-configuration'
  )
  required(
    reader,
    'distribution-configuration-arn',
    'the distribution configuration that says where the AMI goes'
  )
  const executionRole = readPattern(
    reader,
    'execution-role',
    EXECUTION_ROLE,
    'an IAM role name or role ARN'
  )
  required(
    reader,
    'execution-role',
    'DistributeImage runs the distribution with this IAM role (name or ARN)'
  )
  const region = readRegion(reader, env, [
    ['distribution-configuration-arn', distributionConfigurationArn],
    ['source-image', sourceImage?.startsWith('arn:') ? sourceImage : undefined]
  ])
  const common = readCommon(reader, 'distribute')
  if (
    reader.problems.length > 0 ||
    !sourceImage ||
    !distributionConfigurationArn ||
    !executionRole ||
    !region
  )
    return undefined
  return {
    mode: 'distribute',
    region,
    sourceImage,
    distributionConfigurationArn,
    executionRole,
    ...common
  }
}

const AMI_ID = /^ami-(?:[0-9a-f]{8}|[0-9a-f]{17})$/

function readSourceImage(reader: InputReader): string | undefined {
  const value = reader.text('source-image')
  const valid =
    'an AMI ID (ami-0abc...), an SSM parameter as ssm:/my/parameter, or an Image Builder image ARN'
  if (value === undefined) return reader.fail('source-image', `is required: ${valid}`)
  if (AMI_ID.test(value) || /^ssm:\S+$/.test(value)) return value
  if (value.startsWith('arn:')) {
    const asVersion = arnProblem(value, 'image-version')
    if (!asVersion || !arnProblem(value, 'image-build-version')) return value
    return reader.fail('source-image', `${asVersion}; got '${value}'`)
  }
  return reader.fail('source-image', `must be ${valid}; got '${value}'`)
}

function readImageArnMode(
  reader: InputReader,
  env: Env,
  mode: 'retry' | 'watch'
): RetryInputs | WatchInputs | undefined {
  const value = reader.text('image-arn')
  let imageArn: string | undefined
  if (value === undefined) {
    reader.fail(
      'image-arn',
      `is required for mode '${mode}': the image build version ARN, like arn:aws:imagebuilder:us-east-1:123456789012:image/my-image/1.0.0/3 (the image-arn output of the step that started it)`
    )
  } else if (!arnProblem(value, 'image-version')) {
    reader.fail(
      'image-arn',
      `is an image version ARN without a build number; mode '${mode}' needs one build of it, like ${value}/3 (the image-arn output of the step that started it)`
    )
  } else {
    imageArn = reader.arn('image-arn', 'image-build-version')
  }
  const region = readRegion(reader, env, [['image-arn', imageArn]])
  const common = readCommon(reader, mode)
  if (mode === 'watch' && !common.waitSettings.wait) common.ignoredInputs.push('wait')
  if (reader.problems.length > 0 || !imageArn || !region) return undefined
  return { mode, region, imageArn, ...common }
}

function required(reader: InputReader, name: string, why: string): void {
  if (reader.text(name) === undefined) reader.fail(name, `is required: ${why}`)
}

function readCreateImage(reader: InputReader, env: Env): CreateImageInputs | undefined {
  const imageRecipeArn = reader.arn('image-recipe-arn', 'image-recipe')
  const containerRecipeArn = reader.arn('container-recipe-arn', 'container-recipe')
  const recipeGiven = [reader.text('image-recipe-arn'), reader.text('container-recipe-arn')].filter(
    Boolean
  )
  if (recipeGiven.length !== 1) {
    reader.fail(
      'image-recipe-arn',
      recipeGiven.length === 0
        ? "or 'container-recipe-arn' is required: give exactly one recipe to build"
        : "and 'container-recipe-arn' are both set: give exactly one recipe to build"
    )
  }
  const infrastructureConfigurationArn = reader.arn(
    'infrastructure-configuration-arn',
    'infrastructure-configuration'
  )
  if (!reader.text('infrastructure-configuration-arn')) {
    reader.fail(
      'infrastructure-configuration-arn',
      `is required, like ${'arn:aws:imagebuilder:us-east-1:123456789012:infrastructure-configuration/my-infra'}`
    )
  }
  const distributionConfigurationArn = reader.arn(
    'distribution-configuration-arn',
    'distribution-configuration'
  )
  const workflows = readWorkflows(reader)
  const executionRole = readPattern(
    reader,
    'execution-role',
    EXECUTION_ROLE,
    'an IAM role name or role ARN'
  )
  if (workflows.length > 0 && !reader.text('execution-role')) {
    reader.fail(
      'execution-role',
      "is required when 'workflows' is set: Image Builder runs custom workflows with that role"
    )
  }
  const arnInputs: Array<[string, string | undefined]> = [
    ['image-recipe-arn', imageRecipeArn],
    ['container-recipe-arn', containerRecipeArn],
    ['infrastructure-configuration-arn', infrastructureConfigurationArn],
    ['distribution-configuration-arn', distributionConfigurationArn],
    ...workflows.map((w, i): [string, string] => [`workflows[${i}].workflowArn`, w.workflowArn])
  ]
  const region = readRegion(reader, env, arnInputs)
  const recipeArn = imageRecipeArn ?? containerRecipeArn
  const rest = {
    imageTestsEnabled: reader.bool('image-tests-enabled', true),
    enhancedImageMetadataEnabled: reader.bool('enhanced-image-metadata-enabled', true),
    imageScanningEnabled: reader.bool('image-scanning-enabled', false),
    ecrRepositoryName: reader.text('ecr-repository-name'),
    ecrContainerTags: readList(reader.text('ecr-container-tags')),
    ...readCommon(reader, 'create-image')
  }
  if (reader.problems.length > 0 || !recipeArn || !infrastructureConfigurationArn || !region)
    return undefined
  return {
    mode: 'create-image',
    region,
    recipe: { kind: imageRecipeArn ? 'image' : 'container', arn: recipeArn },
    infrastructureConfigurationArn,
    distributionConfigurationArn,
    workflows,
    executionRole,
    ...rest
  }
}

/** Inputs several modes share; those the mode does not use are not read, only noted. */
function readCommon(
  reader: InputReader,
  mode: Mode
): Omit<CommonInputs, 'region'> & Pick<CreateImageInputs, 'logGroupName' | 'tags'> {
  const uses = (name: string): boolean => MODE_INPUTS[mode].includes(name)
  const clientToken = uses('client-token') ? reader.text('client-token') : undefined
  if (clientToken !== undefined && clientToken.length > 64) {
    reader.fail('client-token', `must be at most 64 characters; got ${clientToken.length}`)
  }
  return {
    logGroupName: uses('log-group-name')
      ? readPattern(
          reader,
          'log-group-name',
          LOG_GROUP,
          'a CloudWatch Logs group name (letters, digits and - _ / . #, at most 512)'
        )
      : undefined,
    tags: uses('tags') ? readTags(reader) : {},
    clientToken,
    role: readRole(reader),
    ignoredInputs: ignoredInputs(name => reader.raw(name), mode),
    waitSettings: {
      wait: reader.bool('wait', true),
      onWaitingStep: readWaitingStepAnswer(reader),
      buildLog: readBuildLog(reader),
      cancelOnJobCancel: uses('cancel-on-job-cancel') && reader.bool('cancel-on-job-cancel', true),
      cancelOnTimeout: uses('cancel-on-timeout') && reader.bool('cancel-on-timeout', true),
      timeoutMs:
        reader.positiveNumber('timeout-minutes', DEFAULTS.timeoutMinutes, 'minutes') * 60_000,
      pollIntervalMs:
        reader.positiveNumber('poll-interval', DEFAULTS.pollIntervalSeconds, 'seconds') * 1000
    }
  }
}

function readBuildLog(reader: InputReader): BuildLogSettings {
  const show = reader.text('show-build-log') ?? 'on-failure'
  if (!(BUILD_LOG_CHOICES as readonly string[]).includes(show)) {
    reader.fail('show-build-log', `must be one of ${BUILD_LOG_CHOICES.join(', ')}; got '${show}'`)
  }
  const lines = reader.positiveNumber('build-log-lines', 100, 'lines')
  if (!Number.isInteger(lines) || lines > 10_000) {
    reader.fail(
      'build-log-lines',
      `must be a whole number of lines from 1 to 10000; got '${reader.raw('build-log-lines')}'`
    )
  }
  return { show: show as BuildLogSettings['show'], lines: Math.min(Math.floor(lines), 10_000) }
}

function readWaitingStepAnswer(reader: InputReader): WaitingStepAnswer {
  const value = reader.text('on-waiting-step') ?? 'wait'
  if ((WAITING_STEP_ANSWERS as readonly string[]).includes(value)) return value as WaitingStepAnswer
  reader.fail(
    'on-waiting-step',
    `must be one of ${WAITING_STEP_ANSWERS.join(', ')}; got '${value}'`
  )
  return 'wait'
}

function readRole(reader: InputReader): RoleSettings | undefined {
  const roleArn = readPattern(
    reader,
    'role-to-assume',
    ROLE_ARN,
    'an IAM role ARN like arn:aws:iam::123456789012:role/imagebuilder'
  )
  const duration = reader.positiveNumber('role-duration-seconds', 3600, 'seconds')
  if (!Number.isInteger(duration) || duration < 900 || duration > 43200) {
    reader.fail(
      'role-duration-seconds',
      `must be a whole number of seconds from 900 to 43200; got '${reader.raw('role-duration-seconds')}'`
    )
  }
  return roleArn ? { roleArn, durationSeconds: duration } : undefined
}

function readPattern(
  reader: InputReader,
  name: string,
  pattern: RegExp,
  valid: string
): string | undefined {
  const value = reader.text(name)
  if (value === undefined || pattern.test(value)) return value
  return reader.fail(name, `must be ${valid}; got '${value}'`)
}

function readRegion(
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

function readTags(reader: InputReader): Record<string, string> {
  const doc = reader.yaml('tags', 'a map of tag keys to string values, e.g. {"team": "platform"}')
  if (!doc || doc.contents === null) return {}
  if (!isMap(doc.contents)) {
    reader.fail(
      'tags',
      'must be a map of tag keys to string values, e.g. {"team": "platform"} or team: platform'
    )
    return {}
  }
  const tags: Record<string, string> = {}
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (!isScalar(pair.value) && pair.value !== null) {
      reader.fail('tags', `value of '${key}' must be a string, not a list or map`)
      continue
    }
    const value = isScalar(pair.value) ? String(pair.value.value) : ''
    if (key.length < 1 || key.length > 128)
      reader.fail('tags', `key '${key}' must be 1 to 128 characters`)
    else if (key.toLowerCase().startsWith('aws:'))
      reader.fail('tags', `key '${key}' must not start with 'aws:' (reserved by AWS)`)
    if (value.length > 256) reader.fail('tags', `value of '${key}' must be at most 256 characters`)
    tags[key] = value
  }
  if (Object.keys(tags).length > 50)
    reader.fail('tags', `may hold at most 50 tags; got ${Object.keys(tags).length}`)
  return tags
}

function readWorkflows(reader: InputReader): WorkflowConfiguration[] {
  const expected =
    'a list of entries with workflowArn and optional parameters, parallelGroup, onFailure'
  const doc = reader.yaml('workflows', expected)
  if (!doc || doc.contents === null) return []
  const list = doc.toJS() as unknown
  if (!Array.isArray(list)) {
    reader.fail('workflows', `must be ${expected}`)
    return []
  }
  const workflows = list.flatMap((entry: unknown, index) => {
    const workflow = readWorkflow(reader, entry, `workflows[${index}]`)
    return workflow ? [workflow] : []
  })
  const count = (type: string): number =>
    workflows.filter(w => w.workflowArn.includes(`:workflow/${type}/`)).length
  if (workflows.length > 10)
    reader.fail('workflows', `may list at most 10 workflows; got ${workflows.length}`)
  if (count('build') > 1) reader.fail('workflows', 'may list at most one build workflow')
  if (count('distribution') > 1)
    reader.fail('workflows', 'may list at most one distribution workflow')
  return workflows
}

function readWorkflow(
  reader: InputReader,
  entry: unknown,
  where: string
): WorkflowConfiguration | undefined {
  if (!isPlainObject(entry))
    return reader.fail('workflows', `entry ${where} must be a map with workflowArn`)
  const unknown = Object.keys(entry).filter(key => !WORKFLOW_KEYS.includes(key))
  if (unknown.length > 0) {
    reader.fail(
      'workflows',
      `entry ${where} has unknown key ${unknown.map(k => `'${k}'`).join(', ')}; valid keys: ${WORKFLOW_KEYS.join(', ')}`
    )
  }
  const { workflowArn, parameters, parallelGroup, onFailure } = entry
  if (typeof workflowArn !== 'string' || workflowArn === '') {
    return reader.fail(
      'workflows',
      `entry ${where} needs workflowArn, like arn:aws:imagebuilder:us-east-1:aws:workflow/build/build-image/x.x.x`
    )
  }
  const problem = arnProblem(workflowArn, 'workflow')
  if (problem)
    return reader.fail('workflows', `entry ${where} workflowArn ${problem}; got '${workflowArn}'`)
  const workflow: WorkflowConfiguration = { workflowArn }
  if (parameters !== undefined && parameters !== '')
    workflow.parameters = readParameters(reader, parameters, where)
  if (parallelGroup !== undefined) {
    if (typeof parallelGroup !== 'string' || !PARALLEL_GROUP.test(parallelGroup)) {
      reader.fail(
        'workflows',
        `entry ${where} parallelGroup must be letters, digits and - _ + # (at most 100); got '${String(parallelGroup)}'`
      )
    } else workflow.parallelGroup = parallelGroup
  }
  if (onFailure !== undefined) {
    const value = typeof onFailure === 'string' ? onFailure.toUpperCase() : ''
    if (value !== 'CONTINUE' && value !== 'ABORT') {
      reader.fail(
        'workflows',
        `entry ${where} onFailure must be CONTINUE or ABORT; got '${String(onFailure)}'`
      )
    } else workflow.onFailure = value
  }
  return workflow
}

/** Accepts the friendly map form (`name: value` or `name: [a, b]`) or the API's `[{name, value}]` list. */
function readParameters(
  reader: InputReader,
  parameters: unknown,
  where: string
): WorkflowParameter[] | undefined {
  const pairs: Array<[string, unknown]> = Array.isArray(parameters)
    ? parameters.map(p => (isPlainObject(p) ? [String(p.name ?? ''), p.value] : ['', undefined]))
    : isPlainObject(parameters)
      ? Object.entries(parameters)
      : []
  if (pairs.length === 0) {
    return reader.fail(
      'workflows',
      `entry ${where} parameters must be a map of parameter names to a value or a list of values`
    )
  }
  const result: WorkflowParameter[] = []
  for (const [name, value] of pairs) {
    const values = Array.isArray(value) ? value : [value ?? '']
    if (name === '' || values.length === 0 || values.some(v => typeof v !== 'string')) {
      reader.fail(
        'workflows',
        `entry ${where} parameter '${name}' must have a name and a value that is a string or a list of strings`
      )
      continue
    }
    result.push({ name, value: values as string[] })
  }
  return result
}

function readList(value: string | undefined): string[] {
  if (value === undefined) return []
  const items = value.startsWith('[')
    ? value.slice(1, value.endsWith(']') ? -1 : undefined).split(',')
    : value.split(/[\n,]/)
  return items.map(item => item.trim().replace(/^(["'])(.*)\1$/, '$2')).filter(item => item !== '')
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
