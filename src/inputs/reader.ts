// Reads one input at a time and collects every problem instead of stopping at the first, so one
// run shows them all. Each problem names its input. Defaults come from the spec table, passed in.
import type { Document } from 'yaml'
import { arnProblem, type ResourceKind } from '../aws/index.js'
import { cap } from '../common/index.js'
import { yaml } from './yaml-library.js'

export type GetInput = (name: string) => string

export class InputReader {
  readonly problems: string[] = []

  constructor(
    private readonly get: GetInput,
    private readonly defaultOf: (name: string) => string
  ) {}

  fail(name: string, message: string): undefined {
    this.problems.push(`Input '${name}' ${message}`)
    return undefined
  }

  raw(name: string): string {
    return this.get(name)
  }

  text(name: string): string | undefined {
    const value = this.get(name).trim()
    return value === '' ? undefined : value
  }

  /** Set, and to something other than its default. */
  given(name: string): boolean {
    const value = this.get(name).trim()
    return value !== '' && value !== this.defaultOf(name)
  }

  /** The input, or its default when empty. */
  textOrDefault(name: string): string {
    return this.text(name) ?? this.defaultOf(name)
  }

  bool(name: string): boolean {
    const fallback = this.defaultOf(name) === 'true'
    const value = this.text(name)
    if (value === undefined) return fallback
    if (['true', 'True', 'TRUE'].includes(value)) return true
    if (['false', 'False', 'FALSE'].includes(value)) return false
    this.fail(name, `must be true or false; got '${value}'`)
    return fallback
  }

  /**
   * A positive number of at most `max`. Never Infinity nor past the range its timers take: Node
   * fires a delay over 2^31 - 1 ms after 1 ms.
   */
  positiveNumber(name: string, unit: string, max: number): number {
    const fallback = Number(this.defaultOf(name))
    const value = this.text(name)
    if (value === undefined) return fallback
    const number = decimal(value)
    if (!(number > 0 && number <= max)) {
      this.fail(
        name,
        `must be a positive number of ${unit}, at most ${max} (decimals allowed), e.g. ${fallback}; got '${cap(value, 40)}'`
      )
      return fallback
    }
    return number
  }

  /** A whole number from `min` to `max`. */
  wholeNumber(name: string, unit: string, [min, max]: [number, number]): number {
    const fallback = Number(this.defaultOf(name))
    const value = this.text(name)
    if (value === undefined) return fallback
    const number = decimal(value)
    if (!(Number.isInteger(number) && number >= min && number <= max)) {
      this.fail(
        name,
        `must be a whole number of ${unit} from ${min} to ${max}; got '${cap(value, 40)}'`
      )
      return fallback
    }
    return number
  }

  choice<T extends string>(name: string, choices: readonly T[]): T {
    const value = this.textOrDefault(name)
    if ((choices as readonly string[]).includes(value)) return value as T
    this.fail(name, `must be one of ${choices.join(', ')}; got '${value}'`)
    return this.defaultOf(name) as T
  }

  pattern(name: string, pattern: RegExp, valid: string): string | undefined {
    const value = this.text(name)
    if (value === undefined || pattern.test(value)) return value
    return this.fail(name, `must be ${valid}; got '${value}'`)
  }

  arn(name: string, kind: ResourceKind): string | undefined {
    const value = this.text(name)
    if (value === undefined) return undefined
    const problem = arnProblem(value, kind)
    return problem ? this.fail(name, `${problem}; got '${value}'`) : value
  }

  yaml(name: string, expected: string): Document | undefined {
    const value = this.text(name)
    if (value === undefined) return undefined
    // failsafe keeps every scalar a string: tag values like 1.10 or 'true' stay as written.
    const doc = yaml().parseDocument(value, { schema: 'failsafe' })
    const error = doc.errors[0]
    if (error) {
      const where = error.linePos
        ? ` (line ${error.linePos[0].line}, column ${error.linePos[0].col})`
        : ''
      const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
      return this.fail(name, `is not valid YAML or JSON${where}: ${reason}. Expected ${expected}`)
    }
    return doc
  }
}

/** Digits with an optional decimal point, nothing else (no sign, exponent, Infinity or hex). */
function decimal(value: string): number {
  return /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/.test(value) ? Number(value) : NaN
}
