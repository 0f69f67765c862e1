// The 'documents' input of mode publish: a YAML list of components, workflows and recipes, each a
// file of the repository with the version line it belongs to. Checked against the model's patterns and
// limits here; the files themselves are read and checked in document-files.ts.
import type { InputReader } from './reader.js'
import {
  COMPONENT_PLATFORMS,
  DOCUMENT_KINDS,
  WORKFLOW_TYPES,
  type DocumentKind,
  type DocumentVersion,
  type PublishDocument
} from './types.js'

/** An entry as the input gives it; the file is read later. */
export type DocumentEntry = Omit<PublishDocument, 'text'>

const INPUT = 'documents'
/** The model's ResourceName: 3 to 128 characters, spaces allowed inside. */
const NAME = /^[-_A-Za-z0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z0-9]$/
const VERSION = /^([0-9]+)\.([0-9]+)\.([0-9]+|x)$/
const MAX_NODE = 2 ** 30 - 1
const COMMON_KEYS = ['file', 'version', 'description', 'change-description', 'kms-key-id']
const KEYS: Record<DocumentKind, string[]> = {
  component: ['component', ...COMMON_KEYS, 'platform', 'supported-os-versions'],
  workflow: ['workflow', ...COMMON_KEYS, 'type'],
  // A recipe's every other member is in its file.
  'image-recipe': ['image-recipe', 'file', 'version'],
  'container-recipe': ['container-recipe', 'file', 'version'],
  // A pipeline has no versions: its file is its whole configuration.
  'image-pipeline': ['image-pipeline', 'file']
}
const EXPECTED =
  'a YAML list; each item is component: NAME (with file, version, platform), workflow: NAME (with file, version, type), image-recipe: NAME or container-recipe: NAME (with file, version), image-pipeline: NAME (with file)'

export function readDocuments(reader: InputReader): DocumentEntry[] {
  const doc = reader.yaml(INPUT, EXPECTED)
  if (!doc || doc.contents === null) return []
  const list = doc.toJS() as unknown
  if (!Array.isArray(list) || list.length === 0) {
    reader.fail(INPUT, `must be ${EXPECTED}`)
    return []
  }
  const entries = list.flatMap((item: unknown, index) => {
    const entry = readEntry(reader, item, `documents[${index}]`)
    return entry ? [entry] : []
  })
  const seen = new Map<string, string>()
  for (const entry of entries) {
    // A workflow's type is part of its ARN, so a BUILD and a TEST workflow may share a name.
    const key = `${entry.kind}/${entry.type ?? ''}/${documentNameKey(entry.name)}`
    const first = seen.get(key)
    if (first === entry.name)
      reader.fail(INPUT, `lists ${entry.kind} '${entry.name}' twice: give each name once`)
    else if (first !== undefined) {
      reader.fail(
        INPUT,
        `lists ${entry.kind} '${first}' and '${entry.name}': Image Builder counts names that differ only in case, spaces or underscores as the same name, so they would be one ${entry.kind}. Give each ${entry.kind} once, under one name`
      )
    } else seen.set(key, entry.name)
  }
  return entries
}

/**
 * The service's identity of a component or workflow name. The model (CreateComponent, name):
 * "Image Builder generates the component ARN from a normalized form of the name, so names that
 * differ only in case, spaces, or underscores count as the same name"; the normal form, as the
 * service team's CDK constructs spell it: lower case, spaces and underscores made hyphens.
 */
export const documentNameKey = (name: string): string => name.toLowerCase().replace(/[ _]/g, '-')

export const sameDocumentName = (a: string, b: string): boolean =>
  documentNameKey(a) === documentNameKey(b)

