// The input catalogue: every input of action.yml, once, with the modes that read it, its default,
// how it is parsed, and its description. The reader, the per-mode inputs, the ignored-input
// warning and the test that checks action.yml and the README all derive from this table.
import { BUILD_LOG_CHOICES, MODES, WAITING_STEP_ANSWERS, type Mode } from './types.js'
import type { InputReader } from './reader.js'
import {
  EXECUTION_ROLE,
  LOG_GROUP,
  ROLE_ARN,
  readImageArn,
  readImagePipeline,
  readList,
  readSeverityGate,
  readSourceImage
} from './parsers.js'
import { readDocuments } from './documents.js'
import { readTags, readWorkflows } from './yaml-inputs.js'

export interface InputSpec {
  /** The modes that read this input; in the others it is ignored, with a warning when set. */
  modes: readonly Mode[]
  /** As action.yml declares it: an input at its default was not given. */
  default: string
  read: (reader: InputReader, name: string, mode: Mode) => unknown
  /** Holds YAML (or JSON): the yaml library is loaded when it is given. */
  yaml?: true
  description: string
}

const ALL = MODES
/** The modes that follow an image build: all but publish. */
const BUILDS = MODES.filter(mode => mode !== 'publish')
const CREATE = ['create-image'] as const
/** The modes that start work, and so may cancel it. */
const STARTS = ['create-image', 'distribute', 'retry', 'start-pipeline'] as const
/**
 * The longest wait: 5 days, the longest any runner lets a job run. In milliseconds it stays far
 * below 2^31 - 1, the longest delay Node's timers take (a longer one fires after 1 ms).
 */
export const MAX_TIMEOUT_MINUTES = 7200
/** An hour between status checks at most; the wait's other delays are a few intervals at most. */
export const MAX_POLL_SECONDS = 3600

function readClientToken(reader: InputReader, name: string): string | undefined {
  const token = reader.text(name)
  if (token !== undefined && token.length > 64)
    reader.fail(name, `must be at most 64 characters; got ${token.length}`)
  return token
}

