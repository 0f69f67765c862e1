// Writes emulator/model/facts.json: what the service models say about the operations this project
// uses, so that tests can check every request and answer against the model without the model
// itself (it lives outside the repository, in ../shared/reference/models).
//
//   node scripts/model-facts.mjs <imagebuilder-2019-12-02.json.gz> [<logs-2014-03-28.json.gz>]
//     [--out <file>] [--shapes-out <file>]
//
// It also writes src/publish/request-shapes.ts: the request shapes the action checks a
// repository's recipe file against before any call (src/ must not import the emulator).
//
// The operations are the Image Builder ones the emulator routes (emulator/imagebuilder/routes.ts)
// and whatever src/ sends (`…Command`, `paginate…`), found in either model. Each shape reachable
// from their inputs and outputs is kept with only what a check needs: type, members, required,
// pattern, min/max and enum. Documentation is left out; the model stays the place to read it.
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gunzipSync } from 'node:zlib'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const FACTS_FILE = join(ROOT, 'emulator', 'model', 'facts.json')
export const SHAPES_FILE = join(ROOT, 'src', 'publish', 'request-shapes.ts')
/** The requests whose members publish reads from a file of the repository. */
const CHECKED_REQUESTS = [
  'CreateImageRecipeRequest',
  'CreateContainerRecipeRequest',
  'CreateImagePipelineRequest'
]

/** Operation names the emulator routes and the action sends. */
export function usedOperations(root = ROOT) {
  const names = new Set()
  const routes = readFileSync(join(root, 'emulator', 'imagebuilder', 'routes.ts'), 'utf8')
  for (const m of routes.matchAll(/'(?:GET|PUT|POST|DELETE) \/(\w+)'/g)) names.add(m[1])
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/\b(\w+)Command\b|\bpaginate(\w+)\b/g)) names.add(m[1] ?? m[2])
  }
  return names
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

const PROTOCOLS = { 'rest-json': 'restJson1', json: 'awsJson1_1' }

/** The facts about `names` in one parsed model: its operations and the shapes they reach. */
function serviceFacts(model, names) {
  const operations = {}
  const shapes = reachable(model, [])
  for (const name of [...names].filter(n => model.operations[n]).sort()) {
    const op = model.operations[name]
    operations[name] = { method: op.http.method, path: op.http.requestUri }
    for (const side of ['input', 'output']) {
      if (!op[side]) continue
      operations[name][side] = op[side].shape
      Object.assign(shapes, reachable(model, [op[side].shape], shapes))
    }
  }
  return {
    uid: model.metadata.uid,
    protocol: PROTOCOLS[model.metadata.protocol] ?? model.metadata.protocol,
    ...(model.metadata.targetPrefix ? { targetPrefix: model.metadata.targetPrefix } : {}),
    operations,
    shapes
  }
}

/** The shapes `roots` reach, with what a check needs; those in `known` are not visited again. */
function reachable(model, roots, known = {}) {
  const shapes = {}
  const keep = name => {
    if (shapes[name] || known[name]) return
    const shape = model.shapes[name]
    const fact = { type: shape.type }
    shapes[name] = fact
    for (const key of ['pattern', 'min', 'max', 'enum', 'required']) {
      if (shape[key] !== undefined) fact[key] = shape[key]
    }
    if (shape.members) {
      fact.members = {}
      for (const [member, ref] of Object.entries(shape.members)) {
        fact.members[member] = ref.shape
        keep(ref.shape)
        if (ref.location) {
          fact.locations ??= {}
          fact.locations[member] = { in: ref.location, name: ref.locationName ?? member }
        }
        if (ref.idempotencyToken) (fact.idempotencyTokens ??= []).push(member)
      }
    }
    for (const part of ['member', 'key', 'value']) {
      if (!shape[part]) continue
      fact[part] = shape[part].shape
      keep(shape[part].shape)
    }
  }
  for (const root of roots) keep(root)
  return shapes
}

/** Objects with their keys sorted, all the way down; arrays keep the model's order. */
function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map(key => [key, sorted(value[key])])
  )
}

function readModel(file) {
  const text = gunzipSync(readFileSync(file)).toString('utf8')
  return { model: JSON.parse(text), sha256: createHash('sha256').update(text).digest('hex') }
}

/** The facts file's text, formatted as prettier formats it. */
export async function factsText(imagebuilderModel, logsModel, root = ROOT) {
  const names = usedOperations(root)
  const services = {}
  for (const [key, file] of [
    ['imagebuilder', imagebuilderModel],
    ['logs', logsModel]
  ]) {
    const { model, sha256 } = readModel(file)
    services[key] = { ...serviceFacts(model, names), sha256 }
  }
  return jsonText({ comment: COMMENT, services }, FACTS_FILE)
}

/**
 * The request shapes publish checks a recipe file against, and every shape they reach, as a
 * TypeScript module of one line a shape (the bundle takes it like any source file).
 */
export function requestShapesText(imagebuilderModel) {
  const { model, sha256 } = readModel(imagebuilderModel)
  // What the checks of a file need: not how the members travel.
  const shapes = sorted(
    Object.fromEntries(
      Object.entries(reachable(model, CHECKED_REQUESTS)).map(([name, shape]) => {
        const { locations: _in, idempotencyTokens: _tokens, ...rest } = shape
        return [name, rest]
      })
    )
  )
  return [
    `// ${COMMENT}`,
    `// Model sha256 ${sha256}.`,
    '// The Create requests of the recipes and pipelines publish reads from files, and every shape they reach.',
    "import type { ModelShape } from '../common/index.js'",
    '',
    '// prettier-ignore',
    'export const REQUEST_SHAPES: Record<string, ModelShape> = {',
    ...Object.entries(shapes).map(([name, shape]) => `  ${name}: ${JSON.stringify(shape)},`),
    '}',
    ''
  ].join('\n')
}

const COMMENT = 'Generated by scripts/model-facts.mjs from the service models: do not edit.'

/** Keys sorted, formatted as prettier formats the file. */
async function jsonText(value, file) {
  const text = JSON.stringify(sorted(value), null, 2)
  const prettier = await import('prettier')
  const options = (await prettier.resolveConfig(file)) ?? {}
  return prettier.format(text, { ...options, parser: 'json' })
}

async function main(args) {
  const option = (name, fallback) => {
    const at = args.indexOf(name)
    if (at < 0) return fallback
    const [value] = args.splice(at, 2).slice(1)
    return value
  }
  const out = option('--out', FACTS_FILE)
  const shapesOut = option('--shapes-out', SHAPES_FILE)
  const files = args
  const [imagebuilderModel, logsModel = join(dirname(files[0] ?? '.'), 'logs-2014-03-28.json.gz')] =
    files
  if (!imagebuilderModel) {
    console.error('usage: model-facts <imagebuilder model .json.gz> [<logs model .json.gz>]')
    process.exit(2)
  }
  writeFileSync(out, await factsText(imagebuilderModel, logsModel))
  console.log(`wrote ${out}`)
  writeFileSync(shapesOut, requestShapesText(imagebuilderModel))
  console.log(`wrote ${shapesOut}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2))
