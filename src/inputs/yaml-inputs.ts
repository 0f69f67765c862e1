// The inputs written as YAML or JSON: tags and workflows. Parsed with the failsafe schema so
// that every scalar stays the string the user wrote.
import type { YAMLMap } from 'yaml'
import { arnProblem } from '../aws/index.js'
import type { InputReader } from './reader.js'
import { TAG_LIMIT, tagProblem } from './tags.js'
import type { WorkflowConfiguration, WorkflowParameter } from './types.js'
import { yaml } from './yaml-library.js'

const PARALLEL_GROUP = /^[A-Za-z0-9][A-Za-z0-9-_+#]{0,99}$/
const WORKFLOW_KEYS = ['workflowArn', 'parameters', 'parallelGroup', 'onFailure']

const TAGS_EXPECTED =
  'a map of tag keys to string values, e.g. {"team": "platform"} or team: platform, or the AWS list form [{"Key": "team", "Value": "platform"}]'

export function readTags(reader: InputReader): Record<string, string> {
  const doc = reader.yaml('tags', TAGS_EXPECTED)
  if (!doc || doc.contents === null) return {}
  const pairs = yaml().isMap(doc.contents)
    ? mapPairs(reader, doc.contents)
    : listPairs(reader, doc.toJS())
  if (!pairs) {
    reader.fail('tags', `must be ${TAGS_EXPECTED}`)
    return {}
  }
  const tags: Record<string, string> = {}
  for (const [key, value] of pairs) {
    const problem = tagProblem(key, value)
    if (problem) reader.fail('tags', problem)
    tags[key] = value
  }
  if (Object.keys(tags).length > TAG_LIMIT)
    reader.fail('tags', `may hold at most ${TAG_LIMIT} tags; got ${Object.keys(tags).length}`)
  return tags
}

/** `key: value` pairs of a YAML or JSON map; a value that is a list or map is refused. */
function mapPairs(reader: InputReader, map: YAMLMap): Array<[string, string]> {
  const { isScalar } = yaml()
  const pairs: Array<[string, string]> = []
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (!isScalar(pair.value) && pair.value !== null) {
      reader.fail('tags', `value of '${key}' must be a string, not a list or map`)
      continue
    }
    pairs.push([key, isScalar(pair.value) ? String(pair.value.value) : ''])
  }
  return pairs
}

/** The AWS list form, [{Key, Value}], or undefined when the list is not in that form. */
function listPairs(reader: InputReader, list: unknown): Array<[string, string]> | undefined {
  if (!Array.isArray(list)) return undefined
  const entries = list.map(entry =>
    isPlainObject(entry) && typeof entry.Key === 'string' ? entry : undefined
  )
  if (entries.some(entry => entry === undefined)) return undefined
  return (entries as Array<Record<string, unknown>>).map(entry => {
    if (entry.Value !== undefined && typeof entry.Value !== 'string')
      reader.fail('tags', `value of '${String(entry.Key)}' must be a string`)
    return [String(entry.Key), typeof entry.Value === 'string' ? entry.Value : '']
  })
}

export function readWorkflows(reader: InputReader): WorkflowConfiguration[] {
  const expected =
    'a list of entries with workflowArn and optional parameters, parallelGroup, onFailure'
  const doc = reader.yaml('workflows', expected)
  if (!doc || doc.contents === null) return []
  const list = doc.toJS() as unknown
  if (!Array.isArray(list)) {
    reader.fail('workflows', `must be ${expected}`)
    return []
  }
  const workflows = list.flatMap((entry: unknown, index) => {
    const workflow = readWorkflow(reader, entry, `workflows[${index}]`)
    return workflow ? [workflow] : []
  })
  const count = (type: string): number =>
    workflows.filter(w => w.workflowArn.includes(`:workflow/${type}/`)).length
  if (workflows.length > 10)
    reader.fail('workflows', `may list at most 10 workflows; got ${workflows.length}`)
  if (count('build') > 1) reader.fail('workflows', 'may list at most one build workflow')
  if (count('distribution') > 1)
    reader.fail('workflows', 'may list at most one distribution workflow')
  return workflows
}

function readWorkflow(
  reader: InputReader,
  entry: unknown,
  where: string
): WorkflowConfiguration | undefined {
  if (!isPlainObject(entry))
    return reader.fail('workflows', `entry ${where} must be a map with workflowArn`)
  const unknown = Object.keys(entry).filter(key => !WORKFLOW_KEYS.includes(key))
  if (unknown.length > 0) {
    reader.fail(
      'workflows',
      `entry ${where} has unknown key ${unknown.map(k => `'${k}'`).join(', ')}; valid keys: ${WORKFLOW_KEYS.join(', ')}`
    )
  }
  const { workflowArn, parameters, parallelGroup, onFailure } = entry
  if (typeof workflowArn !== 'string' || workflowArn === '') {
    return reader.fail(
      'workflows',
      `entry ${where} needs workflowArn, like arn:aws:imagebuilder:us-east-1:aws:workflow/build/build-image/x.x.x`
    )
  }
  const problem = arnProblem(workflowArn, 'workflow')
  if (problem)
    return reader.fail('workflows', `entry ${where} workflowArn ${problem}; got '${workflowArn}'`)
  const workflow: WorkflowConfiguration = { workflowArn }
  if (parameters !== undefined && parameters !== '')
    workflow.parameters = readParameters(reader, parameters, where)
  if (parallelGroup !== undefined) {
    if (typeof parallelGroup !== 'string' || !PARALLEL_GROUP.test(parallelGroup)) {
      reader.fail(
        'workflows',
        `entry ${where} parallelGroup must be letters, digits and - _ + # (at most 100); got '${String(parallelGroup)}'`
      )
    } else workflow.parallelGroup = parallelGroup
  }
  if (onFailure !== undefined) {
    const value = typeof onFailure === 'string' ? onFailure.toUpperCase() : ''
    if (value !== 'CONTINUE' && value !== 'ABORT') {
      reader.fail(
        'workflows',
        `entry ${where} onFailure must be CONTINUE or ABORT; got '${String(onFailure)}'`
      )
    } else workflow.onFailure = value
  }
  return workflow
}

/** Accepts the friendly map form (`name: value` or `name: [a, b]`) or the API's `[{name, value}]` list. */
function readParameters(
  reader: InputReader,
  parameters: unknown,
  where: string
): WorkflowParameter[] | undefined {
  const pairs: Array<[string, unknown]> = Array.isArray(parameters)
    ? parameters.map(p => (isPlainObject(p) ? [String(p.name ?? ''), p.value] : ['', undefined]))
    : isPlainObject(parameters)
      ? Object.entries(parameters)
      : []
  if (pairs.length === 0) {
    return reader.fail(
      'workflows',
      `entry ${where} parameters must be a map of parameter names to a value or a list of values`
    )
  }
  const result: WorkflowParameter[] = []
  for (const [name, value] of pairs) {
    const values = Array.isArray(value) ? value : [value ?? '']
    if (name.length > 128) {
      reader.fail(
        'workflows',
        `entry ${where} parameter name '${name.slice(0, 40)}…' must be at most 128 characters`
      )
      continue
    }
    if (name === '' || values.length === 0 || values.some(v => typeof v !== 'string')) {
      reader.fail(
        'workflows',
        `entry ${where} parameter '${name}' must have a name and a value that is a string or a list of strings`
      )
      continue
    }
    result.push({ name, value: values as string[] })
  }
  return result
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
