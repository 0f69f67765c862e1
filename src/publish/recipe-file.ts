// A recipe's file: a YAML map of its Create request's members, in the model's names, as
// `aws imagebuilder create-image-recipe --cli-input-yaml` takes them. Checked here against the
// model's shapes (request-shapes.ts, generated from the model) before any call, each problem on
// its file and line: an unknown member (with the nearest known name), a missing required one, a
// value against the model's types, patterns, lengths and enums. A component named by a name
// rather than an ARN must be a component entry of the same list; publish/ puts its ARN in later.
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import type { Document, LineCounter, Node } from 'yaml'
import {
  documentNameKey,
  readWorkspaceFile,
  yaml,
  type FileProblem,
  type PublishDocument,
  type RecipeKind,
  type VersionedDocument
} from '../inputs/index.js'
import { checkShape, nearest, type ShapeProblem } from './shape-check.js'

/** A recipe entry with its file checked: the members it sets, components not yet resolved. */
export interface RecipeFile {
  document: VersionedDocument & { kind: RecipeKind }
  members: Record<string, unknown>
  /** Index in components → the name of the component entry it names. */
  componentNames: Map<number, string>
}

const REQUEST: Record<RecipeKind, string> = {
  'image-recipe': 'CreateImageRecipeRequest',
  'container-recipe': 'CreateContainerRecipeRequest'
}
/** The members a file may set, as the issue and the CLI name them; the entry sets the others. */
const MEMBERS: Record<RecipeKind, string[]> = {
  'image-recipe': [
    'parentImage',
    'components',
    'blockDeviceMappings',
    'workingDirectory',
    'additionalInstanceConfiguration',
    'amiTags',
    'description',
    'tags'
  ],
  'container-recipe': [
    'parentImage',
    'targetRepository',
    'containerType',
    'components',
    'dockerfileTemplateData',
    'dockerfileTemplateFile',
    'instanceConfiguration',
    'platformOverride',
    'imageOsVersionOverride',
    'workingDirectory',
    'kmsKeyId',
    'description',
    'tags'
  ]
}
const SET_BY_ENTRY = ['name', 'semanticVersion', 'clientToken', 'dryRun']
/** The model's 50 tags, less the two hash tags recipes.ts adds. */
const MAX_FILE_TAGS = 48
/** The ARN shape a component may be named by; anything else must be the name of an entry. */
const COMPONENT_ARN = /^arn:aws[^:]*:imagebuilder:/

/** Reads and checks every recipe entry; `components` are the names of the list's components. */
export function readRecipeFiles(
  documents: PublishDocument[],
  components: PublishDocument[],
  workspace: string
): { recipes: RecipeFile[]; problems: FileProblem[] } {
  const recipes: RecipeFile[] = []
  const problems: FileProblem[] = []
  const names = new Map(components.map(c => [documentNameKey(c.name), c.name]))
  for (const document of documents) {
    const found = readRecipeFile(document as RecipeFile['document'], names, workspace)
    if ('problems' in found) problems.push(...found.problems)
    else recipes.push(found)
  }
  return { recipes, problems }
}

function readRecipeFile(
  document: RecipeFile['document'],
  components: Map<string, string>,
  workspace: string
): RecipeFile | { problems: FileProblem[] } {
  const { file, kind } = document
  const parsed = parseMembers(
    document,
    `${REQUEST[kind].replace(/Request$/, '')} request's members, like parentImage: and components:`
  )
  if ('problems' in parsed) return parsed
  const { doc, lines, members: request } = parsed
  const found = memberProblems(request, kind, {
    allowed: MEMBERS[kind],
    refused: SET_BY_ENTRY,
    refusal: "is set by the entry in 'documents' (name, version), not by the file: remove it."
  })
  if (kind === 'container-recipe') {
    request.containerType ??= 'DOCKER'
    const template = request.dockerfileTemplateFile
    delete request.dockerfileTemplateFile
    if (template !== undefined) {
      if (request.dockerfileTemplateData !== undefined) {
        found.push({
          path: ['dockerfileTemplateFile'],
          key: true,
          message: 'Give dockerfileTemplateData or dockerfileTemplateFile, not both.'
        })
      } else {
        const read = readTemplate(template, file, workspace)
        if ('problem' in read)
          found.push({ path: ['dockerfileTemplateFile'], message: read.problem })
        else request.dockerfileTemplateData = read.text
      }
    }
  }
  const componentNames = new Map<number, string>()
  const list = request.components
  if (Array.isArray(list)) {
    list.forEach((item: unknown, index) => {
      const arn = (item as { componentArn?: unknown } | null)?.componentArn
      if (typeof arn !== 'string' || COMPONENT_ARN.test(arn)) return
      const name = components.get(documentNameKey(arn))
      if (name) componentNames.set(index, name)
      else {
        found.push({
          path: ['components', index, 'componentArn'],
          message: `Component '${arn}' is neither a component ARN (…:component/NAME/1.0.x or …/1.0.0/1) nor the name of a component entry in 'documents'.`
        })
      }
    })
  }
  // A name stands in for an ARN until publish/ resolves it: checked as one meanwhile.
  const checked = structuredClone(request)
  for (const index of componentNames.keys()) {
    ;(checked.components as Array<{ componentArn: string }>)[index].componentArn =
      'arn:aws:imagebuilder:us-east-1:123456789012:component/name/1.0.0/1'
  }
  const withEntry = { ...checked, name: document.name, semanticVersion: '1.0.0', clientToken: 't' }
  found.push(...checkShape(REQUEST[kind], withEntry, []))
  const tags = request.tags
  if (tags && typeof tags === 'object' && Object.keys(tags).length > MAX_FILE_TAGS) {
    found.push({
      path: ['tags'],
      key: true,
      message: `tags may have at most ${MAX_FILE_TAGS} entries: Image Builder takes 50, and this action adds ${50 - MAX_FILE_TAGS} of its own (the hashes that tell an unchanged recipe).`
    })
  }
  if (found.length > 0)
    return { problems: found.map(p => ({ file, line: lineOf(doc, lines, p), message: p.message })) }
  return { document, members: request, componentNames }
}

