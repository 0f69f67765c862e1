// Image pipelines behind the kinds' interface, after the recipes and workflows they name. The file
// is the whole truth of the pipeline: UpdateImagePipeline "does not support selective updates…
// Any optional property that you omit is removed or reset to its default", so the whole resolved
// file is sent, and the comparison that decides whether to send it treats a member the file omits
// as the model's default. Planned (before anything is created): the pipeline of that name and its
// configuration, and a recipe of the other type refused. Applied: names resolved to what their
// entries resolved to in this run, then created, updated or left unchanged. A dry run sends no
// pipeline write at all (the SDK carries no dryRun for CreateImagePipeline, the model none for
// UpdateImagePipeline): it reports the plan, checked by reads.
import type { ImagePipeline } from '@aws-sdk/client-imagebuilder'
import { awsErrorText, canonicalJson, errorName, hashedToken, isTransient } from '../aws/index.js'
import { resolvedEntry, type Calls, type PublishKind, type Resolved } from './kinds.js'
import { configurationExists, findPipeline, sendPipelineWrite } from './pipeline-calls.js'
import { PIPELINE_MEMBERS, readPipelineFiles, type PipelineFile } from './pipeline-file.js'
import type { PublishedDocument } from './report.js'

/** The members UpdateImagePipeline takes: every member a file may set but tags. */
const COMPARED = PIPELINE_MEMBERS.filter(m => m !== 'tags')

export const pipelineKind: PublishKind = {
  kinds: ['image-pipeline'],
  read: (entries, all) => {
    const { pipelines, problems } = readPipelineFiles(entries, all)
    const prepared = pipelines.map(pipeline => ({
      document: pipeline.document,
      plan: async ({ client, send }: Calls, resolved: Resolved) => {
        const outcome: PublishedDocument = { document: pipeline.document, arn: '' }
        const current = await findPipeline(client, send, pipeline.document.name)
        planProblem(pipeline, current, resolved, outcome)
        return {
          outcome,
          apply: async (calls: Calls, later: Resolved) =>
            applyPipeline(calls, { pipeline, current, outcome }, later)
        }
      }
    }))
    return { entries: prepared, problems }
  }
}

/** What stops the pipeline before any write: the other recipe type, or an entry it names refused. */
function planProblem(
  pipeline: PipelineFile,
  current: ImagePipeline | undefined,
  resolved: Resolved,
  outcome: PublishedDocument
): void {
  const { document, recipeMember } = pipeline
  const other = recipeMember === 'imageRecipeArn' ? 'containerRecipeArn' : 'imageRecipeArn'
  if (current && !current[recipeMember] && current[other]) {
    const [was, is] =
      other === 'imageRecipeArn' ? ['an image', 'a container'] : ['a container', 'an image']
    outcome.problem = `image-pipeline '${document.name}' builds from ${was} recipe (${current[other]}); the file gives it ${is} recipe, which Image Builder refuses ("The recipe must be the same type, image or container, as the pipeline's current recipe"). Keep the recipe type, or publish the pipeline under a new name.`
    return
  }
  const refused = namedEntries(pipeline, resolved).filter(e => e.problem || e.conflict)
  if (refused.length > 0)
    outcome.problem = `image-pipeline '${document.name}' names ${refused.map(e => `${e.document.kind} '${e.document.name}'`).join(', ')}, which this run could not publish.`
}

/** The recipe entry the file names, of the kind its member takes (names may repeat across kinds). */
const namedRecipe = (pipeline: PipelineFile, resolved: Resolved): PublishedDocument | undefined =>
  pipeline.recipeName === undefined
    ? undefined
    : resolvedEntry(
        resolved,
        [pipeline.recipeMember === 'imageRecipeArn' ? 'image-recipe' : 'container-recipe'],
        pipeline.recipeName
      )

function namedEntries(pipeline: PipelineFile, resolved: Resolved): PublishedDocument[] {
  const recipe = namedRecipe(pipeline, resolved)
  const workflows = [...pipeline.workflowNames.values()].map(name =>
    resolvedEntry(resolved, ['workflow'], name)
  )
  return [recipe, ...workflows].filter((e): e is PublishedDocument => e !== undefined)
}

/** The file's members with every entry name replaced by the ARN its entry has now ('' if none). */
function resolvedMembers(pipeline: PipelineFile, resolved: Resolved): Record<string, unknown> {
  const members = structuredClone(pipeline.members)
  if (pipeline.recipeName)
    members[pipeline.recipeMember] = namedRecipe(pipeline, resolved)?.arn ?? ''
  for (const [index, name] of pipeline.workflowNames) {
    const arn = resolvedEntry(resolved, ['workflow'], name)?.arn ?? ''
    ;(members.workflows as Array<{ workflowArn: string }>)[index].workflowArn = arn
  }
  return members
}

