// npm run bench: cold start and memory. The floor and the action start in the same clean
// environment (the runner's, as the harness gives it): an inherited NODE_EXTRA_CA_CERTS alone
// adds about 90 ms to any Node start. Peak RSS is read by a module preloaded with
// NODE_OPTIONS=--import (scripts/rss-probe.mjs), without touching the bundle.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Emulator } from '../emulator/index.js'
import { ROOT, runAction, type RunOptions } from '../__tests__/support/harness.js'

const probeDir = mkdtempSync(join(tmpdir(), 'bench-rss-'))
let probes = 0

/** The Node binaries to measure: this one, and Node 24 where BENCH_NODE_24 names one. */
export function nodes(): Array<{ label: string; path: string }> {
  const other = process.env.BENCH_NODE_24
  const list = [{ label: `Node ${process.versions.node.split('.')[0]}`, path: process.execPath }]
  if (other && existsSync(other)) list.push({ label: 'Node 24', path: other })
  return list
}

/** Spawn to first request of a bare node process making one HTTP request, in a clean env. */
export async function floorRun(emulator: Emulator, node = process.execPath): Promise<number> {
  const before = emulator.requests.length
  const code = `require('http').get(${JSON.stringify(`${emulator.url}/GetImage?imageBuildVersionArn=floor`)}, r => r.resume())`
  const spawnedAt = Date.now()
  await new Promise(resolve =>
    spawn(node, ['-e', code], { stdio: 'ignore', env: { PATH: process.env.PATH } }).on(
      'close',
      resolve
    )
  )
  return emulator.requests[before].at - spawnedAt
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
