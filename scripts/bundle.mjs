// Builds the two committed entry points with ncc. The output must be byte-for-byte repeatable:
// .ci/run fails when re-bundling changes dist/.
//
// Three settings keep the start small (BENCHMARKS.md, cold start):
// - `mainFields: ['module', 'main']` takes the AWS SDK's ES module builds, which declare no side
//   effects, so the bundle keeps only the commands and schemas the action uses.
// - tsconfig.bundle.json maps three package entry points to the files in scripts/bundle-shims/,
//   so that what only a rare path needs (undici for OIDC, @actions/exec, Octokit) is not loaded
//   at start. It maps @smithy/core, @aws-sdk/core and @aws/lambda-invoke-store to their ES
//   module builds too: their `exports` give webpack CommonJS, which it cannot tree-shake (the
//   entry file went from 589 to 431 KB). ncc's resolver reads its `paths` through
//   TS_NODE_PROJECT; type-checking goes on against the real packages.
// ncc's own minifying runs terser without compress, which leaves every unused function of the
// modules webpack keeps (webpack only stops exporting them, and counts on the minifier to drop
// them): the start compiled and ran that code for nothing. So ncc emits plain code, and every file
// goes through terser here, with compress on and names kept (error and class names are read at run
// time, and bundle.test.ts looks for classes by name).
//
// dist/licenses.txt carries the notices of every third-party package in either entry point
// (scripts/licenses.mjs); .ci/run fails when it is missing or stale.
import ncc from '@vercel/ncc'
import { minify } from 'terser'
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { addBundledPackages, licensesText } from './licenses.mjs'

process.env.TS_NODE_PROJECT = resolve('tsconfig.bundle.json')
const TERSER = {
  module: true,
  compress: { passes: 2 },
  mangle: { keep_classnames: true, keep_fnames: true },
  keep_classnames: true,
  keep_fnames: true
}

/** Bundles `source` into the folder `out`, as the runner will load it; gives webpack's stats. */
async function build(source, out) {
  const { code, assets, stats } = await ncc(resolve(source), {
    minify: false,
    quiet: true,
    sourceMapRegister: false,
    mainFields: ['module', 'main']
  })
  const files = [['index.js', code], ...Object.entries(assets).map(([name, a]) => [name, a.source])]
  for (const [name, text] of files) {
    const content = name.endsWith('.js') ? (await minify(String(text), TERSER)).code : text
    mkdirSync(dirname(join(out, name)), { recursive: true })
    writeFileSync(join(out, name), content)
  }
  return stats
}

// `node scripts/bundle.mjs SOURCE OUT` bundles one other entry the same way (the bench's SDK
// floor); without arguments, the action's two entry points into dist/.
const [source, out] = process.argv.slice(2)
if (source && out) {
  await build(source, out)
} else {
  // Built beside dist/ and swapped in whole at the end: a bundle stopped half-way (it takes a
  // minute or more) left dist/ emptied, and the committed product with it.
  const next = 'dist.next'
  rmSync(next, { recursive: true, force: true })
  const packages = new Set()
  addBundledPackages(await build('src/index.ts', join(next, 'main')), packages)
  addBundledPackages(await build('src/post.ts', join(next, 'post')), packages)
  writeFileSync(join(next, 'licenses.txt'), licensesText(packages))
  rmSync('dist', { recursive: true, force: true })
  renameSync(next, 'dist')
}
