// Reads every input once, up front, into one typed object. Nothing here calls AWS: a bad input
// must fail the step before any request is made, with a message naming the input. Each input is
// parsed as the spec table says; what follows checks the inputs against each other.
import type { Env } from '../common/index.js'
import { parseArn } from '../aws/index.js'
import { loadDocumentFiles } from './document-files.js'
import { checkSeverityGate, readRegion } from './parsers.js'
import { InputReader, type GetInput } from './reader.js'
import { loadYaml } from './yaml-library.js'
import {
  INPUTS,
  INPUT_NAMES,
  defaultOf,
  inputsOf,
  type InputName,
  type InputSpec,
  type InputValue
} from './spec.js'
import {
  InputError,
  type ActionInputs,
  type CommonInputs,
  type CreateImageInputs,
  type DistributeInputs,
  type Mode,
  type PublishInputs,
  type RetryInputs,
  type StartPipelineInputs,
  type WatchInputs
} from './types.js'

/** The parsed value of each input the mode reads. */
type Values = <K extends InputName>(name: K) => InputValue<K>

type ModeReader = (reader: InputReader, value: Values, env: Env) => ActionInputs | undefined

const READERS: Record<Mode, ModeReader> = {
  'create-image': readCreateImage,
  distribute: readDistribute,
  retry: (reader, value, env) => readImageArnMode(reader, value, env, 'retry'),
  watch: (reader, value, env) => readImageArnMode(reader, value, env, 'watch'),
  'start-pipeline': readStartPipeline,
  publish: readPublish
}

export async function readInputs(get: GetInput, env: Env): Promise<ActionInputs> {
  const holdsYaml = (name: InputName): boolean => (INPUTS[name] as InputSpec).yaml === true
  if (INPUT_NAMES.some(name => holdsYaml(name) && get(name).trim() !== '')) await loadYaml()
  const reader = new InputReader(get, defaultOf)
  const mode = INPUTS.mode.read(reader, 'mode')
  if (reader.problems.length > 0) throw new InputError(reader.problems)
  const values = new Map<InputName, unknown>()
  // An input the mode does not read has its default's meaning, whatever was given.
  const defaults = new InputReader(defaultOf, defaultOf)
  for (const name of INPUT_NAMES) {
    const used = inputsOf(mode).includes(name)
    if (name !== 'mode') values.set(name, INPUTS[name].read(used ? reader : defaults, name, mode))
  }
  const value: Values = name => values.get(name) as InputValue<typeof name>
  const inputs = READERS[mode](reader, value, env)
  if (reader.problems.length > 0 || !inputs) throw new InputError(reader.problems)
  return inputs
}

/** The log groups Image Builder may write to without an execution role. */
const IMAGEBUILDER_LOGS = '/aws/imagebuilder/'

function required(reader: InputReader, name: InputName, why: string): void {
  if (reader.text(name) === undefined) reader.fail(name, `is required${why}`)
}

