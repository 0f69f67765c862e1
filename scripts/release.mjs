// npm run release -- X.Y.Z: makes the release commit and tags in this clone, and prints how to
// push them. It never pushes. It refuses, saying why, unless:
// - X.Y.Z is a version (no prerelease: vX would move to it) above the last vX.Y.Z tag;
// - the work tree is clean and HEAD is on a branch;
// - dist/ is the bundle of the source: `npm run bundle` leaves it unchanged, dist/licenses.txt too;
// - `npm test` passes on this commit. The command runs it itself, on the clean tree it is about to
//   tag, rather than trust a marker a developer could have left from another tree.
// Then: the version in package.json (and package-lock.json), the CHANGELOG's Unreleased section
// under `## [X.Y.Z] - <today, UTC>`, the commit "Release X.Y.Z", the annotated tag vX.Y.Z, and the
// major tag vX moved to it. vX is lightweight: a moving pointer to the commit, not a release of
// its own; the annotated vX.Y.Z carries the record, and `git describe` keeps naming vX.Y.Z.
//
// RELEASE_BUNDLE_COMMAND and RELEASE_TEST_COMMAND replace `npm run bundle` and `npm test` (the
// test of this script runs it in a throwaway repository, where the real suite does not exist).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dateUnreleased } from './changelog.mjs'

const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/

class Refusal extends Error {}

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim()

/** Runs a shell command with its output shown; false when it fails. */
const runs = command => spawnSync(command, { shell: true, stdio: 'inherit' }).status === 0

/** The version's three numbers, for comparison. */
const numbers = version => VERSION.exec(version).slice(1).map(Number)

function above(a, b) {
  const [x, y] = [numbers(a), numbers(b)]
  const i = x.findIndex((n, k) => n !== y[k])
  return i >= 0 && x[i] > y[i]
}

/** The highest vX.Y.Z tag, without its v, or undefined before the first release. */
function lastRelease() {
  const versions = git('tag', '--list', 'v*.*.*')
    .split('\n')
    .map(tag => tag.slice(1))
    .filter(v => VERSION.test(v))
  return versions.reduce((top, v) => (top === undefined || above(v, top) ? v : top), undefined)
}

function checkVersion(version) {
  if (!version || !VERSION.test(version))
    throw new Refusal(
      `"${version ?? ''}" is not a version: give three numbers X.Y.Z, without a v, leading zeros or a prerelease suffix (npm run release -- 1.2.0).`
    )
  const last = lastRelease()
  if (last !== undefined && !above(version, last))
    throw new Refusal(`${version} is not above the last release, v${last}: give a higher version.`)
}

/** Every tracked or untracked change in the tree, as git status prints them; empty when clean. */
const changes = (...paths) => git('status', '--porcelain', '--untracked-files=all', '--', ...paths)

function checkTree() {
  const dirty = changes()
  if (dirty) throw new Refusal(`the work tree is not clean; commit or stash first:\n${dirty}`)
  const branch = spawnSync('git', ['symbolic-ref', '--short', '-q', 'HEAD'], { encoding: 'utf8' })
  if (branch.status !== 0)
    throw new Refusal('HEAD is detached: check out the branch to release from.')
  return branch.stdout.trim()
}

function checkBundle() {
  if (!runs(process.env.RELEASE_BUNDLE_COMMAND || 'npm run bundle'))
    throw new Refusal('npm run bundle failed.')
  if (!existsSync('dist/licenses.txt'))
    throw new Refusal(
      'dist/licenses.txt is missing after bundling: the bundle must carry the notices.'
    )
  const stale = changes('dist')
  if (stale)
    throw new Refusal(
      `dist/ is not the bundle of the source: commit what npm run bundle wrote (git add dist), then release.\n${stale}`
    )
}

function checkTests() {
  if (!runs(process.env.RELEASE_TEST_COMMAND || 'npm test'))
    throw new Refusal(
      `npm test failed on ${git('rev-parse', '--short', 'HEAD')}: nothing to release.`
    )
  const left = changes()
  if (left) throw new Refusal(`npm test changed the work tree; it must not:\n${left}`)
}

function writeJson(file, update) {
  const data = JSON.parse(readFileSync(file, 'utf8'))
  update(data)
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`)
}

function release(version, branch) {
  const changelog = datedChangelog(version, new Date().toISOString().slice(0, 10))
  writeJson('package.json', p => (p.version = version))
  const files = ['package.json', 'CHANGELOG.md']
  if (existsSync('package-lock.json')) {
    writeJson('package-lock.json', lock => {
      lock.version = version
      if (lock.packages?.['']) lock.packages[''].version = version
    })
    files.push('package-lock.json')
  }
  writeFileSync('CHANGELOG.md', changelog)
  git('add', '--', ...files)
  git('commit', '--quiet', '-m', `Release ${version}`)
  const [tag, major] = [`v${version}`, `v${numbers(version)[0]}`]
  git('tag', '--annotate', tag, '-m', tag)
  git('tag', '--force', major, `${tag}^{commit}`)
  console.log(
    `\nReleased ${tag} on ${branch} (commit ${git('rev-parse', '--short', 'HEAD')}); ${major} moved to it.`
  )
  console.log(
    'Nothing is pushed. To publish, push the commit and the tag, then move the major tag:\n'
  )
  console.log(`  git push origin ${branch} ${tag}`)
  console.log(`  git push -f origin ${major}\n`)
  console.log(
    `The release workflow then checks ${tag} and creates its GitHub release from CHANGELOG.md.`
  )
}

/** The CHANGELOG with its Unreleased entries dated; a refusal when it has none to date. */
function datedChangelog(version, date) {
  if (!existsSync('CHANGELOG.md'))
    throw new Refusal('there is no CHANGELOG.md to take the notes from.')
  try {
    return dateUnreleased(readFileSync('CHANGELOG.md', 'utf8'), version, date)
  } catch (error) {
    throw new Refusal(error.message)
  }
}

try {
  const version = process.argv[2]
  checkVersion(version)
  const branch = checkTree()
  // Checked before the slow steps, so that an empty Unreleased section fails at once.
  datedChangelog(version, '')
  checkBundle()
  checkTests()
  release(version, branch)
} catch (error) {
  if (!(error instanceof Refusal)) throw error
  console.error(`release: ${error.message}`)
  process.exit(1)
}
