// Fails when package-lock.json has an entry npm cannot install from: no version (npm ci then
// stops with "Invalid Version:"), no integrity hash, or a dependency that no entry provides (npm ci
// then says the lock file is out of sync; some npm versions write such files when they drop
// another platform's optional packages). Runs before `npm ci` in .ci/run, so it may use nothing
// but Node itself.
//
// `resolved` is not required: this project's npm config sets omit-lockfile-registry-resolved, so
// npm fetches each package from whatever registry the machine is set to and checks it against
// the integrity hash, which pins the bytes.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/** Every problem in a parsed lock file, one line each, naming the entry. */
export function lockProblems(lock) {
  const problems = []
  if (lock.lockfileVersion !== 3)
    problems.push(`lockfileVersion is ${lock.lockfileVersion}; expected 3 (npm 9 or later)`)
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    // The root project and workspace links carry no version of their own.
    if (path === '' || entry.link) continue
    const missing = ['version', 'integrity'].filter(field => !entry[field])
    if (missing.length > 0) problems.push(`${path}: no ${missing.join(', no ')}`)
  }
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (entry.link) continue
    // Only the project's own dev dependencies are installed, never those of its dependencies.
    const names = Object.keys({
      ...entry.dependencies,
      ...entry.optionalDependencies,
      ...(path === '' ? entry.devDependencies : {})
    })
    for (const name of names) {
      if (!resolves(lock.packages, path, name))
        problems.push(`${path || 'the project'}: depends on ${name}, which no entry provides`)
    }
  }
  return problems
}

/** Node's lookup: node_modules/NAME beside `path`, then in each folder above it. */
function resolves(packages, path, name) {
  for (let base = path; ;) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true
    if (base === '') return false
    const up = base.lastIndexOf('/node_modules/')
    base = up < 0 ? '' : base.slice(0, up)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2] ?? 'package-lock.json'
  const problems = lockProblems(JSON.parse(readFileSync(file, 'utf8')))
  if (problems.length > 0) {
    console.error(`${file} cannot be installed with npm ci (${problems.length} problems):`)
    for (const problem of problems) console.error(`  ${problem}`)
    console.error("Regenerate it with 'npm run lock' and commit the result.")
    process.exit(1)
  }
  console.log(
    `${file}: every entry has a version and an integrity hash, and every dependency an entry.`
  )
}