/** The file's YAML map of a request's members (`what` says which), or why it is not one. */
export function parseMembers(
  document: PublishDocument,
  what: string
):
  | { doc: Document; lines: LineCounter; members: Record<string, unknown> }
  | { problems: FileProblem[] } {
  const { file, kind } = document
  const { LineCounter, parseDocument } = yaml()
  const lines = new LineCounter()
  const doc = parseDocument(document.text, { lineCounter: lines })
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.slice(0, 5).map(error => ({
        file,
        line: error.linePos?.[0].line,
        column: error.linePos?.[0].col,
        message: `Not valid YAML (${kind} '${document.name}'): ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`
      }))
    }
  }
  const members = doc.toJS() as unknown
  if (typeof members !== 'object' || members === null || Array.isArray(members))
    return {
      problems: [{ file, line: 1, message: `A ${kind} file must be a YAML map of the ${what}.` }]
    }
  return { doc, lines, members: { ...(members as Record<string, unknown>) } }
}

/**
 * A member the entry or the action sets, or one the file may not have: a problem each, and
 * removed from `request` so that the shape check does not speak of it again.
 */
export function memberProblems(
  request: Record<string, unknown>,
  kind: string,
  { allowed, refused, refusal }: { allowed: string[]; refused: string[]; refusal: string }
): ShapeProblem[] {
  const found: ShapeProblem[] = []
  for (const key of Object.keys(request)) {
    if (refused.includes(key)) {
      found.push({ path: [key], key: true, message: `${key} ${refusal}` })
      delete request[key]
    } else if (!allowed.includes(key)) {
      const near = nearest(key, allowed)
      found.push({
        path: [key],
        key: true,
        message: `Unknown member '${key}' of a ${kind}${near ? `; did you mean '${near}'?` : ''} Valid members: ${allowed.join(', ')}.`
      })
      delete request[key]
    }
  }
  return found
}

/** A Dockerfile template beside the recipe: the same file rules as the documents themselves. */
function readTemplate(
  path: unknown,
  recipeFile: string,
  workspace: string
): { text: string } | { problem: string } {
  if (typeof path !== 'string' || path === '')
    return { problem: 'dockerfileTemplateFile must be the path of a file in the repository.' }
  // Relative to the workspace, as the entry's own file is.
  const at = resolve(workspace, path)
  const shown = relative(workspace, at).split(sep).join('/')
  if (isAbsolute(path) || shown.startsWith('../') || shown === '..')
    return { problem: `dockerfileTemplateFile '${path}' must be a path inside the repository.` }
  const read = readWorkspaceFile(workspace, at)
  if ('code' in read) {
    return {
      problem:
        read.code === 'ENOENT'
          ? `dockerfileTemplateFile '${shown}' does not exist in the workspace (paths are relative to it, not to ${dirname(recipeFile)}/).`
          : `dockerfileTemplateFile '${shown}' could not be read (${read.code}).`
    }
  }
  if ('problem' in read) return { problem: `dockerfileTemplateFile '${shown}' ${read.problem}.` }
  return read
}

/** The line of the member a problem is about, or of the nearest enclosing one the file has. */
export function lineOf(
  doc: Document,
  lines: LineCounter,
  problem: ShapeProblem
): number | undefined {
  const { isMap, isSeq, isScalar } = yaml()
  let node: unknown = doc.contents
  let at: number | undefined = (node as Node | null)?.range?.[0]
  for (const [i, step] of problem.path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find(p => (isScalar(p.key) ? p.key.value : p.key) === step)
      if (!pair) break
      const last = i === problem.path.length - 1
      const target = (last && problem.key) || pair.value === null ? pair.key : pair.value
      node = target
      at = (target as Node | null)?.range?.[0] ?? at
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      node = node.items[step]
      at = (node as Node).range?.[0] ?? at
    } else break
  }
  return at === undefined ? undefined : lines.linePos(at).line
}
