// Reads the files 'documents' names, before any call: every file that is not a regular UTF-8 file
// of the workspace (workspace-file.ts), or not valid YAML, or not a component or workflow
// document, or too long to send inline, becomes a problem annotated on that file and line. All
// files are read and checked, so one run shows every broken file. A recipe's or pipeline's file is read
// only here: publish/ checks it against the model, which inputs/ does not hold.
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { Document, LineCounter } from 'yaml'
import type { DocumentEntry } from './documents.js'
import type { InputReader } from './reader.js'
import { type FileProblem, type PublishDocument } from './types.js'
import { DATA_LIMIT, readWorkspaceFile } from './workspace-file.js'
import { yaml } from './yaml-library.js'

/** A file with more YAML errors than this shows the first ones only. */
const ERRORS_PER_FILE = 5

export function loadDocumentFiles(
  reader: InputReader,
  entries: DocumentEntry[],
  workspace: string
): { documents: PublishDocument[]; problems: FileProblem[] } {
  const documents: PublishDocument[] = []
  const problems: FileProblem[] = []
  for (const entry of entries) {
    const path = resolve(workspace, entry.file)
    const file = relative(workspace, path).split(sep).join('/')
    if (isAbsolute(entry.file) || file.startsWith('../') || file === '..') {
      reader.fail(
        'documents',
        `file '${entry.file}' of ${entry.kind} '${entry.name}' must be a path inside the repository (relative to GITHUB_WORKSPACE)`
      )
      continue
    }
    const read = readWorkspaceFile(workspace, path)
    if ('code' in read) {
      reader.fail(
        'documents',
        read.code === 'ENOENT'
          ? `file '${file}' of ${entry.kind} '${entry.name}' does not exist in the workspace: check the path, and that actions/checkout ran before this step`
          : `file '${file}' of ${entry.kind} '${entry.name}' could not be read (${read.code})`
      )
      continue
    }
    if ('problem' in read) {
      const message = `The ${entry.kind} '${entry.name}' file ${read.problem}.`
      problems.push({ file, line: read.line, message })
      continue
    }
    const { text } = read
    // A recipe's or pipeline's file is checked against its Create request's shape, in publish/.
    const document = entry.kind === 'component' || entry.kind === 'workflow'
    const found = document ? checkDocument(entry, file, text) : []
    problems.push(...found)
    if (found.length === 0) documents.push({ ...entry, file, text })
  }
  return { documents, problems }
}

function checkDocument(entry: DocumentEntry, file: string, text: string): FileProblem[] {
  const what = `${entry.kind} '${entry.name}'`
  if (text.trim() === '') return [{ file, message: `The ${what} document is empty.` }]
  const { LineCounter, parseDocument } = yaml()
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  if (doc.errors.length > 0) {
    return doc.errors.slice(0, ERRORS_PER_FILE).map(error => ({
      file,
      line: error.linePos?.[0].line,
      column: error.linePos?.[0].col,
      message: `Not valid YAML (${what}): ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`
    }))
  }
  const problems = structureProblems(entry, doc, lines).map(p => ({ file, ...p }))
  if (text.length > DATA_LIMIT) {
    problems.push({
      file,
      message: `The ${what} document is ${text.length} characters; Image Builder takes at most ${DATA_LIMIT} inline. Shorten it or split it into several ${entry.kind}s.`
    })
  }
  return problems
}

/** What Image Builder requires of the document's top level. */
function structureProblems(
  entry: DocumentEntry,
  doc: Document,
  lines: LineCounter
): Array<Omit<FileProblem, 'file'>> {
  const { isMap, isSeq } = yaml()
  const top = doc.contents
  const what = `A ${entry.kind} document`
  if (!isMap(top))
    return [
      { line: 1, message: `${what} must be a YAML map with schemaVersion and ${listKey(entry)}.` }
    ]
  const problems: Array<Omit<FileProblem, 'file'>> = []
  if (!top.has('schemaVersion'))
    problems.push({ line: 1, message: `${what} needs schemaVersion (1.0).` })
  const list = top.get(listKey(entry), true)
  if (list === undefined) {
    problems.push({
      line: 1,
      message: `${what} needs ${listKey(entry)}: a list of ${entry.kind === 'component' ? 'phases (build, validate, test)' : 'steps'}.`
    })
  } else if (!isSeq(list) || list.items.length === 0) {
    const at = (list as { range?: [number, number, number] }).range?.[0]
    problems.push({
      line: at === undefined ? undefined : lines.linePos(at).line,
      message: `${listKey(entry)} must be a non-empty list.`
    })
  }
  return problems
}

const listKey = (entry: DocumentEntry): string => (entry.kind === 'component' ? 'phases' : 'steps')
