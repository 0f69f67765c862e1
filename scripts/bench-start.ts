// npm run bench: cold start and memory. The floors and the action start in the same clean
// environment (the runner's, as the harness gives it): an inherited NODE_EXTRA_CA_CERTS alone
// adds about 90 ms to any Node start. Peak RSS is read by a module preloaded with
// NODE_OPTIONS=--import (scripts/rss-probe.mjs), without touching the bundle, in runs of its
// own: the preload adds to the start.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Emulator } from '../emulator/index.js'
import { ROOT, runAction, type RunOptions } from '../__tests__/support/harness.js'

const probeDir = mkdtempSync(join(tmpdir(), 'bench-start-'))
const SDK_FLOOR_ARN = 'arn:aws:imagebuilder:us-east-1:123456789012:image/sdk-floor/1.0.0/1'
let probes = 0

/** The Node binaries to measure: this one, and Node 24 where BENCH_NODE_24 names one. */
export function nodes(): Array<{ label: string; path: string }> {
  const other = process.env.BENCH_NODE_24
  const list = [{ label: `Node ${process.versions.node.split('.')[0]}`, path: process.execPath }]
  if (other && existsSync(other)) list.push({ label: 'Node 24', path: other })
  return list
}

/** The first request the emulator saw for `arn` after `from`: runs go on beside the measured one. */
function firstRequestAt(emulator: Emulator, arn: string, from: number): number {
  const request = emulator.requests.find(
    r => r.at >= from && (r.query.imageBuildVersionArn ?? r.body.imageBuildVersionArn) === arn
  )
  if (!request) throw new Error(`no request for ${arn}`)
  return request.at
}

/** Runs `node -e code` in a clean env; returns when it was spawned and when it exited. */
async function bareNode(
  node: string,
  code: string
): Promise<{ spawnedAt: number; exitedAt: number }> {
  const spawnedAt = Date.now()
  await new Promise(resolve =>
    spawn(node, ['-e', code], { stdio: 'ignore', env: { PATH: process.env.PATH } }).on(
      'close',
      resolve
    )
  )
  return { spawnedAt, exitedAt: Date.now() }
}

/** Spawn to first request of a bare node process making one HTTP request, in a clean env. */
export async function floorRun(emulator: Emulator, node = process.execPath): Promise<number> {
  const url = `${emulator.url}/GetImage?imageBuildVersionArn=floor`
  const { spawnedAt } = await bareNode(
    node,
    `require('http').get(${JSON.stringify(url)}, r => r.resume())`
  )
  return firstRequestAt(emulator, 'floor', spawnedAt) - spawnedAt
}

/** Spawn to exit of a bare node process that does nothing, in a clean env. */
export async function exitFloorRun(node = process.execPath): Promise<number> {
  const { spawnedAt, exitedAt } = await bareNode(node, '0')
  return exitedAt - spawnedAt
}

/**
 * scripts/bench-sdk-floor.ts bundled as lean as it can be, the floor the action's start is judged
 * against: esbuild, the packages' ES module builds (the `module` field and export condition),
 * tree-shaken, minified, an ES module with what loads later split off. (CommonJS in one file
 * started about 5 % later; ncc, as the action is bundled, about 10 %.) Returns its entry file.
 */
export async function buildSdkFloor(): Promise<string> {
  const { build } = await import('esbuild')
  const outdir = join(probeDir, 'sdk-floor')
  await build({
    entryPoints: { index: join(ROOT, 'scripts/bench-sdk-floor.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    mainFields: ['module', 'main'],
    conditions: ['module'],
    treeShaking: true,
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    // The CommonJS modules among the SDK's dependencies require Node's own modules.
    banner: {
      js: "import{createRequire}from'node:module';const require=createRequire(import.meta.url);"
    }
  })
  return join(outdir, 'index.mjs')
}

/** Spawn to first request of the SDK floor, in the environment the harness gives the action. */
export async function sdkFloorRun(
  emulator: Emulator,
  entry: string,
  node: string
): Promise<number> {
  const result = await runAction({ endpoint: emulator.url, node, nodeArgs: [entry] })
  return firstRequestAt(emulator, SDK_FLOOR_ARN, result.spawnedAt) - result.spawnedAt
}

/** Spawn to first request of the action (create-image, wait: false). */
export async function actionRun(emulator: Emulator, options: RunOptions): Promise<number> {
  const result = await runAction(options)
  const arn = result.outputs['image-arn']
  const create = emulator.requests.find(
    r =>
      r.operation === 'CreateImage' &&
      emulator.images.get(arn)?.request.clientToken === r.body.clientToken
  )
  if (!create) throw new Error(`no CreateImage for ${arn}: ${result.stdout.slice(-500)}`)
  return create.at - result.spawnedAt
}

/** Runs the step with the RSS probe preloaded; returns its result and peak RSS in MiB. */
export async function withRss(options: RunOptions) {
  const probe = join(probeDir, `rss-${probes++}`)
  const result = await runAction({
    ...options,
    env: {
      ...options.env,
      NODE_OPTIONS: `--import=${pathToFileURL(join(ROOT, 'scripts/rss-probe.mjs')).href}`,
      RSS_PROBE_FILE: probe
    }
  })
  return { result, rssMiB: Number(readFileSync(probe, 'utf8')) / 1024 }
}
