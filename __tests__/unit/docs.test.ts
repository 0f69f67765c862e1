// The input catalogue (src/inputs/spec.ts) is the one source: action.yml must declare exactly its
// inputs, in its order, with its defaults and descriptions, and the README must document every
// one of them, with the same default. Outputs: action.yml and the README list the same ones.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@jest/globals'
import { INPUTS, INPUT_NAMES } from '../../src/inputs/index.js'
import { ROOT, manifest } from '../support/harness.js'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

/** The rows of the table under a `## heading`: first column name, second column text. */
function tableRows(heading: string): Array<[string, string]> {
  const section = readme.split(/^## /m).find(s => s.startsWith(`${heading}\n`)) ?? ''
  return [...section.matchAll(/^\| `([a-z-]+)` \|([^|]*)\|/gm)].map(m => [m[1], m[2].trim()])
}

const declared = manifest.inputs as Record<string, { description?: string; default?: string }>

test('action.yml declares exactly the inputs of the catalogue, in its order', () => {
  expect(Object.keys(declared)).toEqual(INPUT_NAMES)
})

test.each(INPUT_NAMES)("action.yml's %s has the catalogue's default and description", name => {
  const spec = INPUTS[name]
  expect({ name, default: declared[name]?.default }).toEqual({ name, default: spec.default })
  const normalize = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim()
  expect(normalize(declared[name]?.description)).toBe(normalize(spec.description))
})

test('the README documents every input of the catalogue, and no other', () => {
  expect(tableRows('Inputs').map(([name]) => name)).toEqual(INPUT_NAMES)
})

test("the README's defaults are the catalogue's", () => {
  for (const [name, cell] of tableRows('Inputs')) {
    const spec = INPUTS[name as keyof typeof INPUTS]
    // These defaults are sentences: where the value comes from when not given.
    if (name === 'region' || name === 'client-token') continue
    expect({ name, default: cell }).toEqual({
      name,
      default: spec.default ? `\`${spec.default}\`` : ''
    })
  }
})

test('the README documents every output in action.yml, and no other', () => {
  expect(
    tableRows('Outputs')
      .map(([name]) => name)
      .sort()
  ).toEqual(Object.keys(manifest.outputs).sort())
})
