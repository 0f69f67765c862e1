// Requests and answers checked against the service models, through the facts that
// scripts/model-facts.mjs drew from them (facts.json beside this file). The emulator runs every
// Image Builder and CloudWatch Logs request it receives, and every answer it gives, through these,
// so that neither the action nor the emulator can drift from the model unseen.
import { readFileSync } from 'node:fs'
import { modelPattern, type ModelShape } from '../../src/common/index.js'
import type { RecordedRequest } from '../protocol.js'

/** A shape as the facts hold it: the model's, with where a request member travels. */
interface ShapeFact extends ModelShape {
  locations?: Record<string, { in: string; name: string }>
}

interface ServiceFacts {
  protocol: string
  targetPrefix?: string
  operations: Record<string, { method: string; path: string; input?: string; output?: string }>
  shapes: Record<string, ShapeFact>
}

export const FACTS = JSON.parse(readFileSync(new URL('./facts.json', import.meta.url), 'utf8')) as {
  services: Record<string, ServiceFacts>
}

/** Where the service would look: a request checks everything, an answer names, types, enums. */
type Side = 'request' | 'answer'

/** The problems of a recorded Image Builder or CloudWatch Logs request, one line each. */
export function checkRequest(recorded: RecordedRequest): string[] {
  const target = String(recorded.headers['x-amz-target'] ?? '')
  const found = target
    ? operationByTarget(target)
    : operationByRoute(recorded.method, recorded.path)
  if (!found)
    return [`${target || `${recorded.method} ${recorded.path}`}: not an operation in the facts`]
  const { service, name } = found
  const input = service.operations[name].input
  if (!input) return []
  const shape = service.shapes[input]
  const problems: string[] = []
  const walker = new Walker(service, 'request', problems)
  const fromQuery = Object.entries(shape.locations ?? {}).filter(([, l]) => l.in === 'querystring')
  const queryNames = new Set(fromQuery.map(([, l]) => l.name))
  for (const key of Object.keys(recorded.query)) {
    if (!queryNames.has(key)) problems.push(`query ${key}: not a member of ${input}`)
  }
  // A query string carries text; the model's type is what the text must parse as.
  const fromUrl = Object.fromEntries(
    fromQuery
      .filter(([, l]) => recorded.query[l.name] !== undefined)
      .map(([member, l]) => [
        member,
        fromText(service, shape.members?.[member], recorded.query[l.name])
      ])
  )
  const only = (keep: (member: string) => boolean): ShapeFact => ({
    ...shape,
    members: Object.fromEntries(Object.entries(shape.members ?? {}).filter(([m]) => keep(m)))
  })
  walker.structure(
    only(m => !shape.locations?.[m]),
    input,
    recorded.body,
    ''
  )
  walker.structure(
    only(m => shape.locations?.[m]?.in === 'querystring'),
    input,
    fromUrl,
    ''
  )
  return summarized(problems).map(p => `${name} request ${p}`)
}

/** The problems of an answer the emulator gives to `operation`: member names, types and enums. */
export function checkAnswer(operation: string, body: unknown): string[] {
  const service = Object.values(FACTS.services).find(s => s.operations[operation])
  if (!service) return [`${operation}: not an operation in the facts`]
  const output = service.operations[operation].output
  if (!output) return []
  const problems: string[] = []
  new Walker(service, 'answer', problems).check(output, body, '')
  return summarized(problems).map(p => `${operation} answer ${p}`)
}

function operationByRoute(
  method: string,
  path: string
): { service: ServiceFacts; name: string } | undefined {
  const service = FACTS.services.imagebuilder
  const name = Object.keys(service.operations).find(
    n => service.operations[n].method === method && service.operations[n].path === path
  )
  return name ? { service, name } : undefined
}

function operationByTarget(target: string): { service: ServiceFacts; name: string } | undefined {
  const [prefix, name] = target.split('.')
  const service = Object.values(FACTS.services).find(s => s.targetPrefix === prefix)
  return service?.operations[name] ? { service, name } : undefined
}

function fromText(service: ServiceFacts, shape: string | undefined, text: string): unknown {
  const type = shape ? service.shapes[shape]?.type : undefined
  if (type === 'integer' || type === 'long' || type === 'double') return Number(text)
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text
  return text
}

