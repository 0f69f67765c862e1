// The account's records, as plain data: images, components and workflows, image pipelines, and
// what a test may make exist up front. Every part of the emulator reads them; they import only
// the timeline's types, so that no part has to import the store to know a record's shape.
import type { Plan } from './plan.js'

export interface DistributionTarget {
  region: string
  /** Accounts other than the building one that get a copy. */
  targetAccountIds?: string[]
}

export interface ImageRecord {
  arn: string
  /** A status set from outside the build (lifecycle management), overriding the timeline. */
  forcedStatus?: string
  request: Record<string, unknown>
  createdAt: number
  plan: Plan
  containerRepository: string
  /** The pipeline whose execution made it. */
  sourcePipelineArn?: string
}

export const TERMINAL = ['AVAILABLE', 'FAILED', 'CANCELLED', 'DEPRECATED', 'DELETED', 'DISABLED']

export type DocumentKind = 'component' | 'workflow'
export const WORKFLOW_TYPES = ['BUILD', 'TEST', 'DISTRIBUTION'] as const
export const PLATFORMS = ['Windows', 'Linux', 'macOS'] as const

export const DOCUMENT_STATUSES = ['ACTIVE', 'DEPRECATED', 'DISABLED'] as const
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number]

export interface DocumentBuild {
  kind: DocumentKind
  name: string
  /** ACTIVE, or retired by lifecycle management: DEPRECATED or DISABLED. */
  status: DocumentStatus
  version: string
  build: number
  arn: string
  versionArn: string
  region: string
  /** A workflow's type; a component's is BUILD, or TEST when its only phase is test. */
  type: string
  platform?: string
  data: string
  description?: string
  changeDescription?: string
  supportedOsVersions?: string[]
  kmsKeyId?: string
  createdAt: number
}

/** What a test may make exist up front, as if created earlier. */
export interface DocumentSpec {
  kind: DocumentKind
  name: string
  version: string
  data: string
  type?: (typeof WORKFLOW_TYPES)[number]
  platform?: (typeof PLATFORMS)[number]
  region?: string
  /** DEPRECATED or DISABLED: as if lifecycle management had retired this build. */
  status?: DocumentStatus
}

export interface PipelineSpec {
  /** As the service allows it: upper case and spaces included. */
  name: string
  status?: 'ENABLED' | 'DISABLED'
  region?: string
  imageRecipeArn?: string
  containerRecipeArn?: string
  infrastructureConfigurationArn: string
  distributionConfigurationArn?: string
  description?: string
  /** For the pipeline's scheduled builds only (there are none here). */
  imageTags?: Record<string, string>
  /** The pipeline's own tags. */
  tags?: Record<string, string>
  /** Any other member of CreateImagePipeline, as the model names it (schedule, workflows, ...). */
  [member: string]: unknown
}

export interface PipelineRecord {
  arn: string
  /** As created: upper case and spaces included. */
  name: string
  status: 'ENABLED' | 'DISABLED'
  region: string
  /** The configuration UpdateImagePipeline replaces, less status and imageTags, defaults filled. */
  body: Record<string, unknown>
  imageTags?: Record<string, string>
  /** Set by CreateImagePipeline only: UpdateImagePipeline takes no tags. */
  tags?: Record<string, string>
  dateCreated: string
  dateUpdated: string
  dateLastRun?: string
}

export type RecipeKind = 'image-recipe' | 'container-recipe'

/** One version of an image or container recipe: immutable once created. */
export interface RecipeRecord {
  kind: RecipeKind
  name: string
  version: string
  /** The version ARN: recipes have no build node. */
  arn: string
  region: string
  platform: string
  /** The Create request's members as sent, less name, semanticVersion, clientToken and dryRun. */
  body: Record<string, unknown>
  createdAt: number
}

/** What a test may make exist up front: a Create request's members, an exact version. */
export interface RecipeSpec {
  name: string
  version: string
  parentImage?: string
  region?: string
  components?: Array<{ componentArn: string; parameters?: unknown[] }>
  tags?: Record<string, string>
  description?: string
  /** Any other member of the Create request, as the model names it. */
  [member: string]: unknown
}
