// Builds the two committed entry points with ncc. The output must be byte-for-byte repeatable:
// .ci/run fails when re-bundling changes dist/.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const entries = [
  ['src/index.ts', 'dist/main'],
  ['src/post.ts', 'dist/post']
]
rmSync('dist', { recursive: true, force: true })
for (const [source, out] of entries) {
  execFileSync(
    'npx',
    [
      'ncc',
      'build',
      source,
      '-o',
      out,
      '--minify',
      '--quiet',
      '--no-source-map-register',
      '--license',
      'licenses.txt'
    ],
    {
      stdio: 'inherit'
    }
  )
}
