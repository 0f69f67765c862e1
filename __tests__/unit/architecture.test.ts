// The layout is part of the design: folders by role, imports that point one way, no circle, no
// module reaching into another folder's files, no source file over about 300 lines. These tests
// read the source as text, so a change that breaks a rule fails here with the file named.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { ROOT } from '../support/harness.js'

const SRC = join(ROOT, 'src')
/** Each folder may import the folders listed before it, never those after. */
const LAYERS = [
  'common',
  'aws',
  'inputs',
  'watch',
  'report',
  'modes',
  'publish',
  'lifecycle',
  'job',
  '.'
]
const MAX_LINES = 300

function files(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

interface Import {
  from: string
  to: string
  dynamic: boolean
}

const sources = files(SRC).map(path => relative(SRC, path))

function importsOf(file: string, root = SRC): Import[] {
  const text = readFileSync(join(root, file), 'utf8')
  const found: Import[] = []
  // Type-only imports count: a circle of types is still a circle.
  for (const m of text.matchAll(/^(?:import|export)\b[^;]*?from '(\.[^']+)'/gms))
    found.push({ from: file, to: m[1], dynamic: false })
  for (const m of text.matchAll(/import\('(\.[^']+)'\)/g))
    found.push({ from: file, to: m[1], dynamic: true })
  return found.map(i => ({
    ...i,
    to: relative(root, resolve(dirname(join(root, file)), i.to)).replace(/\.js$/, '.ts')
  }))
}

/** Every circle in these imports, as a path that comes back to where it started. */
function circlesOf(found: Import[], from: string[]): string[] {
  const edges = new Map<string, string[]>()
  for (const i of found) edges.set(i.from, [...(edges.get(i.from) ?? []), i.to])
  const circles: string[] = []
  const state = new Map<string, 'open' | 'done'>()
  const visit = (file: string, path: string[]): void => {
    if (state.get(file) === 'done') return
    if (state.get(file) === 'open') {
      circles.push([...path.slice(path.indexOf(file)), file].join(' -> '))
      return
    }
    state.set(file, 'open')
    for (const next of edges.get(file) ?? []) visit(next, [...path, file])
    state.set(file, 'done')
  }
  for (const file of from) visit(file, [])
  return circles
}

const imports = sources.flatMap(file => importsOf(file))
const folderOf = (file: string): string => (file.includes('/') ? file.split('/')[0] : '.')

describe('src/ layout', () => {
  test('every import names a file that exists', () => {
    expect(imports.filter(i => !sources.includes(i.to))).toEqual([])
  })

  test('folders import only the folders before them', () => {
    const wrong = imports
      .filter(i => LAYERS.indexOf(folderOf(i.to)) > LAYERS.indexOf(folderOf(i.from)))
      .map(i => `${i.from} -> ${i.to}`)
    expect(wrong).toEqual([])
  })

  test('another folder is entered through its index.ts (or a dynamic import, to load it lazily)', () => {
    const reaching = imports
      .filter(i => folderOf(i.from) !== folderOf(i.to) && !i.dynamic)
      .filter(i => !i.to.endsWith('/index.ts'))
      .map(i => `${i.from} -> ${i.to}`)
    expect(reaching).toEqual([])
  })

  test('no import circle, type-only imports included', () => {
    expect(circlesOf(imports, sources)).toEqual([])
  })

  test(`no source file is over ${MAX_LINES} lines`, () => {
    const long = sources
      .map(file => [file, readFileSync(join(SRC, file), 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > MAX_LINES)
    expect(long).toEqual([])
  })

  test('every folder opens with a header that says what lives there and what it may import', () => {
    const folders = [...new Set(sources.map(folderOf))].filter(f => f !== '.')
    const missing = folders.filter(folder => {
      const index = join(SRC, folder, 'index.ts')
      if (!existsSync(index)) return true
      const text = readFileSync(index, 'utf8')
      return !/^\/\/ [a-z]+\/:/.test(text) || !/May import:/.test(text)
    })
    expect(missing).toEqual([])
    expect(folders.sort()).toEqual(LAYERS.filter(l => l !== '.').sort())
  })
})

describe('emulator/ layout', () => {
  const EMULATOR = join(ROOT, 'emulator')
  const parts = files(EMULATOR).map(path => relative(EMULATOR, path))

  test('no import circle: the store knows its records, not the parts that act on it', () => {
    const found = parts.flatMap(file => importsOf(file, EMULATOR))
    expect(circlesOf(found, parts)).toEqual([])
  })
})
