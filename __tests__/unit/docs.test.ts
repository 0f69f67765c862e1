// The README is the reference users read: every input and output in action.yml must be in it,
// and nothing that is not. The code's own defaults must agree with action.yml's.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@jest/globals'
import { INPUT_DEFAULTS } from '../../src/inputs.js'
import { ROOT, manifest } from '../support/harness.js'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

/** Names in the first column of the table under a `## heading`. */
function tableNames(heading: string): string[] {
  const section = readme.split(/^## /m).find(s => s.startsWith(`${heading}\n`)) ?? ''
  return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map(m => m[1])
}

test('the README documents every input in action.yml, and no other', () => {
  expect(tableNames('Inputs').sort()).toEqual(Object.keys(manifest.inputs).sort())
})

test('the README documents every output in action.yml, and no other', () => {
  expect(tableNames('Outputs').sort()).toEqual(Object.keys(manifest.outputs).sort())
})

test('every input has a description and a default', () => {
  for (const [name, spec] of Object.entries(manifest.inputs) as Array<
    [string, { description?: string; default?: string }]
  >) {
    expect({ name, described: Boolean(spec.description?.trim()) }).toEqual({
      name,
      described: true
    })
    expect({ name, hasDefault: typeof spec.default === 'string' }).toEqual({
      name,
      hasDefault: true
    })
  }
})

test("the code's defaults are action.yml's", () => {
  const declared = Object.fromEntries(
    Object.entries(manifest.inputs as Record<string, { default?: string }>)
      .filter(([, spec]) => spec.default)
      .map(([name, spec]) => [name, spec.default])
  )
  expect(INPUT_DEFAULTS).toEqual(declared)
})
