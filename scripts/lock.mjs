// `npm run lock`: rewrites package-lock.json with the npm that runs it, then checks it
// (check-lock.mjs). Any npm from 10 on gives a sound file this way:
// - entries without a version make npm stop with "Invalid Version:" before it can repair
//   anything, so they are dropped first;
// - some npm versions, updating a lock in place, do not put back another platform's optional
//   packages that were dropped; when the result is still not sound, the lock is written anew
//   from package.json (newer versions within the ranges may come in: review the diff).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { lockProblems } from './check-lock.mjs'

const FILE = 'package-lock.json'

// The npm that runs `npm run lock` (npm_execpath), so that `npx npm@10 run lock` uses npm 10.
function npm(args, options) {
  const cli = process.env.npm_execpath
  return cli?.endsWith('.js')
    ? execFileSync(process.execPath, [cli, ...args], options)
    : execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, options)
}

function update() {
  npm(['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], {
    stdio: 'inherit'
  })
  return lockProblems(JSON.parse(readFileSync(FILE, 'utf8')))
}

function dropVersionless() {
  if (!existsSync(FILE)) return
  const lock = JSON.parse(readFileSync(FILE, 'utf8'))
  const broken = Object.keys(lock.packages ?? {}).filter(
    path => path !== '' && !lock.packages[path].link && !lock.packages[path].version
  )
  if (broken.length === 0) return
  for (const path of broken) delete lock.packages[path]
  writeFileSync(FILE, `${JSON.stringify(lock, null, 2)}\n`)
  console.log(`Dropped ${broken.length} entries without a version.`)
}

const version = npm(['--version']).toString().trim()
dropVersionless()
let problems = update()
if (problems.length > 0) {
  console.log(`npm ${version} left ${problems.length} problems updating in place; writing it anew.`)
  rmSync(FILE)
  problems = update()
}
if (problems.length > 0) {
  console.error(`npm ${version} wrote a lock file that npm ci cannot install:`)
  for (const problem of problems) console.error(`  ${problem}`)
  process.exit(1)
}
console.log(`${FILE} written by npm ${version} is sound.`)
