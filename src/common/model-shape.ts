// A shape of the service model as the model's facts carry it, and its patterns as JavaScript
// regular expressions: one reading of the model for the action (publish's file checks) and the
// emulator (its check of every request and answer).

export interface ModelShape {
  type: string
  members?: Record<string, string>
  required?: string[]
  member?: string
  key?: string
  value?: string
  pattern?: string
  min?: number
  max?: number
  enum?: string[]
}

const compiled = new Map<string, RegExp>()

/**
 * A model pattern as a JavaScript RegExp. The models' patterns are Java's: there `\s` is ASCII
 * whitespace only, where JavaScript's also takes Unicode spaces, so it is spelled out. Patterns
 * are not anchored unless they say so (Smithy's rule), which RegExp.test already follows.
 */
export function modelPattern(pattern: string): RegExp {
  let regexp = compiled.get(pattern)
  if (!regexp) {
    let source = ''
    let inClass = false
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i]
      if (c === '\\') {
        const next = pattern[++i]
        if (next === 's') source += inClass ? ' \\t\\n\\x0B\\f\\r' : '[ \\t\\n\\x0B\\f\\r]'
        else source += c + next
        continue
      }
      if (c === '[') inClass = true
      else if (c === ']') inClass = false
      source += c
    }
    regexp = new RegExp(source, 'u')
    compiled.set(pattern, regexp)
  }
  return regexp
}
