// The listings and Get of image and container recipes (ListImageRecipes, ListContainerRecipes,
// GetImageRecipe, GetContainerRecipe), with the model's members, owners, filters and pagination.
// Listings come in string order of name and version (1.0.10 before 1.0.9), never numeric order for
// free, one entry per version: recipes have no builds.
import { randomUUID } from 'node:crypto'
import { FACTS } from '../model/check.js'
import { ServiceError, type RecordedRequest } from '../protocol.js'
import { nameKey } from './documents.js'
import { ARN_MEMBER, latestVersionReferences, refuseAgainstModel } from './recipes.js'
import type { RecipeKind, RecipeRecord } from './records.js'
import type { ImageBuilderStore } from './store.js'
import { invalid } from './validation.js'

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The filters each listing takes, as the model's documentation of `filters` names them. */
const FILTERS: Record<RecipeKind, string[]> = {
  'image-recipe': ['name', 'parentImage', 'platform'],
  'container-recipe': ['containerType', 'name', 'parentImage', 'platform']
}

/** ListContainerRecipes, owner: "For container recipes, the valid owner values are Self, Shared, and Amazon." */
const OWNERS: Record<RecipeKind, string[] | undefined> = {
  'image-recipe': undefined,
  'container-recipe': ['Self', 'Shared', 'Amazon']
}

/** The members of the model's ImageRecipe and ContainerRecipe: what Get shows of a recipe. */
const shown = (kind: RecipeKind): string[] =>
  Object.keys(
    FACTS.services.imagebuilder.shapes[kind === 'image-recipe' ? 'ImageRecipe' : 'ContainerRecipe']
      ?.members ?? {}
  )

function filterValue(record: RecipeRecord, filter: string): string | undefined {
  if (filter === 'platform') return record.platform
  const value = record.body[filter]
  return typeof value === 'string' ? value : undefined
}

function summary(store: ImageBuilderStore, r: RecipeRecord): Record<string, unknown> {
  const instance = r.body.instanceConfiguration as { image?: string } | undefined
  return {
    arn: r.arn,
    name: r.name,
    platform: r.platform,
    // "By default, this request will only show image recipes owned by your account."
    owner: store.accountId,
    parentImage: r.body.parentImage,
    dateCreated: new Date(r.createdAt).toISOString(),
    tags: r.body.tags,
    ...(r.kind === 'container-recipe'
      ? { containerType: r.body.containerType, instanceImage: instance?.image }
      : {})
  }
}

function list(store: ImageBuilderStore, request: RecordedRequest, kind: RecipeKind): unknown {
  refuseAgainstModel(request)
  const owner = String(request.body.owner ?? 'Self')
  if (OWNERS[kind] && !OWNERS[kind].includes(owner))
    invalid(`owner must be one of ${OWNERS[kind].join(', ')} for ${kind}s: ${owner}`)
  let recipes =
    owner === 'Self'
      ? store.recipes.filter(r => r.kind === kind && r.region === request.region)
      : []
  const filters =
    (request.body.filters as Array<{ name?: string; values?: string[] }> | undefined) ?? []
  for (const { name, values = [] } of filters) {
    if (!FILTERS[kind].includes(String(name)))
      invalid(`Filter ${String(name)} is not valid here; valid: ${FILTERS[kind].join(', ')}.`)
    // Loose on purpose, like the components' filter: the caller must compare names itself.
    if (name === 'name')
      recipes = recipes.filter(r => values.some(v => nameKey(r.name).includes(nameKey(v))))
    else recipes = recipes.filter(r => values.includes(filterValue(r, String(name)) ?? ''))
  }
  const items = recipes
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.version, b.version))
    .map(r => summary(store, r))
  const key = kind === 'image-recipe' ? 'imageRecipeSummaryList' : 'containerRecipeSummaryList'
  const page = store.paginate(request, key, items)
  return { requestId: randomUUID(), [key]: page.items, nextToken: page.nextToken }
}

export const listImageRecipes = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  list(s, r, 'image-recipe')
export const listContainerRecipes = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  list(s, r, 'container-recipe')

/** One recipe version; a version ARN with x wildcards names the newest version it covers. */
function get(store: ImageBuilderStore, request: RecordedRequest, kind: RecipeKind): unknown {
  refuseAgainstModel(request)
  const arn = request.query[ARN_MEMBER[kind]]
  const found = arn === undefined ? undefined : store.latestRecipe(arn)
  if (!found || found.kind !== kind)
    throw new ServiceError('ResourceNotFoundException', `${kind} not found: ${String(arn)}`)
  const members = shown(kind)
  const view: Record<string, unknown> = {
    ...Object.fromEntries(Object.entries(found.body).filter(([m]) => members.includes(m))),
    ...summary(store, found),
    version: found.version
  }
  delete view.instanceImage
  if (kind === 'container-recipe') view.encrypted = true
  const member = kind === 'image-recipe' ? 'imageRecipe' : 'containerRecipe'
  return {
    requestId: randomUUID(),
    [member]: view,
    latestVersionReferences: latestVersionReferences(found.arn)
  }
}

export const getImageRecipe = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  get(s, r, 'image-recipe')
export const getContainerRecipe = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  get(s, r, 'container-recipe')
