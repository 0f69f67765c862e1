// What the committed bundle loads at start. A run's first request waits for every module of the
// entry file, so what only a rare path needs must stay in the chunks that load on first use
// (BENCHMARKS.md, cold start). The time itself is the bench's; this keeps the shape from sliding
// back. Each marker is a class the minifier keeps by name, and is checked to be in some chunk.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { ROOT } from '../support/harness.js'

const entryOf = (step: string): string => readFileSync(join(ROOT, 'dist', step, 'index.js'), 'utf8')
const chunksOf = (step: string): string[] =>
  readdirSync(join(ROOT, 'dist', step))
    .filter(name => /^\d+\.index\.js$/.test(name))
    .map(name => readFileSync(join(ROOT, 'dist', step, name), 'utf8'))

describe('dist/', () => {
  test.each([
    ['yaml, needed only for an input that holds YAML', 'class YAMLMap'],
    ['the proxy agents, needed only when a proxy applies', 'class HttpsProxyAgent'],
    ["undici, needed only for role-to-assume's OIDC token", 'class Dispatcher'],
    ['the STS client, needed only for role-to-assume', 'class STSClient'],
    ['the CloudWatch Logs client, needed only for the build log', 'class CloudWatchLogsClient'],
    ['publish, needed only in its own mode', 'function runPublish']
  ])('the main step starts without %s', (_what, marker) => {
    expect(entryOf('main')).not.toContain(marker)
    expect(chunksOf('main').some(chunk => chunk.includes(marker))).toBe(true)
  })

  test('the post step loads no AWS client to find that there is nothing to clean up', () => {
    expect(entryOf('post')).not.toContain('class ImagebuilderClient')
    expect(chunksOf('post').some(chunk => chunk.includes('class ImagebuilderClient'))).toBe(true)
  })

  test("no Octokit: the action reads only @actions/github's context", () => {
    for (const step of ['main', 'post'])
      for (const file of [entryOf(step), ...chunksOf(step)]) expect(file).not.toContain('Octokit')
  })
})
