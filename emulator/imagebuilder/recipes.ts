// Image and container recipes: immutable versions the account owns, and their Create calls (the
// model's members, patterns and limits, dryRun, client tokens, and what only the service checks:
// versions and components). Since Nov 2025 a semanticVersion may hold x wildcards, and the service
// assigns the next version itself. The listings and Get are in recipe-listings.ts.
import { randomUUID } from 'node:crypto'
import { parse } from 'yaml'
import { checkRequest } from '../model/check.js'
import { ServiceError, type RecordedRequest } from '../protocol.js'
import { nameKey } from './documents.js'
import type { RecipeKind, RecipeRecord, RecipeSpec } from './records.js'
import type { ImageBuilderStore } from './store.js'
import { buildsOf, compareVersions, invalid, versionsOf } from './validation.js'

const MAX_NODE = 2 ** 30 - 1
export const ARN_MEMBER: Record<RecipeKind, string> = {
  'image-recipe': 'imageRecipeArn',
  'container-recipe': 'containerRecipeArn'
}

const versionError = (message: string): ServiceError =>
  new ServiceError('InvalidVersionNumberException', message)

export const recipeArn = (region: string, account: string, kind: RecipeKind, name: string) =>
  `arn:aws:imagebuilder:${region}:${account}:${kind}/${nameKey(name)}`

/**
 * The ARNs that follow the newest version of each level, as the user guide shows them for 1.2.3:
 * …/x.x.x, …/1.x.x, …/1.2.x and …/1.2.3.
 */
export function latestVersionReferences(arn: string): Record<string, string> {
  const at = arn.lastIndexOf('/')
  const [major, minor, patch] = arn.slice(at + 1).split('.')
  const base = arn.slice(0, at + 1)
  return {
    latestVersionArn: `${base}x.x.x`,
    latestMajorVersionArn: `${base}${major}.x.x`,
    latestMinorVersionArn: `${base}${major}.${minor}.x`,
    latestPatchVersionArn: `${base}${major}.${minor}.${patch}`
  }
}

/**
 * The version a Create makes. An exact one as asked; with wildcards ("When you use a wildcard in any
 * node, all nodes to the right of the first wildcard must also be wildcards"), the next one after
 * the newest of that name in that line: 1.0.x after 1.0.4 is 1.0.5, 1.x.x after 1.3.2 is 1.4.0.
 * A line with no version yet starts at .0 (x.x.x at 1.0.0): the emulator's reading of "Image
 * Builder automatically increments the version (for example, 1.0.1, 1.0.2, 1.0.3)".
 */
function assignVersion(store: ImageBuilderStore, base: string, requested: string): string {
  const nodes = requested.split('.')
  const first = nodes.indexOf('x')
  if (first >= 0 && nodes.slice(first).some(n => n !== 'x')) {
    throw versionError(
      `semanticVersion ${requested}: all nodes to the right of the first wildcard must also be wildcards.`
    )
  }
  if (nodes.some(n => n !== 'x' && Number(n) > MAX_NODE))
    throw versionError(`Each node of semanticVersion must be at most ${MAX_NODE}: ${requested}`)
  if (first < 0) return requested
  const line = versionsOf(`${base}/${requested}`)
  const newest = store.recipes
    .filter(r => line.test(r.arn))
    .sort((a, b) => compareVersions(a.version, b.version))
    .pop()
  const next = newest
    ? newest.version
        .split('.')
        .map((n, i) => (i < first ? Number(n) : i === first ? Number(n) + 1 : 0))
    : nodes.map((n, i) => (n !== 'x' ? Number(n) : i === 0 ? 1 : 0))
  if (next[first] > MAX_NODE) throw versionError(`No version is left in ${requested}.`)
  return next.join('.')
}

/**
 * The components a recipe names. The model: "You can specify each component only one time in a
 * recipe" ("regardless of version"), and "Components with a status of DEPRECATED or DISABLED can't
 * be added to new recipes." Only the account's own components are known here: those of Amazon, of
 * third parties or shared by other accounts pass unchecked.
 */
function checkComponents(store: ImageBuilderStore, region: string, components: unknown): void {
  const seen = new Map<string, string>()
  for (const { componentArn, parameters } of (components as Configured[] | undefined) ?? []) {
    const component = componentArn.replace(/\/[0-9x]+\.[0-9x]+\.[0-9x]+(?:\/[0-9]+)?$/, '')
    const earlier = seen.get(component)
    if (earlier !== undefined) {
      invalid(
        `You can specify each component only once in a recipe, regardless of version: ${earlier} and ${componentArn}.`
      )
    }
    seen.set(component, componentArn)
    const [, , , arnRegion, owner] = componentArn.split(':')
    if (owner !== store.accountId) continue
    if (arnRegion !== region)
      invalid(`The component ${componentArn} is not in the region of this request (${region}).`)
    const builds = store.documents.filter(
      d =>
        d.kind === 'component' &&
        (/\/[0-9]+\.[0-9]+\.[0-9]+\/[0-9]+$/.test(componentArn)
          ? d.arn === componentArn
          : buildsOf(componentArn).test(d.arn))
    )
    if (builds.length === 0) invalid(`The component ${componentArn} does not exist.`)
    if (!builds.some(d => d.status === 'ACTIVE')) {
      invalid(
        `Components with a status of DEPRECATED or DISABLED can't be added to new recipes: ${componentArn} is ${builds[builds.length - 1].status}.`
      )
    }
    const build = builds
      .filter(d => d.status === 'ACTIVE')
      .sort((a, b) => compareVersions(a.version, b.version) || a.build - b.build)
      .pop()
    checkParameters(componentArn, build?.data ?? '', parameters ?? [])
  }
}

