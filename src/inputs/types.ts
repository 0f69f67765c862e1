// What the rest of the action gets from the inputs: one typed object per mode.
import type { RoleSettings } from '../aws/index.js'

export const MODES = [
  'create-image',
  'distribute',
  'retry',
  'watch',
  'start-pipeline',
  'publish'
] as const
export type Mode = (typeof MODES)[number]

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

/** fail-on-severity: the lowest severity of vulnerability finding that fails the step. */
export const SEVERITY_GATES = ['none', 'medium', 'high', 'critical'] as const
export type SeverityGate = (typeof SEVERITY_GATES)[number]

export const WAITING_STEP_ANSWERS = ['wait', 'resume', 'stop'] as const
export type WaitingStepAnswer = (typeof WAITING_STEP_ANSWERS)[number]

export interface WaitSettings {
  wait: boolean
  /** What to do about a WaitForAction step: leave it to someone else, or answer it. */
  onWaitingStep: WaitingStepAnswer
  buildLog: BuildLogSettings
  timeoutMs: number
  pollIntervalMs: number
  /** How long one HTTP request may go unanswered: twice the poll interval, from 5 to 30 s. */
  requestTimeoutMs: number
  /**
   * How long one call may take, the SDK's own retries included: three request timeouts. It also
   * bounds an answer that trickles in, which no request timeout sees once the headers are in.
   */
  callTimeoutMs: number
  /** Cancel a build this step started when the job is cancelled (never one it only watches). */
  cancelOnJobCancel: boolean
  cancelOnTimeout: boolean
  /** Fail an AVAILABLE image with findings at or above this severity, or without a finished scan. */
  failOnSeverity: SeverityGate
}

export interface CommonInputs {
  region: string
  /** role-to-assume: the action assumes it with the job's OIDC token. */
  role?: RoleSettings
  clientToken?: string
  /** Add the github:* provenance tags to the request that creates the image. */
  provenanceTags: boolean
  waitSettings: WaitSettings
  /** Inputs given that this mode does not use: worth a warning, not a failure. */
  ignoredInputs: string[]
  /** Other things worth a warning: what the action chose where the inputs disagree. */
  notes: string[]
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

export interface StartPipelineInputs extends CommonInputs {
  mode: 'start-pipeline'
  /** The pipeline as given: its ARN, or its name, resolved in the region at the start. */
  imagePipeline: { arn: string } | { name: string }
  tags: Record<string, string>
}

export const DOCUMENT_KINDS = [
  'component',
  'workflow',
  'image-recipe',
  'container-recipe',
  'image-pipeline'
] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]
export const RECIPE_KINDS = ['image-recipe', 'container-recipe'] as const
export type RecipeKind = (typeof RECIPE_KINDS)[number]
export const isRecipeKind = (kind: DocumentKind): kind is RecipeKind =>
  (RECIPE_KINDS as readonly string[]).includes(kind)
export const COMPONENT_PLATFORMS = ['Linux', 'Windows', 'macOS'] as const
export const WORKFLOW_TYPES = ['BUILD', 'TEST', 'DISTRIBUTION'] as const

/** `1.2.x` (patch left to the action) or an exact `1.2.3`. */
export interface DocumentVersion {
  major: number
  minor: number
  patch?: number
}

/** One entry of 'documents', with its file read and checked. */
export interface PublishDocument {
  kind: DocumentKind
  name: string
  /** As the annotation names it: relative to the workspace, with forward slashes. */
  file: string
  /**
   * The file's text exactly: what the service stores and what is compared. A recipe's is the YAML
   * of its Create request's members, checked against the model in publish/.
   */
  text: string
  /** None for a pipeline, which has no versions. */
  version?: DocumentVersion
  platform?: (typeof COMPONENT_PLATFORMS)[number]
  type?: (typeof WORKFLOW_TYPES)[number]
  description?: string
  changeDescription?: string
  supportedOsVersions?: string[]
  kmsKeyId?: string
}

/** A component, workflow or recipe entry: every kind but a pipeline has its version line. */
export type VersionedDocument = PublishDocument & { version: DocumentVersion }

export interface PublishInputs extends CommonInputs {
  mode: 'publish'
  documents: PublishDocument[]
  /** Validate every Create with the service (dryRun) and create nothing. */
  dryRun: boolean
}

export type ActionInputs =
  | CreateImageInputs
  | DistributeInputs
  | RetryInputs
  | WatchInputs
  | StartPipelineInputs
  | PublishInputs

/** A problem in a file of the repository: annotated on that file (and line, when known). */
export interface FileProblem {
  file: string
  line?: number
  column?: number
  message: string
}

export class InputError extends Error {
  constructor(
    readonly problems: string[],
    readonly fileProblems: FileProblem[] = []
  ) {
    const all = [...problems, ...fileProblems.map(fileProblemText)]
    const what =
      fileProblems.length > 0
        ? 'problems in the inputs and the files they name'
        : 'inputs are invalid'
    super(
      all.length === 1 ? all[0] : `${all.length} ${what}:\n${all.map(p => `- ${p}`).join('\n')}`
    )
    this.name = 'InputError'
  }
}

export function fileProblemText(problem: FileProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file
  return `${where}: ${problem.message}`
}
