// A value checked against a shape of the model (request-shapes.ts): structures and their members
// (unknown and required), lists, maps, and the types, patterns, lengths and enums of the leaves.
// Each problem says where, as the path of members and list indexes, so that the file's line can
// be found, and speaks of the file's own words.
import { modelPattern, type ModelShape } from '../common/index.js'
import { REQUEST_SHAPES } from './request-shapes.js'

export interface ShapeProblem {
  path: Array<string | number>
  message: string
  /** About the member's name (unknown, misplaced), not its value. */
  key?: boolean
}

export function checkShape(
  name: string,
  value: unknown,
  path: Array<string | number>
): ShapeProblem[] {
  const shape = REQUEST_SHAPES[name] as ModelShape
  const where = path.length > 0 ? pathText(path) : 'the file'
  const fail = (message: string): ShapeProblem[] => [{ path, message: `${where} ${message}` }]
  switch (shape.type) {
    case 'structure':
      return structure(shape, value, path, fail)
    case 'list': {
      if (!Array.isArray(value)) return fail('must be a YAML list.')
      return [
        ...size(shape, value.length, 'items', fail),
        ...value.flatMap((item, i) => checkShape(shape.member as string, item, [...path, i]))
      ]
    }
    case 'map': {
      if (!isObject(value)) return fail('must be a YAML map.')
      const entries = Object.entries(value)
      return [
        ...size(shape, entries.length, 'entries', fail),
        ...entries.flatMap(([key, item]) => [
          ...checkShape(shape.key as string, key, [...path, key]).map(p => ({ ...p, key: true })),
          ...checkShape(shape.value as string, item, [...path, key])
        ])
      ]
    }
    case 'string': {
      if (typeof value !== 'string')
        return fail(`must be text; got ${describe(value)} (quote it in YAML).`)
      if (shape.enum && !shape.enum.includes(value))
        return fail(`must be one of ${shape.enum.join(', ')}; got '${value}'.`)
      const problems = size(shape, [...value].length, 'characters', fail)
      if (shape.pattern && !modelPattern(shape.pattern).test(value))
        problems.push(...fail(`does not match the model's pattern ${shape.pattern}.`))
      return problems
    }
    case 'integer':
    case 'long':
      if (typeof value !== 'number' || !Number.isInteger(value))
        return fail(`must be a whole number; got ${describe(value)}.`)
      return size(shape, value, '', fail)
    case 'boolean':
      return typeof value === 'boolean'
        ? []
        : fail(`must be true or false; got ${describe(value)}.`)
    default:
      return []
  }
}

function structure(
  shape: ModelShape,
  value: unknown,
  path: Array<string | number>,
  fail: (message: string) => ShapeProblem[]
): ShapeProblem[] {
  if (!isObject(value)) return fail('must be a YAML map.')
  const members = shape.members ?? {}
  const known = Object.keys(members)
  const problems: ShapeProblem[] = []
  for (const [key, item] of Object.entries(value)) {
    const member = members[key]
    if (member) problems.push(...checkShape(member, item, [...path, key]))
    else {
      const near = nearest(key, known)
      problems.push({
        path: [...path, key],
        key: true,
        message: `Unknown member '${pathText([...path, key])}'${near ? `; did you mean '${near}'?` : ''} Valid members here: ${known.join(', ')}.`
      })
    }
  }
  for (const key of shape.required ?? []) {
    if (value[key] === undefined || value[key] === null)
      problems.push({ path, message: `${pathText([...path, key])} is required.` })
  }
  return problems
}

function size(
  shape: ModelShape,
  size: number,
  unit: string,
  fail: (message: string) => ShapeProblem[]
): ShapeProblem[] {
  const of = unit ? ` ${unit}` : ''
  if (shape.min !== undefined && size < shape.min)
    return fail(`must have at least ${shape.min}${of}; has ${size}.`)
  if (shape.max !== undefined && size > shape.max)
    return fail(`must have at most ${shape.max}${of}; has ${size}.`)
  return []
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const describe = (value: unknown): string =>
  value === null ? 'nothing' : Array.isArray(value) ? 'a list' : `${typeof value} ${String(value)}`

/** components[0].componentArn, as the file spells the path. */
const pathText = (path: Array<string | number>): string =>
  path
    .map((step, i) => (typeof step === 'number' ? `[${step}]` : i > 0 ? `.${step}` : step))
    .join('')

/** The known name closest to a misspelt one (edit distance at most a third of it), if any. */
export function nearest(word: string, known: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined
  for (const name of known) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase())
    if (!best || distance < best.distance) best = { name, distance }
  }
  return best && best.distance <= Math.max(2, Math.floor(word.length / 3)) ? best.name : undefined
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]
}
