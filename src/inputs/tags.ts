// Tags as the API model has them: TagKey ^(?!aws:)[a-zA-Z0-9\s_.:/=+\-@]*$ of 1 to 128
// characters, TagValue of at most 256, and a TagMap of 1 to 50 entries. One check for the tags a
// user gives and for the ones read from the service (a pipeline's image tags) before they are sent.

/** The most tags a request may carry. */
export const TAG_LIMIT = 50

// The model's \s is Java's: these six ASCII characters. JavaScript's \s would let Unicode spaces
// through, as \p{L} let any letter through before.
const TAG_KEY = /^[a-zA-Z0-9 \t\n\v\f\r_.:/=+\-@]{1,128}$/

/** Why the service would refuse this tag, or undefined when it would take it. */
export function tagProblem(key: string, value: string): string | undefined {
  if (key.length < 1 || key.length > 128) return `key '${key}' must be 1 to 128 characters`
  // The model's pattern is case-sensitive, but AWS reserves the prefix in any case.
  if (key.toLowerCase().startsWith('aws:'))
    return `key '${key}' must not start with 'aws:' (reserved by AWS)`
  if (!TAG_KEY.test(key))
    return `key '${key}' may hold only letters (A-Z, a-z), digits, spaces and _ . : / = + - @, all ASCII`
  if (value.length > 256) return `value of '${key}' must be at most 256 characters`
  return undefined
}
