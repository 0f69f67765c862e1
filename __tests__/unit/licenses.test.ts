// dist/licenses.txt: the notices of the third-party code bundled into dist/, which their licenses
// ask to travel with it. Every runtime dependency is in the bundle, so each must be named, at the
// installed version, with a license text.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { ROOT } from '../support/harness.js'

const notices = (): string => readFileSync(join(ROOT, 'dist', 'licenses.txt'), 'utf8')
const dependencies = Object.keys(
  (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
  ).dependencies
)
const installed = (name: string): string =>
  (
    JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string
    }
  ).version

/** The entries of the file, by their `name@version` line. */
function entries(): Map<string, string> {
  const found = new Map<string, string>()
  for (const entry of notices().split(/\n(?=(?:@[^\s/]+\/)?[^\s@/]+@\d[^\s]*\n)/)) {
    const [head, ...body] = entry.split('\n')
    found.set(head, body.join('\n'))
  }
  return found
}

describe('dist/licenses.txt', () => {
  test.each(dependencies)('names %s at its installed version, with its license text', name => {
    const body = entries().get(`${name}@${installed(name)}`)
    expect(body).toBeDefined()
    expect(body).toMatch(/^\S+\n[\s\S]*(licen[cs]e|copyright)/i)
  })

  test('covers the packages ncc concatenates into one module (its own list missed them)', () => {
    for (const name of ['@actions/core', '@aws-sdk/client-imagebuilder', '@smithy/core'])
      expect([...entries().keys()].some(key => key.startsWith(`${name}@`))).toBe(true)
  })

  test('every entry carries a license text, even for a package that ships no license file', () => {
    for (const [key, body] of entries()) {
      expect([key, body.split('\n').length > 2]).toEqual([key, true])
      expect(body).not.toContain('(the package ships no license file)')
    }
  })
})
