// scripts/check-dist.sh, which .ci/run, check-dist.yml and release.yml run: in a throwaway
// repository, with `npm run bundle` replaced by a command that leaves dist/ as each case needs.
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { ROOT } from '../support/harness.js'

let repo: string
const git = (...args: string[]): string =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8' })

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'check-dist-'))
  for (const dir of ['scripts', 'dist', 'bin']) mkdirSync(join(repo, dir))
  copyFileSync(join(ROOT, 'scripts/check-dist.sh'), join(repo, 'scripts/check-dist.sh'))
  // The stand-in for npm runs BUNDLE (the case's change to dist/) instead of bundling.
  writeFileSync(join(repo, 'bin/npm'), '#!/bin/sh\n[ -z "$BUNDLE" ] || sh -c "$BUNDLE"\n')
  chmodSync(join(repo, 'bin/npm'), 0o755)
  writeFileSync(join(repo, 'dist/index.js'), 'bundle\n')
  writeFileSync(join(repo, 'dist/licenses.txt'), 'yaml@2.9.1\nISC\n')
  git('init', '--quiet')
  git('add', 'scripts', 'dist')
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'dist')
})

function check(bundle: string): { status: number | null; stderr: string } {
  const run = spawnSync('bash', ['scripts/check-dist.sh'], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      BUNDLE: bundle,
      PATH: `${join(repo, 'bin')}${delimiter}${process.env.PATH}`
    }
  })
  return { status: run.status, stderr: run.stderr }
}

describe('check-dist', () => {
  it('passes when bundling leaves dist/ as committed', () => {
    expect(check('')).toEqual({ status: 0, stderr: '' })
  })

  it.each([
    ['missing', 'rm dist/licenses.txt', 'npm run bundle wrote no dist/licenses.txt'],
    [
      'stale',
      'echo other > dist/licenses.txt',
      "dist/licenses.txt is stale (the bundled packages or their versions changed):\nrun 'npm run bundle' and commit dist/licenses.txt."
    ],
    [
      'not committed',
      'git rm --quiet --cached dist/licenses.txt',
      'dist/licenses.txt is not committed'
    ],
    [
      'fine, but the bundle is stale',
      'echo other > dist/index.js',
      'dist/ does not match the source'
    ]
  ])('fails, saying so, when the license notices are %s', (_what, bundle, message) => {
    const { status, stderr } = check(bundle)
    expect(status).toBe(1)
    expect(stderr).toContain(message)
  })
})