export const INPUTS = {
  mode: {
    modes: ALL,
    default: 'create-image',
    read: (r, n) => r.choice(n, MODES),
    description:
      'What to do. create-image builds from a recipe; start-pipeline runs an existing image pipeline (StartImagePipelineExecution); distribute copies an existing AMI to more regions and accounts (DistributeImage); retry resumes a FAILED or CANCELLED image in place (RetryImage); watch follows an image that already exists. All of these wait and report the same way. publish creates new versions of components, workflows and recipes whose files changed, and creates or updates the image pipelines that use them (see documents).'
  },
  'source-image': {
    modes: ['distribute'],
    default: '',
    read: readSourceImage,
    description:
      'distribute: the AMI to distribute, as an AMI ID, an SSM parameter (ssm:/my/parameter) or an Image Builder image ARN, in the region the action calls.'
  },
  'image-arn': {
    modes: ['retry', 'watch'],
    default: '',
    read: readImageArn,
    description:
      'retry and watch: the image build version ARN (.../image/<name>/<x.y.z>/<build>), e.g. the image-arn output of the step that started it.'
  },
  'image-pipeline': {
    modes: ['start-pipeline'],
    default: '',
    read: readImagePipeline,
    description:
      'start-pipeline: the image pipeline to run, as its ARN (arn:aws:imagebuilder:REGION:ACCOUNT:image-pipeline/NAME) or its name, looked up in the region.'
  },
  documents: {
    modes: ['publish'],
    default: '',
    read: readDocuments,
    yaml: true,
    description:
      "publish: YAML list of the components, workflows, recipes and image pipelines to keep in step with files of the repository. Each item is component: NAME with file, version (1.2.x or 1.2.3), platform (Linux, Windows, macOS) and optional description, change-description, supported-os-versions, kms-key-id; or workflow: NAME with file, version, type (BUILD, TEST, DISTRIBUTION) and optional description, change-description, kms-key-id; or image-recipe: NAME or container-recipe: NAME with file (the Create request's members in YAML; a component may be named by the name of a component item) and version (1.0.x, assigned by Image Builder, or 1.0.3); or image-pipeline: NAME with file (CreateImagePipeline's members in YAML, the whole configuration of the pipeline; the recipe and workflows may be named by the name of a recipe or workflow item). file is relative to the workspace."
  },
  'dry-run': {
    modes: ['publish'],
    default: 'false',
    read: (r, n) => r.bool(n),
    description:
      'publish: send every component and workflow Create that would be sent with dryRun, so that Image Builder validates the documents; check recipes and pipelines against the model and by reads instead (no recipe Create and no pipeline write is sent); create nothing. For pull requests.'
  },
  region: {
    modes: ALL,
    default: '',
    read: (r, n) => r.text(n),
    description:
      'AWS region to call Image Builder in. Defaults to AWS_REGION, then AWS_DEFAULT_REGION, then the region of the ARNs given.'
  },
  'image-recipe-arn': {
    modes: CREATE,
    default: '',
    read: (r, n) => r.arn(n, 'image-recipe'),
    description:
      'ARN of the image recipe to build an AMI from (version wildcards such as x.x.x allowed). Give this or container-recipe-arn.'
  },
  'container-recipe-arn': {
    modes: CREATE,
    default: '',
    read: (r, n) => r.arn(n, 'container-recipe'),
    description:
      'ARN of the container recipe to build a container image from. Give this or image-recipe-arn.'
  },
  'infrastructure-configuration-arn': {
    modes: CREATE,
    default: '',
    read: (r, n) => r.arn(n, 'infrastructure-configuration'),
    description: 'ARN of the infrastructure configuration the build and test instances use.'
  },
  'distribution-configuration-arn': {
    modes: ['create-image', 'distribute'],
    default: '',
    read: (r, n) => r.arn(n, 'distribution-configuration'),
    description:
      'ARN of the distribution configuration (regions, accounts, AMI names). Required for distribute. For create-image, without it the image is made only in the build account and region.'
  },
  'image-tests-enabled': {
    modes: CREATE,
    default: 'true',
    read: (r, n) => r.bool(n),
    description: "Run the recipe's tests (the test stage)."
  },
  'enhanced-image-metadata-enabled': {
    modes: CREATE,
    default: 'true',
    read: (r, n) => r.bool(n),
    description: 'Collect OS and package inventory metadata for the image.'
  },
  'image-scanning-enabled': {
    modes: CREATE,
    default: 'false',
    read: (r, n) => r.bool(n),
    description: 'Scan the image for vulnerabilities with Amazon Inspector.'
  },
  'fail-on-severity': {
    modes: BUILDS,
    default: 'none',
    read: readSeverityGate,
    description:
      "Fail the step when the image's vulnerability scan found anything at or above this severity: none, medium, high or critical. The step fails after the full report, and the image and its outputs stay. With anything but none, a scan that did not complete (ABANDONED, FAILED, TIMED_OUT, scanning off, findings that could not be read) fails the step too. Needs wait."
  },
  'ecr-repository-name': {
    modes: CREATE,
    default: '',
    read: (r, n) => r.text(n),
    description: 'ECR repository that holds container images for scanning.'
  },
  'ecr-container-tags': {
    modes: CREATE,
    default: '',
    read: readList,
    description: 'Tags for the container images used for scanning (comma or newline separated).'
  },
  workflows: {
    modes: CREATE,
    default: '',
    read: readWorkflows,
    yaml: true,
    description:
      'YAML list of workflows that replace the default ones. Each entry has workflowArn and optional parameters (a map of names to a value or a list of values), parallelGroup and onFailure (CONTINUE or ABORT). Requires execution-role.'
  },
  'execution-role': {
    modes: ['create-image', 'distribute'],
    default: '',
    read: (r, n) =>
      r.pattern(n, EXECUTION_ROLE, 'an IAM role name or role ARN, at most 2048 characters'),
    description:
      'IAM role name or ARN that Image Builder runs workflows with. Required for distribute, and for create-image with workflows or a log-group-name outside /aws/imagebuilder/.'
  },
  'log-group-name': {
    modes: ['create-image', 'distribute'],
    default: '',
    read: (r, n) =>
      r.pattern(
        n,
        LOG_GROUP,
        'a CloudWatch Logs group name (letters, digits and - _ / ., at most 512)'
      ),
    description:
      'CloudWatch Logs group for the build logs (default /aws/imagebuilder/<image name>). A group outside /aws/imagebuilder/ needs an execution-role that may write to it.'
  },
  tags: {
    modes: ['create-image', 'distribute', 'start-pipeline'],
    default: '',
    read: readTags,
    yaml: true,
    description:
      'Tags for the Image Builder image resource, as a YAML or JSON map of strings, or the AWS list form [{"Key": "team", "Value": "platform"}]. At most 50; keys of 1 to 128 ASCII letters, digits, spaces and _ . : / = + - @, not starting with aws:; values of at most 256 characters. start-pipeline sends the pipeline\'s image tags too, under these.'
  },
  'provenance-tags': {
    modes: ['create-image', 'distribute', 'start-pipeline'],
    default: 'true',
    read: (r, n) => r.bool(n),
    description:
      'Tag the image with the commit and run that made it: github:repository, github:sha, github:ref and github:run-url. A tag of the same key in tags wins.'
  },
  'client-token': {
    modes: STARTS,
    default: '',
    read: readClientToken,
    description:
      'Idempotency token (at most 64 characters). By default each execution of the step gets one of its own, so matrix legs never share a build; give executions the same token to make them share one.'
  },
  'role-to-assume': {
    modes: ALL,
    default: '',
    read: (r, n) =>
      r.pattern(n, ROLE_ARN, 'an IAM role ARN like arn:aws:iam::123456789012:role/imagebuilder'),
    description:
      "IAM role ARN to assume with the job's OIDC token (needs permissions id-token write). The action assumes it itself and assumes it again before the credentials expire, so waits longer than the role session work. Without it, credentials come from the environment (for example from aws-actions/configure-aws-credentials)."
  },
  'role-duration-seconds': {
    modes: ALL,
    default: '3600',
    read: (r, n) => r.wholeNumber(n, 'seconds', [900, 43200]),
    description: 'Session length for role-to-assume, 900 to 43200 seconds.'
  },
  wait: {
    modes: BUILDS,
    default: 'true',
    read: (r, n) => r.bool(n),
    description:
      'Wait for the image to finish. With false the step ends once the build has started.'
  },
  'show-build-log': {
    modes: BUILDS,
    default: 'on-failure',
    read: (r, n) => r.choice(n, BUILD_LOG_CHOICES),
    description:
      "When to print the tail of the build's CloudWatch Logs stream (group /aws/imagebuilder/<image name> or the image's own, stream <version>/<build>) in the job log: on-failure, always or never. Image Builder writes the log when the build ends. Needs logs:GetLogEvents."
  },
  'build-log-lines': {
    modes: BUILDS,
    default: '100',
    read: (r, n) => r.wholeNumber(n, 'lines', [1, 10_000]),
    description: 'How many lines of the build log to print (1 to 10000).'
  },
  'on-waiting-step': {
    modes: BUILDS,
    default: 'wait',
    read: (r, n) => r.choice(n, WAITING_STEP_ANSWERS),
    description:
      'What to do when a workflow step waits for an action (WaitForAction). wait announces it and keeps waiting for the answer to come from elsewhere; resume sends RESUME, with a reason naming this workflow run; stop sends STOP.'
  },
  'cancel-on-job-cancel': {
    modes: STARTS,
    default: 'true',
    read: (r, n) => r.bool(n),
    description:
      'When the job is cancelled, cancel the image build this step started (CancelImageCreation). A build followed with mode watch is never cancelled.'
  },
  'cancel-on-timeout': {
    modes: STARTS,
    default: 'true',
    read: (r, n) => r.bool(n),
    description: 'When timeout-minutes passes, cancel the image build this step started.'
  },
  'timeout-minutes': {
    modes: BUILDS,
    default: '340',
    read: (r, n) => r.positiveNumber(n, 'minutes', MAX_TIMEOUT_MINUTES),
    description: `How long to wait for the image before failing (decimals allowed, at most ${MAX_TIMEOUT_MINUTES}: 5 days, the longest a job may run on a self-hosted runner). The default stays below GitHub's 6-hour job limit.`
  },
  'poll-interval': {
    modes: BUILDS,
    default: '15',
    read: (r, n) => r.positiveNumber(n, 'seconds', MAX_POLL_SECONDS),
    description: `Seconds between status checks while workflow steps stream (decimals allowed, from 5 to ${MAX_POLL_SECONDS}). When nothing streams (distribution, integration), lighter checks come twice as often; the action keeps to about 3 API calls per interval (11 a minute at the default).`
  }
} satisfies Record<string, InputSpec>

export type InputName = keyof typeof INPUTS
export type InputValue<K extends InputName> = ReturnType<(typeof INPUTS)[K]['read']>

export const INPUT_NAMES = Object.keys(INPUTS) as InputName[]

export function defaultOf(name: string): string {
  return (INPUTS as Record<string, InputSpec>)[name]?.default ?? ''
}

export function inputsOf(mode: Mode): InputName[] {
  return INPUT_NAMES.filter(name => (INPUTS[name].modes as readonly Mode[]).includes(mode))
}
