// Image and container recipes: planned once the components and workflows are, created once they
// are. Recipes are immutable and hold no document to compare, so each version this action creates
// is tagged with a hash of its resolved request (component names replaced by the build ARNs their
// entries resolved to), and with a hash of the file's own members, to tell why it was re-created.
// The newest version of the line with the same request hash is the recipe, unchanged.
// A dry run never sends a recipe Create (the SDK drops dryRun, so the request would create the
// recipe): the file was checked against the model when read, and the components it names by ARN
// are read here; those the same run would create are as good as their own entry's dry run.
import { createHash } from 'node:crypto'
import type { ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import { awsErrorText, canonicalJson, errorName, hashedToken, isTransient } from '../aws/index.js'
import { documentNameKey, RECIPE_KINDS, versionText } from '../inputs/index.js'
import { inLine, type Send } from './document-versions.js'
import type { Calls, PublishKind, Resolved } from './kinds.js'
import { readRecipeFiles, type RecipeFile } from './recipe-file.js'
import {
  componentStatus,
  getRecipe,
  listRecipeVersions,
  sendRecipeCreate
} from './recipe-versions.js'
import type { PublishedDocument } from './report.js'

/** The tags that say what a version was made from (the model allows ':' in tag keys). */
export const REQUEST_TAG = 'imagebuilder-action:request-sha256'
export const FILE_TAG = 'imagebuilder-action:file-sha256'

/** Recipes behind the kinds' interface: they resolve against the components planned before. */
export const recipeKind: PublishKind = {
  kinds: RECIPE_KINDS,
  read: (entries, all, workspace) => {
    const components = all.filter(d => d.kind === 'component')
    const { recipes, problems } = readRecipeFiles(entries, components, workspace)
    const prepared = recipes.map(recipe => ({
      document: recipe.document,
      plan: async ({ client, send }: Calls, resolved: Resolved) => {
        const named = componentsOf([...resolved])
        const plan = await planRecipe(client, send, recipe, named)
        return {
          outcome: plan.outcome,
          apply: async ({ inputs }: Calls) => {
            const calls = { client, send, components: named }
            if (inputs.dryRun) await validateRecipe(calls, plan)
            else await createRecipe(calls, plan, inputs.region)
          }
        }
      }
    }))
    return { entries: prepared, problems }
  }
}

export interface RecipePlan {
  recipe: RecipeFile
  outcome: PublishedDocument
  /** The component ARNs of the newest version of the line, to say which one changed. */
  pinned: string[]
  fileHash: string
  previousArn?: string
}

const sha256 = (value: unknown): string =>
  createHash('sha256').update(canonicalJson(value)).digest('hex')

/** The component entries' outcomes by name; a recipe's names resolve against them. */
type Components = Map<string, PublishedDocument>

export function componentsOf(outcomes: PublishedDocument[]): Components {
  return new Map(
    outcomes
      .filter(o => o.document.kind === 'component')
      .map(o => [documentNameKey(o.document.name), o])
  )
}

/** The file's members with every component name replaced by its entry's build ARN. */
function resolved(recipe: RecipeFile, components: Components): Record<string, unknown> {
  if (recipe.componentNames.size === 0) return recipe.members
  const list = (recipe.members.components as Array<Record<string, unknown>>).map((c, i) => {
    const name = recipe.componentNames.get(i)
    return name ? { ...c, componentArn: components.get(documentNameKey(name))?.arn } : c
  })
  return { ...recipe.members, components: list }
}

export async function planRecipe(
  client: ImagebuilderClient,
  send: Send,
  recipe: RecipeFile,
  components: Components
): Promise<RecipePlan> {
  const { document } = recipe
  const outcome: PublishedDocument = { document, arn: '' }
  const fileHash = sha256(recipe.members)
  const plan: RecipePlan = { recipe, outcome, pinned: [], fileHash }
  const named = [...new Set(recipe.componentNames.values())]
  const entries = named.map(name => components.get(documentNameKey(name)) as PublishedDocument)
  const refused = entries.filter(e => e.problem || e.conflict)
  if (refused.length > 0) {
    outcome.problem = `${document.kind} '${document.name}' names ${refused.map(e => `component '${e.document.name}'`).join(', ')}, which this run could not publish.`
    return plan
  }
  const line = inLine(
    document.version,
    await listRecipeVersions(client, send, document.kind, document.name)
  )
  const newest = line.at(-1)
  const previous = newest && (await getRecipe(client, send, document.kind, newest.arn))
  if (newest && previous) {
    outcome.previous = { version: newest.version, arn: newest.arn }
    plan.pinned = previous.components
    plan.previousArn = newest.arn
  }
  // A component this run creates gets a new build ARN: the request cannot be the same.
  const pending = entries.filter(e => !e.arn)
  if (newest && previous && pending.length === 0) {
    if (previous.tags[REQUEST_TAG] === sha256(resolved(recipe, components))) {
      Object.assign(outcome, { version: newest.version, arn: newest.arn, result: 'unchanged' })
      return plan
    }
  }
  const wanted = versionText(document.version)
  if (newest && document.version.patch !== undefined) {
    const series = `${document.version.major}.${document.version.minor}`
    outcome.conflict = true
    outcome.problem = `${document.kind} '${document.name}' ${wanted} already exists with another request (${newest.arn}); recipes are immutable. Raise the version in 'documents' (e.g. to ${series}.${document.version.patch + 1}), or use ${series}.x to have Image Builder assign the next one.`
    return plan
  }
  outcome.version = wanted
  if (newest && previous) outcome.reason = reasonOf(plan, previous.tags, pending, components)
  return plan
}

/** Why the recipe is made again: its file, or which of the components it names changed. */
function reasonOf(
  plan: RecipePlan,
  tags: Record<string, string>,
  pending: PublishedDocument[],
  components: Components
): string {
  if (!tags[REQUEST_TAG]) return 'the newest version has no hash tag (not made by this action)'
  if (tags[FILE_TAG] !== plan.fileHash) return 'file changed'
  const changed = [
    ...pending.map(e => e.document.name),
    ...[...plan.recipe.componentNames.values()].filter(name => {
      const arn = components.get(documentNameKey(name))?.arn
      return arn && !plan.pinned.includes(arn)
    })
  ]
  return changed.length > 0
    ? `component ${[...new Set(changed)].map(n => `'${n}'`).join(', ')} changed`
    : 'request changed'
}

/** How recipes reach the account, and the components they resolve against. */
export interface RecipeCalls {
  client: ImagebuilderClient
  send: Send
  components: Components
}

export async function createRecipe(
  { client, send, components }: RecipeCalls,
  plan: RecipePlan,
  region: string
): Promise<void> {
  const { recipe, outcome } = plan
  const { document } = recipe
  if (refusedComponents(plan, components, false)) return
  const members = resolved(recipe, components)
  const request = {
    ...members,
    name: document.name,
    semanticVersion: versionText(document.version),
    tags: {
      ...(members.tags as Record<string, string> | undefined),
      [REQUEST_TAG]: sha256(members),
      [FILE_TAG]: plan.fileHash
    }
  }
  // The version it follows is part of it: the same request after a version made by hand is new.
  const clientToken = hashedToken('pub', { region, after: plan.previousArn, ...request })
  const operation = document.kind === 'image-recipe' ? 'CreateImageRecipe' : 'CreateContainerRecipe'
  try {
    const created = await send(operation, abortSignal =>
      sendRecipeCreate(client, document.kind, { ...request, clientToken }, abortSignal)
    )
    outcome.arn = created.arn ?? ''
    // The service assigns a wildcard's version: read from its ARN, never computed here.
    outcome.version = /\/([0-9]+\.[0-9]+\.[0-9]+)$/.exec(outcome.arn)?.[1] ?? outcome.version
    outcome.latestVersionReferences = created.latestVersionReferences
    outcome.result = 'created'
  } catch (error) {
    if (isTransient(error) || !/^Invalid|^ResourceAlreadyExists/.test(errorName(error))) throw error
    outcome.problem = awsErrorText(error, `${operation} ${document.name} ${outcome.version ?? ''}`)
  }
}

/**
 * Whether a component entry the recipe names was refused in this run (or, outside a dry run, has
 * no build): then the recipe is not sent, and says so.
 */
function refusedComponents(plan: RecipePlan, components: Components, dryRun: boolean): boolean {
  const { document } = plan.recipe
  const refused = [...new Set(plan.recipe.componentNames.values())].filter(name => {
    const entry = components.get(documentNameKey(name))
    return !entry || entry.problem !== undefined || (!dryRun && !entry.arn)
  })
  if (refused.length === 0) return false
  plan.outcome.problem = `${document.kind} '${document.name}' names ${refused.map(n => `component '${n}'`).join(', ')}, which this run could not ${dryRun ? 'validate' : 'publish'}.`
  return true
}

/** A dry run's check by reads: every component named by ARN exists and takes new recipes. */
export async function validateRecipe(
  { client, send, components }: RecipeCalls,
  plan: RecipePlan
): Promise<void> {
  const { recipe, outcome } = plan
  if (refusedComponents(plan, components, true)) return
  const list = (resolved(recipe, components).components ?? []) as Array<{ componentArn?: string }>
  const problems: string[] = []
  for (const arn of list.map(c => c.componentArn)) {
    // A component the same run would create was validated by its own entry.
    if (!arn) continue
    const status = await componentStatus(client, send, arn)
    if (status === 'missing') problems.push(`component ${arn} does not exist in the account`)
    else if (status === 'DEPRECATED' || status === 'DISABLED')
      problems.push(`component ${arn} is ${status}: Image Builder adds it to no new recipe`)
  }
  if (problems.length > 0)
    outcome.problem = `${recipe.document.kind} '${recipe.document.name}': ${problems.join('; ')}.`
  else outcome.result = 'validated'
}
