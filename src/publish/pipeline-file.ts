// An image pipeline's file: a YAML map of CreateImagePipeline's members, in the model's names.
// Checked here against the model's request shape (request-shapes.ts) before any call, each
// problem at its file and line. The recipe (exactly one of imageRecipeArn and containerRecipeArn)
// and each workflows[].workflowArn may be an ARN, kept as written (a wildcard version included:
// the service's dynamic referencing), or the name of an entry of the same list, which publish/
// replaces with the ARN that entry resolved to in this run.
import {
  documentNameKey,
  type DocumentKind,
  type FileProblem,
  type PublishDocument
} from '../inputs/index.js'
import { lineOf, memberProblems, parseMembers } from './recipe-file.js'
import { checkShape, type ShapeProblem } from './shape-check.js'

export type RecipeMember = 'imageRecipeArn' | 'containerRecipeArn'

/** A pipeline entry with its file checked: the members it sets, names not yet resolved. */
export interface PipelineFile {
  document: PublishDocument
  members: Record<string, unknown>
  recipeMember: RecipeMember
  /** The recipe entry the recipe member names, if it names one rather than an ARN. */
  recipeName?: string
  /** Index in workflows → the name of the workflow entry it names. */
  workflowNames: Map<number, string>
}

/** The members a file may set, as the issue names them; the entry and the action set the rest. */
export const PIPELINE_MEMBERS = [
  'infrastructureConfigurationArn',
  'imageRecipeArn',
  'containerRecipeArn',
  'description',
  'distributionConfigurationArn',
  'imageTestsConfiguration',
  'enhancedImageMetadataEnabled',
  'schedule',
  'status',
  'imageScanningConfiguration',
  'workflows',
  'executionRole',
  'loggingConfiguration',
  'imageTags',
  'tags'
]
const SET_BY_ACTION = ['name', 'clientToken', 'dryRun']
const IMAGEBUILDER_ARN = /^arn:aws[^:]*:imagebuilder:/
const RECIPE_KIND: Record<RecipeMember, DocumentKind> = {
  imageRecipeArn: 'image-recipe',
  containerRecipeArn: 'container-recipe'
}
/** What a name stands in for while the file is checked against the model. */
const STAND_IN = {
  imageRecipeArn: 'arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/name/1.0.0',
  containerRecipeArn: 'arn:aws:imagebuilder:us-east-1:123456789012:container-recipe/name/1.0.0',
  workflowArn: 'arn:aws:imagebuilder:us-east-1:123456789012:workflow/build/name/1.0.0/1'
}

export function readPipelineFiles(
  documents: PublishDocument[],
  all: PublishDocument[]
): { pipelines: PipelineFile[]; problems: FileProblem[] } {
  const pipelines: PipelineFile[] = []
  const problems: FileProblem[] = []
  for (const document of documents) {
    const found = readPipelineFile(document, all)
    if ('problems' in found) problems.push(...found.problems)
    else pipelines.push(found)
  }
  return { pipelines, problems }
}

function readPipelineFile(
  document: PublishDocument,
  all: PublishDocument[]
): PipelineFile | { problems: FileProblem[] } {
  const parsed = parseMembers(
    document,
    "CreateImagePipeline request's members, like imageRecipeArn: and infrastructureConfigurationArn:"
  )
  if ('problems' in parsed) return parsed
  const { doc, lines, members } = parsed
  const found = memberProblems(members, document.kind, {
    allowed: PIPELINE_MEMBERS,
    refused: SET_BY_ACTION,
    refusal:
      "is set by the action (the entry's name, a client token derived from the request; a dry run sends no pipeline write), not by the file: remove it."
  })
  const given = (['imageRecipeArn', 'containerRecipeArn'] as const).filter(
    m => members[m] !== undefined
  )
  if (given.length !== 1) {
    found.push({
      path: given.length > 1 ? [given[1]] : [],
      key: given.length > 1,
      message: `A pipeline has exactly one recipe: give imageRecipeArn or containerRecipeArn${given.length > 1 ? ', not both' : ''} (an ARN, or the name of a recipe entry in 'documents').`
    })
  }
  const recipeMember = given[0] ?? 'imageRecipeArn'
  const checked = structuredClone(members)
  let recipeName: string | undefined
  const recipe = members[recipeMember]
  if (typeof recipe === 'string' && !IMAGEBUILDER_ARN.test(recipe)) {
    const kind = RECIPE_KIND[recipeMember]
    const entry = entryNamed(all, [kind], recipe)
    if (entry) recipeName = entry.name
    else found.push(unknownName([recipeMember], recipe, kind, all))
    checked[recipeMember] = STAND_IN[recipeMember]
  }
  const workflowNames = new Map<number, string>()
  const list = members.workflows
  if (Array.isArray(list)) {
    list.forEach((item: unknown, index) => {
      const arn = (item as { workflowArn?: unknown } | null)?.workflowArn
      if (typeof arn !== 'string' || IMAGEBUILDER_ARN.test(arn)) return
      const named = all.filter(d => d.kind === 'workflow' && sameName(d.name, arn))
      const path = ['workflows', index, 'workflowArn']
      if (named.length === 1) workflowNames.set(index, named[0].name)
      else if (named.length === 0) found.push(unknownName(path, arn, 'workflow', all))
      else {
        found.push({
          path,
          message: `Workflow '${arn}' names ${named.length} workflow entries (one per type): give the workflow's ARN instead.`
        })
      }
      ;(checked.workflows as Array<{ workflowArn: string }>)[index].workflowArn =
        STAND_IN.workflowArn
    })
  }
  const withAction = { ...checked, name: document.name, clientToken: 't' }
  found.push(...checkShape('CreateImagePipelineRequest', withAction, []))
  if (found.length > 0) {
    const problems = found.map(p => ({
      file: document.file,
      line: lineOf(doc, lines, p),
      message: p.message
    }))
    return { problems }
  }
  return { document, members, recipeMember, recipeName, workflowNames }
}

const sameName = (a: string, b: string): boolean => documentNameKey(a) === documentNameKey(b)

const entryNamed = (
  all: PublishDocument[],
  kinds: DocumentKind[],
  name: string
): PublishDocument | undefined => all.find(d => kinds.includes(d.kind) && sameName(d.name, name))

function unknownName(
  path: Array<string | number>,
  name: string,
  kind: DocumentKind,
  all: PublishDocument[]
): ShapeProblem {
  const other = entryNamed(
    all,
    kind === 'workflow' ? [] : kind === 'image-recipe' ? ['container-recipe'] : ['image-recipe'],
    name
  )
  const member = path.join('.').replace(/\.(\d+)\./, '[$1].')
  return {
    path,
    message: other
      ? `${member} names '${name}', which is a ${other.kind} entry: a ${other.kind} goes in ${kind === 'image-recipe' ? 'containerRecipeArn' : 'imageRecipeArn'}.`
      : `${member} '${name}' is neither an Image Builder ARN nor the name of a ${kind} entry in 'documents'.`
  }
}