function readEntry(reader: InputReader, item: unknown, where: string): DocumentEntry | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    return reader.fail(
      INPUT,
      `item ${where} must be a map with component, workflow, image-recipe, container-recipe or image-pipeline, file and (but for a pipeline) version`
    )
  const entry = item as Record<string, unknown>
  const kinds = DOCUMENT_KINDS.filter(k => entry[k] !== undefined)
  if (kinds.length !== 1) {
    return reader.fail(
      INPUT,
      `item ${where} must have exactly one of component: NAME, workflow: NAME, image-recipe: NAME, container-recipe: NAME or image-pipeline: NAME`
    )
  }
  const kind = kinds[0]
  const fail = (message: string): undefined =>
    reader.fail(INPUT, `item ${where} (${kind}) ${message}`)
  const unknown = Object.keys(entry).filter(key => !KEYS[kind].includes(key))
  if (unknown.length > 0) {
    fail(
      `has unknown key ${unknown.map(k => `'${k}'`).join(', ')}; valid keys: ${KEYS[kind].join(', ')}`
    )
  }
  const text = (key: string, max = 1024): string | undefined => {
    const value = entry[key]
    if (value === undefined || value === '') return undefined
    if (typeof value !== 'string' || value.length > max)
      return fail(`${key} must be text of at most ${max} characters`)
    return value
  }
  const name = text(kind, 128)
  if (name !== undefined && !NAME.test(name)) {
    fail(
      `name '${name}' must be 3 to 128 letters, digits, spaces, - and _, not starting or ending with a space`
    )
  }
  const file = text('file')
  if (file === undefined) fail('needs file: the path of its YAML document in the repository')
  const pipeline = kind === 'image-pipeline'
  const version = pipeline ? undefined : readVersion(text('version', 100), fail)
  const platform = text('platform')
  if (kind === 'component' && !(COMPONENT_PLATFORMS as readonly unknown[]).includes(platform))
    fail(`platform must be one of ${COMPONENT_PLATFORMS.join(', ')}; got '${platform ?? ''}'`)
  const type = text('type')
  if (kind === 'workflow' && !(WORKFLOW_TYPES as readonly unknown[]).includes(type))
    fail(`type must be one of ${WORKFLOW_TYPES.join(', ')}; got '${type ?? ''}'`)
  const os = entry['supported-os-versions']
  let supportedOsVersions: string[] | undefined
  if (os !== undefined) {
    const valid =
      Array.isArray(os) &&
      os.length >= 1 &&
      os.length <= 25 &&
      os.every(v => typeof v === 'string' && v.length > 0 && v.length <= 1024)
    if (!valid)
      fail('supported-os-versions must be a list of 1 to 25 OS versions, e.g. [Amazon Linux 2023]')
    else supportedOsVersions = os as string[]
  }
  if (!name || !file || (!version && !pipeline)) return undefined
  return {
    kind,
    name,
    file,
    version,
    platform: kind === 'component' ? (platform as DocumentEntry['platform']) : undefined,
    type: kind === 'workflow' ? (type as DocumentEntry['type']) : undefined,
    description: text('description'),
    changeDescription: text('change-description'),
    supportedOsVersions,
    kmsKeyId: text('kms-key-id')
  }
}

function readVersion(
  text: string | undefined,
  fail: (message: string) => undefined
): DocumentVersion | undefined {
  const match = text === undefined ? null : VERSION.exec(text)
  if (!match) {
    return fail(
      `version must be MAJOR.MINOR.x (the action picks the patch) or an exact MAJOR.MINOR.PATCH, like 1.2.x or 1.2.3; got '${text ?? ''}'`
    )
  }
  const [major, minor, patch] = match
    .slice(1)
    .map(node => (node === 'x' ? undefined : Number(node)))
  if ([major, minor, patch].some(node => node !== undefined && node > MAX_NODE))
    return fail(`version nodes must be at most ${MAX_NODE}; got '${text}'`)
  return { major: major as number, minor: minor as number, patch }
}

/** 1.2.x or 1.2.3, as the user wrote it. */
export function versionText(version: DocumentVersion): string {
  return `${version.major}.${version.minor}.${version.patch ?? 'x'}`
}