class Walker {
  constructor(
    private readonly service: ServiceFacts,
    private readonly side: Side,
    private readonly problems: string[]
  ) {}

  check(name: string, value: unknown, at: string): void {
    const shape = this.service.shapes[name]
    const where = at || '(body)'
    if (value === null) return void this.problems.push(`${where}: null, expected ${shape.type}`)
    const wrongType = (expected: string): void =>
      void this.problems.push(`${where}: ${JSON.stringify(value)} is not ${expected} (${name})`)
    switch (shape.type) {
      case 'structure':
        if (!isObject(value)) return wrongType('an object')
        return this.structure(shape, name, value, at)
      case 'list':
        if (!Array.isArray(value)) return wrongType('a list')
        this.size(shape, name, value.length, where)
        value.forEach((item, i) => this.check(shape.member ?? '', item, `${at}[${i}]`))
        return
      case 'map':
        if (!isObject(value)) return wrongType('a map')
        this.size(shape, name, Object.keys(value).length, where)
        for (const [key, item] of Object.entries(value)) {
          this.check(shape.key ?? '', key, `${at}{${JSON.stringify(key)}}`)
          this.check(shape.value ?? '', item, `${at}[${JSON.stringify(key)}]`)
        }
        return
      case 'string':
        if (typeof value !== 'string') return wrongType('a string')
        return this.string(shape, name, value, where)
      case 'integer':
      case 'long':
        if (!Number.isInteger(value)) return wrongType('an integer')
        return this.size(shape, name, value as number, where)
      case 'double':
      case 'float':
        if (typeof value !== 'number') return wrongType('a number')
        return
      case 'boolean':
        if (typeof value !== 'boolean') return wrongType('a boolean')
        return
      case 'timestamp':
        if (typeof value !== 'number' && typeof value !== 'string') return wrongType('a timestamp')
        return
      default:
        if (typeof value !== 'string') wrongType(shape.type)
    }
  }

  structure(shape: ShapeFact, name: string, value: Record<string, unknown>, at: string): void {
    const members = shape.members ?? {}
    for (const [member, item] of Object.entries(value)) {
      const path = at ? `${at}.${member}` : member
      if (!(member in members)) this.problems.push(`${path}: not a member of ${name}`)
      else if (item !== undefined) this.check(members[member], item, path)
    }
    if (this.side !== 'request') return
    for (const member of shape.required ?? []) {
      if (member in members && value[member] === undefined)
        this.problems.push(`${at ? `${at}.${member}` : member}: required by ${name}, missing`)
    }
  }

  private string(shape: ShapeFact, name: string, value: string, where: string): void {
    if (shape.enum && !shape.enum.includes(value))
      this.problems.push(
        `${where}: ${JSON.stringify(value)} is not one of ${shape.enum.join(', ')}`
      )
    if (this.side !== 'request') return
    // Lengths count characters (code points), as the service does, not UTF-16 units.
    this.size(shape, name, [...value].length, where)
    if (shape.pattern && !modelPattern(shape.pattern).test(value))
      this.problems.push(`${where}: ${JSON.stringify(value)} does not match ${shape.pattern}`)
  }

  /** min/max: a string's or list's length, a map's entries, a number's value. */
  private size(shape: ShapeFact, name: string, size: number, where: string): void {
    if (this.side !== 'request') return
    if (shape.min !== undefined && size < shape.min)
      this.problems.push(`${where}: ${size} is below the minimum ${shape.min} of ${name}`)
    if (shape.max !== undefined && size > shape.max)
      this.problems.push(`${where}: ${size} is above the maximum ${shape.max} of ${name}`)
  }
}

/** The first of each kind of problem per member of list items, with how many more there are. */
function summarized(problems: string[]): string[] {
  const kinds = new Map<string, { first: string; more: number }>()
  for (const problem of problems) {
    const kind = problem.replace(/\[\d+\]/g, '[]').replace(/"(?:[^"\\]|\\.)*"|\d+(?:\.\d+)?/g, '…')
    const seen = kinds.get(kind)
    if (seen) seen.more++
    else kinds.set(kind, { first: problem, more: 0 })
  }
  return [...kinds.values()].map(({ first, more }) =>
    more ? `${first} (and ${more} more like it)` : first
  )
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