function readCreateImage(
  reader: InputReader,
  value: Values,
  env: Env
): CreateImageInputs | undefined {
  const imageRecipeArn = value('image-recipe-arn')
  const containerRecipeArn = value('container-recipe-arn')
  const recipesGiven = [reader.text('image-recipe-arn'), reader.text('container-recipe-arn')]
  const recipeCount = recipesGiven.filter(Boolean).length
  if (recipeCount !== 1) {
    reader.fail(
      'image-recipe-arn',
      recipeCount === 0
        ? "or 'container-recipe-arn' is required: give exactly one recipe to build"
        : "and 'container-recipe-arn' are both set: give exactly one recipe to build"
    )
  }
  const infrastructureConfigurationArn = value('infrastructure-configuration-arn')
  required(
    reader,
    'infrastructure-configuration-arn',
    ', like arn:aws:imagebuilder:us-east-1:123456789012:infrastructure-configuration/my-infra'
  )
  const distributionConfigurationArn = value('distribution-configuration-arn')
  const workflows = value('workflows')
  const logGroupName = value('log-group-name')
  if (workflows.length > 0) {
    required(
      reader,
      'execution-role',
      " when 'workflows' is set: Image Builder runs custom workflows with that role"
    )
  } else if (logGroupName && !logGroupName.startsWith(IMAGEBUILDER_LOGS)) {
    // CreateImage's loggingConfiguration: "If you specify a log group name outside of the
    // /aws/imagebuilder/ namespace, you must also provide an executionRole that has permission to
    // write to that log group." (distribute always has one: DistributeImage requires it.)
    required(
      reader,
      'execution-role',
      ` when 'log-group-name' is outside ${IMAGEBUILDER_LOGS} (got '${logGroupName}'): Image Builder writes the build log there with that role, which must be allowed to write to the group. Set 'execution-role', or use a group under ${IMAGEBUILDER_LOGS}`
    )
  }
  const region = readRegion(reader, env, [
    ['image-recipe-arn', imageRecipeArn],
    ['container-recipe-arn', containerRecipeArn],
    ['infrastructure-configuration-arn', infrastructureConfigurationArn],
    ['distribution-configuration-arn', distributionConfigurationArn],
    ...workflows.map((w, i): [string, string] => [`workflows[${i}].workflowArn`, w.workflowArn])
  ])
  const common = readCommon(reader, value, 'create-image', env)
  checkSeverityGate(reader, value, !value('image-scanning-enabled') && 'scanning')
  const recipeArn = imageRecipeArn ?? containerRecipeArn
  if (reader.problems.length > 0 || !recipeArn || !infrastructureConfigurationArn || !region)
    return undefined
  return {
    mode: 'create-image',
    region,
    recipe: { kind: imageRecipeArn ? 'image' : 'container', arn: recipeArn },
    infrastructureConfigurationArn,
    distributionConfigurationArn,
    workflows,
    executionRole: value('execution-role'),
    imageTestsEnabled: value('image-tests-enabled'),
    enhancedImageMetadataEnabled: value('enhanced-image-metadata-enabled'),
    imageScanningEnabled: value('image-scanning-enabled'),
    ecrRepositoryName: value('ecr-repository-name'),
    ecrContainerTags: value('ecr-container-tags'),
    logGroupName,
    tags: value('tags'),
    ...common
  }
}

function readDistribute(
  reader: InputReader,
  value: Values,
  env: Env
): DistributeInputs | undefined {
  const sourceImage = value('source-image')
  const distributionConfigurationArn = value('distribution-configuration-arn')
  required(
    reader,
    'distribution-configuration-arn',
    ': the distribution configuration that says where the AMI goes'
  )
  const executionRole = value('execution-role')
  required(
    reader,
    'execution-role',
    ': DistributeImage runs the distribution with this IAM role (name or ARN)'
  )
  const region = readRegion(reader, env, [
    ['distribution-configuration-arn', distributionConfigurationArn],
    ['source-image', sourceImage?.startsWith('arn:') ? sourceImage : undefined]
  ])
  const common = readCommon(reader, value, 'distribute', env)
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
    logGroupName: value('log-group-name'),
    tags: value('tags'),
    ...common
  }
}

function readStartPipeline(
  reader: InputReader,
  value: Values,
  env: Env
): StartPipelineInputs | undefined {
  const imagePipeline = value('image-pipeline')
  const arn = imagePipeline && 'arn' in imagePipeline ? imagePipeline.arn : undefined
  const region = readRegion(reader, env, [['image-pipeline', arn]])
  const common = readCommon(reader, value, 'start-pipeline', env)
  if (reader.problems.length > 0 || !imagePipeline || !region) return undefined
  return { mode: 'start-pipeline', region, imagePipeline, tags: value('tags'), ...common }
}

function readPublish(reader: InputReader, value: Values, env: Env): PublishInputs | undefined {
  const entries = value('documents')
  if (reader.text('documents') === undefined)
    reader.fail('documents', 'is required in mode publish: the components and workflows to publish')
  const region = readRegion(reader, env, [])
  const common = readCommon(reader, value, 'publish', env)
  // Read only when the list itself is sound: a file problem is worth a look once the list is right.
  if (reader.problems.length > 0 || !region) return undefined
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const { documents, problems } = loadDocumentFiles(reader, entries, workspace)
  if (problems.length > 0) throw new InputError(reader.problems, problems)
  if (reader.problems.length > 0) return undefined
  return { mode: 'publish', region, documents, dryRun: value('dry-run'), ...common }
}