/** A member as the service keeps it: the model's defaults for what is omitted, empties dropped. */
function normalized(member: string, value: unknown): string | undefined {
  let v = value
  if (member === 'enhancedImageMetadataEnabled') v ??= true
  if (member === 'status') v ??= 'ENABLED'
  // "stores a default configuration with image tests enabled"; timeoutMinutes "stores … 720".
  if (member === 'imageTestsConfiguration')
    v = { imageTestsEnabled: true, timeoutMinutes: 720, ...(v as object | undefined) }
  if (member === 'schedule' && v !== undefined) {
    const start = 'EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE'
    v = { timezone: 'UTC', pipelineExecutionStartCondition: start, ...(v as object) }
  }
  const empty =
    v === undefined ||
    v === null ||
    (Array.isArray(v) && v.length === 0) ||
    (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0)
  return empty ? undefined : canonicalJson(v)
}

/** The members UpdateImagePipeline takes whose value differs, a name not yet resolved included. */
function changedMembers(members: Record<string, unknown>, current: ImagePipeline): string[] {
  const now = current as unknown as Record<string, unknown>
  return COMPARED.filter(
    m => members[m] === '' || normalized(m, members[m]) !== normalized(m, now[m])
  )
}

const sameTags = (a: unknown, b: unknown): boolean =>
  normalized('tags', a) === normalized('tags', b)

/** One pipeline as planned: its file, the account's pipeline of that name, and its outcome. */
interface Planned {
  pipeline: PipelineFile
  current: ImagePipeline | undefined
  outcome: PublishedDocument
}

async function applyPipeline(
  { client, send, inputs }: Calls,
  planned: Planned,
  resolved: Resolved
): Promise<void> {
  const { pipeline, current, outcome } = planned
  const { document } = pipeline
  const missing = namedEntries(pipeline, resolved).filter(e => e.problem || !e.arn)
  if (!inputs.dryRun && missing.length > 0) {
    outcome.problem = `image-pipeline '${document.name}' names ${missing.map(e => `${e.document.kind} '${e.document.name}'`).join(', ')}, which this run could not publish.`
    return
  }
  const members = resolvedMembers(pipeline, resolved)
  const changed = current ? changedMembers(members, current) : undefined
  outcome.changed = changed
  if (current && !sameTags(members.tags, current.tags)) {
    outcome.warnings = [
      `image-pipeline '${document.name}': the file's tags differ from the pipeline's; UpdateImagePipeline cannot change tags, and this action sends no TagResource. Change them in the account, or leave them out of the file.`
    ]
  }
  if (inputs.dryRun) return validatePipeline({ client, send, inputs }, planned, members)
  if (current && changed?.length === 0) {
    Object.assign(outcome, { arn: current.arn ?? '', result: 'unchanged' })
    return
  }
  const { tags, ...update } = members
  const request = current
    ? { imagePipelineArn: current.arn, ...update }
    : { name: document.name, ...members, tags }
  // What it replaces is part of it: the same update after a change by hand is a new request.
  const after = current?.dateUpdated ?? current?.dateCreated
  const clientToken = hashedToken('pub', {
    kind: document.kind,
    region: inputs.region,
    after,
    ...request
  })
  const operation = current ? 'UpdateImagePipeline' : 'CreateImagePipeline'
  try {
    outcome.arn = (await sendPipelineWrite(client, send, { ...request, clientToken })) ?? ''
    outcome.result = current ? 'updated' : 'created'
  } catch (error) {
    if (isTransient(error) || !/^Invalid|^ResourceAlreadyExists/.test(errorName(error))) throw error
    outcome.problem = awsErrorText(error, `${operation} ${document.name}`)
  }
}

/** A dry run's check by reads: the configurations the file names exist. */
async function validatePipeline(
  { client, send }: Calls,
  { pipeline, current, outcome }: Planned,
  members: Record<string, unknown>
): Promise<void> {
  const problems: string[] = []
  const infrastructure = members.infrastructureConfigurationArn as string
  if (!(await configurationExists(client, send, 'infrastructure', infrastructure)))
    problems.push(`infrastructure configuration ${infrastructure} does not exist in the account`)
  const distribution = members.distributionConfigurationArn as string | undefined
  if (distribution && !(await configurationExists(client, send, 'distribution', distribution)))
    problems.push(`distribution configuration ${distribution} does not exist in the account`)
  if (problems.length > 0) {
    outcome.problem = `image-pipeline '${pipeline.document.name}': ${problems.join('; ')}.`
    return
  }
  outcome.arn = current?.arn ?? ''
  outcome.result = 'validated'
  outcome.plan = !current ? 'create' : outcome.changed?.length ? 'update' : 'unchanged'
}
