// CHANGELOG.md (Keep a Changelog 1.1.0): the release command dates the Unreleased section, and the
// release workflow takes a version's section as the GitHub release's notes.
//
//   node scripts/changelog.mjs notes X.Y.Z [FILE]   prints the section of X.Y.Z (without its heading)
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/** The `## ` headings of the file, with where each section's body starts and ends. */
function sections(text) {
  const lines = text.split('\n')
  const heads = []
  lines.forEach((line, i) => {
    if (line.startsWith('## ')) heads.push(i)
  })
  return heads.map((start, k) => ({
    heading: lines[start].slice(3).trim(),
    body: lines
      .slice(start + 1, k + 1 < heads.length ? heads[k + 1] : lines.length)
      .join('\n')
      .trim(),
    start,
    end: k + 1 < heads.length ? heads[k + 1] : lines.length
  }))
}

/** The body of the section headed `[version]` (e.g. `## [1.0.0] - 2026-12-01`), or undefined. */
export function releaseNotes(text, version) {
  return sections(text).find(s => s.heading.startsWith(`[${version}]`))?.body
}

/**
 * The changelog with the Unreleased section's entries moved under `## [version] - date`, and an
 * empty Unreleased section left above it. Throws, saying what to do, when there is nothing to move.
 */
export function dateUnreleased(text, version, date) {
  const all = sections(text)
  const unreleased = all.find(s => /^\[unreleased\]/i.test(s.heading))
  if (!unreleased) throw new Error('CHANGELOG.md has no "## [Unreleased]" section.')
  if (!unreleased.body)
    throw new Error("CHANGELOG.md's Unreleased section is empty: say what this release changes.")
  if (releaseNotes(text, version) !== undefined)
    throw new Error(`CHANGELOG.md already has a section for ${version}.`)
  const lines = text.split('\n')
  const released = ['## [Unreleased]', '', `## [${version}] - ${date}`, '', unreleased.body, '']
  return [...lines.slice(0, unreleased.start), ...released, ...lines.slice(unreleased.end)].join(
    '\n'
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [command, version, file = 'CHANGELOG.md'] = process.argv.slice(2)
  const notes =
    command === 'notes' && version ? releaseNotes(readFileSync(file, 'utf8'), version) : undefined
  if (command !== 'notes' || !version) {
    console.error('usage: node scripts/changelog.mjs notes X.Y.Z [CHANGELOG.md]')
    process.exit(2)
  }
  if (!notes) {
    console.error(
      `${file} has no section "## [${version}]" with entries: the release would have no notes.`
    )
    process.exit(1)
  }
  process.stdout.write(`${notes}\n`)
}