function readImageArnMode(
  reader: InputReader,
  value: Values,
  env: Env,
  mode: 'retry' | 'watch'
): RetryInputs | WatchInputs | undefined {
  const imageArn = value('image-arn')
  // An image lives in one region: the ARN's wins over AWS_REGION, with a warning, unless the
  // 'region' input says otherwise (then they must agree).
  const arnRegion = imageArn ? parseArn(imageArn)?.region : undefined
  const configured = env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim()
  const differs = arnRegion && !reader.text('region') && configured && configured !== arnRegion
  const region = readRegion(reader, differs ? { AWS_REGION: arnRegion } : env, [
    ['image-arn', imageArn]
  ])
  const common = readCommon(reader, value, mode, env)
  if (differs) {
    common.notes.push(
      `The image is in ${arnRegion}, but AWS_REGION is ${configured}: mode '${mode}' calls Image Builder in ${arnRegion}, where the image is.`
    )
  }
  // watch never starts anything, so there is nothing not to wait for.
  if (mode === 'watch' && !common.waitSettings.wait) common.ignoredInputs.push('wait')
  if (reader.problems.length > 0 || !imageArn || !region) return undefined
  return { mode, region, imageArn, ...common }
}

/** What every mode has; an input the mode does not read keeps its default's meaning. */
function readCommon(
  reader: InputReader,
  value: Values,
  mode: Mode,
  env: Env
): Omit<CommonInputs, 'region'> {
  const uses = (name: InputName): boolean => inputsOf(mode).includes(name)
  const roleArn = value('role-to-assume')
  checkPollInterval(reader, value('poll-interval'), env)
  const requestTimeoutMs = Math.min(30_000, Math.max(5000, 2000 * value('poll-interval')))
  checkSeverityGate(reader, value, mode !== 'watch' && !value('wait') && 'wait')
  return {
    clientToken: uses('client-token') ? value('client-token') : undefined,
    provenanceTags: uses('provenance-tags') && value('provenance-tags'),
    role: roleArn ? { roleArn, durationSeconds: value('role-duration-seconds') } : undefined,
    ignoredInputs: INPUT_NAMES.filter(name => !uses(name) && reader.given(name)),
    notes: [],
    waitSettings: {
      wait: value('wait'),
      onWaitingStep: value('on-waiting-step'),
      buildLog: { show: value('show-build-log'), lines: value('build-log-lines') },
      cancelOnJobCancel: uses('cancel-on-job-cancel') && value('cancel-on-job-cancel'),
      cancelOnTimeout: uses('cancel-on-timeout') && value('cancel-on-timeout'),
      failOnSeverity: value('fail-on-severity'),
      timeoutMs: value('timeout-minutes') * 60_000,
      pollIntervalMs: value('poll-interval') * 1000,
      requestTimeoutMs,
      callTimeoutMs: 3 * requestTimeoutMs
    }
  }
}

/** Every status check spends the account's request rate, which all of its builds share. */
const MIN_POLL_SECONDS = 5

/**
 * At least 5 seconds, except against an endpoint on this machine (the emulator), which has no
 * account to spare: there the tests poll in milliseconds.
 */
function checkPollInterval(reader: InputReader, seconds: number, env: Env): void {
  if (seconds >= MIN_POLL_SECONDS) return
  if (isLoopback(env.AWS_ENDPOINT_URL_IMAGEBUILDER ?? env.AWS_ENDPOINT_URL)) return
  reader.fail(
    'poll-interval',
    `must be at least ${MIN_POLL_SECONDS} seconds: every status check spends the account's Image Builder request rate, which all its builds share; got '${reader.raw('poll-interval')}'`
  )
}

function isLoopback(endpoint: string | undefined): boolean {
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(endpoint ?? '').hostname)
  } catch {
    return false
  }
}