type Configured = { componentArn: string; parameters?: Array<{ name: string }> }

/**
 * ComponentConfiguration.parameters: "You must supply a value for every component parameter that
 * has no default value, and you can only supply parameters that the component defines." The
 * document defines them as `parameters: [{ NAME: { type, default?, description? } }]`.
 */
function checkParameters(arn: string, data: string, given: Array<{ name: string }>): void {
  let defined: Array<Record<string, { default?: unknown } | null>> = []
  try {
    const parameters = (parse(data) as { parameters?: unknown } | null)?.parameters
    if (Array.isArray(parameters)) defined = parameters as typeof defined
  } catch {
    // The service checked the document when the component was created.
  }
  const entries = defined.flatMap(p => (p && typeof p === 'object' ? Object.entries(p) : []))
  const names = entries.map(([name]) => name)
  for (const { name } of given) {
    if (!names.includes(name))
      invalid(`The component ${arn} defines no parameter ${name}; it defines: ${names.join(', ')}.`)
  }
  for (const [name, spec] of entries) {
    if (spec?.default === undefined && !given.some(p => p.name === name))
      invalid(`The component ${arn} needs a value for its parameter ${name}, which has no default.`)
  }
}

/** The platform a recipe reports: the container's override, or what its parent image suggests. */
function platformOf(body: Record<string, unknown>): string {
  if (typeof body.platformOverride === 'string') return body.platformOverride
  return /windows/i.test(String(body.parentImage)) ? 'Windows' : 'Linux'
}

/** Adds a recipe version; `members` are the Create request's, exact version included. */
export function addRecipe(
  store: ImageBuilderStore,
  kind: RecipeKind,
  region: string,
  members: Record<string, unknown>
): RecipeRecord {
  const { name, semanticVersion, clientToken: _token, dryRun: _dryRun, ...body } = members
  const version = String(semanticVersion)
  const record: RecipeRecord = {
    kind,
    name: String(name),
    version,
    arn: `${recipeArn(region, store.accountId, kind, String(name))}/${version}`,
    region,
    platform: platformOf(body),
    body: kind === 'container-recipe' ? { containerType: 'DOCKER', ...body } : body,
    createdAt: store.now()
  }
  store.recipes.push(record)
  return record
}

export function seedRecipe(store: ImageBuilderStore, kind: RecipeKind, spec: RecipeSpec): string {
  const { region = 'us-east-1', version, ...members } = spec
  const defaults =
    kind === 'image-recipe'
      ? { parentImage: 'ami-0123456789abcdef0' }
      : {
          parentImage: 'amazonlinux:latest',
          targetRepository: { service: 'ECR', repositoryName: nameKey(spec.name) },
          dockerfileTemplateData:
            'FROM {{{ imagebuilder:parentImage }}}\n{{{ imagebuilder:components }}}'
        }
  // Seeded recipes are old, as seeded documents are.
  const record = addRecipe(store, kind, region, {
    ...defaults,
    ...members,
    semanticVersion: version
  })
  record.createdAt = store.now() - 60_000
  return record.arn
}

/** Refuses what the model forbids: members' types, patterns and limits (unknown ones pass). */
export function refuseAgainstModel(request: RecordedRequest): void {
  const problems = checkRequest(request).filter(p => !p.includes(': not a member of '))
  if (problems.length > 0) invalid(problems.join('; '))
}

function create(store: ImageBuilderStore, request: RecordedRequest, kind: RecipeKind): unknown {
  refuseAgainstModel(request)
  const body = request.body
  if (kind === 'container-recipe') {
    if ((body.dockerfileTemplateData === undefined) === (body.dockerfileTemplateUri === undefined))
      invalid('You must specify exactly one of dockerfileTemplateData or dockerfileTemplateUri.')
    if (body.dockerfileTemplateUri !== undefined)
      invalid(
        'The emulator does not read Dockerfile templates from S3: send dockerfileTemplateData.'
      )
  }
  const base = recipeArn(request.region, store.accountId, kind, String(body.name))
  const requested = String(body.semanticVersion)
  // Checked before dryRun: a dry run answers 412 only for a request that would succeed.
  assignVersion(store, base, requested)
  checkComponents(store, request.region, body.components)
  if (body.dryRun === true) {
    throw new ServiceError(
      'DryRunOperationException',
      'The request would have succeeded, but the dryRun flag is set.'
    )
  }
  return store.idempotent(request, () => {
    const version = assignVersion(store, base, requested)
    const arn = `${base}/${version}`
    if (store.recipes.some(r => r.arn === arn))
      throw new ServiceError('ResourceAlreadyExistsException', `The ${kind} ${arn} already exists.`)
    const record = addRecipe(store, kind, request.region, { ...body, semanticVersion: version })
    return {
      requestId: randomUUID(),
      clientToken: body.clientToken,
      [ARN_MEMBER[kind]]: record.arn,
      latestVersionReferences: latestVersionReferences(record.arn)
    }
  })
}

export const createImageRecipe = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  create(s, r, 'image-recipe')
export const createContainerRecipe = (s: ImageBuilderStore, r: RecordedRequest): unknown =>
  create(s, r, 'container-recipe')
