// `npm run release -- X.Y.Z` (scripts/release.mjs) in a throwaway git repository, with the bundle
// and test commands stubbed, and the changelog section the release workflow takes as notes.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { ROOT } from '../support/harness.js'

const CHANGELOG = `# Changelog

All notable changes to this project are documented in this file.

## [Unreleased]

### Added

- Builds images.
`

let repo: string

const git = (...args: string[]): string =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()

function write(file: string, text: string): void {
  mkdirSync(join(repo, file, '..'), { recursive: true })
  writeFileSync(join(repo, file), text)
}

const json = (
  file: string
): Record<string, unknown> & { packages: Record<string, { version: string }> } =>
  JSON.parse(readFileSync(join(repo, file), 'utf8'))

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs the release command in the repository; bundle and tests pass unless replaced. */
function release(version: string, env: Record<string, string> = {}): Run {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/release.mjs'), version], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, RELEASE_BUNDLE_COMMAND: 'true', RELEASE_TEST_COMMAND: 'true', ...env }
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

function notes(version: string): Run {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/changelog.mjs'), 'notes', version], {
    cwd: repo,
    encoding: 'utf8'
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'release-'))
  git('init', '--quiet', '--initial-branch=main')
  for (const [key, value] of [
    ['user.name', 'Release Test'],
    ['user.email', 'release@example.com'],
    ['commit.gpgsign', 'false'],
    ['tag.gpgsign', 'false']
  ])
    git('config', key, value)
  write('package.json', `${JSON.stringify({ name: 'demo-action', version: '0.1.0' }, null, 2)}\n`)
  const lock = {
    name: 'demo-action',
    version: '0.1.0',
    lockfileVersion: 3,
    packages: { '': { name: 'demo-action', version: '0.1.0' } }
  }
  write('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`)
  write('CHANGELOG.md', CHANGELOG)
  write('dist/main/index.js', 'console.log("bundle")\n')
  write('dist/licenses.txt', 'yaml@2.9.1\nISC\n')
  git('add', '.')
  git('commit', '--quiet', '-m', 'The action')
})

describe('npm run release', () => {
  it('dates the changelog, sets the version, commits, tags vX.Y.Z and moves vX, and pushes nothing', () => {
    const before = git('rev-parse', 'HEAD')
    const run = release('1.0.0')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const today = new Date().toISOString().slice(0, 10)

    expect(git('log', '-1', '--format=%s')).toBe('Release 1.0.0')
    expect(git('rev-parse', 'HEAD~1')).toBe(before)
    expect(git('status', '--porcelain')).toBe('')
    expect(json('package.json').version).toBe('1.0.0')
    expect(json('package-lock.json').version).toBe('1.0.0')
    expect(json('package-lock.json').packages[''].version).toBe('1.0.0')
    const changelog = readFileSync(join(repo, 'CHANGELOG.md'), 'utf8')
    expect(changelog).toContain(
      `## [Unreleased]\n\n## [1.0.0] - ${today}\n\n### Added\n\n- Builds images.\n`
    )

    expect(git('cat-file', '-t', 'v1.0.0')).toBe('tag')
    expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(git('rev-parse', 'HEAD'))
    expect(git('cat-file', '-t', 'v1')).toBe('commit')
    expect(git('rev-parse', 'v1')).toBe(git('rev-parse', 'HEAD'))

    expect(run.stdout).toContain('  git push origin main v1.0.0\n')
    expect(run.stdout).toContain('  git push -f origin v1\n')
    expect(git('remote')).toBe('')

    expect(notes('1.0.0').stdout).toBe('### Added\n\n- Builds images.\n')
  })

  it('moves vX to the next release of the same major', () => {
    expect(release('1.0.0').status).toBe(0)
    write(
      'CHANGELOG.md',
      readFileSync(join(repo, 'CHANGELOG.md'), 'utf8').replace(
        '## [Unreleased]\n',
        '## [Unreleased]\n\n### Fixed\n\n- A fix.\n'
      )
    )
    git('commit', '--quiet', '-am', 'A fix')
    const run = release('1.0.1')
    expect(run.status).toBe(0)
    expect(git('rev-parse', 'v1')).toBe(git('rev-parse', 'HEAD'))
    expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(git('rev-parse', 'HEAD~2'))
    expect(notes('1.0.1').stdout).toBe('### Fixed\n\n- A fix.\n')
    expect(notes('1.0.0').stdout).toBe('### Added\n\n- Builds images.\n')
  })

  const commitEmptyChangelog = (): void => {
    write('CHANGELOG.md', '# Changelog\n\n## [Unreleased]\n')
    git('commit', '--quiet', '-am', 'No entries')
  }
  const refusals: [
    string,
    () => void,
    { version: string; env?: Record<string, string> },
    string
  ][] = [
    [
      'a dirty tree',
      () => write('src.ts', 'x\n'),
      { version: '1.0.0' },
      'the work tree is not clean'
    ],
    [
      'a stale dist/',
      () => undefined,
      { version: '1.0.0', env: { RELEASE_BUNDLE_COMMAND: 'echo changed > dist/main/index.js' } },
      'dist/ is not the bundle of the source'
    ],
    [
      'a bundle without its license notices',
      () => undefined,
      { version: '1.0.0', env: { RELEASE_BUNDLE_COMMAND: 'rm dist/licenses.txt' } },
      'dist/licenses.txt is missing'
    ],
    [
      'a commit whose tests fail',
      () => undefined,
      { version: '1.0.0', env: { RELEASE_TEST_COMMAND: 'false' } },
      'npm test failed on'
    ],
    [
      'a version that is not X.Y.Z',
      () => undefined,
      { version: 'v1.0' },
      '"v1.0" is not a version'
    ],
    ['a prerelease', () => undefined, { version: '1.0.0-rc.1' }, '"1.0.0-rc.1" is not a version'],
    [
      'a version not above the last tag',
      () => git('tag', '--annotate', 'v1.2.0', '-m', 'v1.2.0'),
      { version: '1.1.9' },
      '1.1.9 is not above the last release, v1.2.0'
    ],
    [
      'an empty Unreleased section',
      commitEmptyChangelog,
      { version: '1.0.0' },
      "CHANGELOG.md's Unreleased section is empty"
    ]
  ]

  it.each(refusals)(
    'refuses %s, says why, and changes nothing',
    (_what, setup, { version, env }, message) => {
      setup()
      const [head, tags] = [git('rev-parse', 'HEAD'), git('tag')]
      const run = release(version, env)
      expect(run.status).toBe(1)
      expect(run.stderr).toContain(`release: ${message}`)
      expect(git('rev-parse', 'HEAD')).toBe(head)
      expect(git('tag')).toBe(tags)
      expect(json('package.json').version).toBe('0.1.0')
    }
  )

  it('gives no notes for a version the changelog lacks, so the workflow stops', () => {
    const run = notes('9.9.9')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('has no section "## [9.9.9]"')
  })
})
