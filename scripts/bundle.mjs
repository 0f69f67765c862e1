// Builds the two committed entry points with ncc. The output must be byte-for-byte repeatable:
// .ci/run fails when re-bundling changes dist/.
//
// Two settings keep the start small (BENCHMARKS.md, cold start):
// - `mainFields: ['module', 'main']` takes the AWS SDK's ES module builds, which declare no side
//   effects, so the bundle keeps only the commands and schemas the action uses.
// - tsconfig.bundle.json maps three package entry points to the files in scripts/bundle-shims/,
//   so that what only a rare path needs (undici for OIDC, @actions/exec, Octokit) is not loaded
//   at start. ncc's resolver reads its `paths` through TS_NODE_PROJECT; type-checking goes on
//   against the real packages.
// ncc minifies the entry file only; the chunks that load later (yaml, the post step's AWS code)
// get the same terser settings here, so that loading them costs no more than it must.
//
// dist/licenses.txt carries the notices of every third-party package in either entry point
// (scripts/licenses.mjs); .ci/run fails when it is missing or stale.
import ncc from '@vercel/ncc'
import { minify } from 'terser'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { addBundledPackages, licensesText } from './licenses.mjs'

process.env.TS_NODE_PROJECT = resolve('tsconfig.bundle.json')
/** What ncc gives terser for the entry file. */
const TERSER = {
  module: true,
  compress: false,
  mangle: { keep_classnames: true, keep_fnames: true }
}

/** Bundles `source` into the folder `out`, as the runner will load it; gives webpack's stats. */
async function build(source, out) {
  const { code, assets, stats } = await ncc(resolve(source), {
    minify: true,
    quiet: true,
    sourceMapRegister: false,
    mainFields: ['module', 'main']
  })
  const files = [['index.js', code], ...Object.entries(assets).map(([name, a]) => [name, a.source])]
  for (const [name, text] of files) {
    const content = /^\d+\.index\.js$/.test(name) ? (await minify(String(text), TERSER)).code : text
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
  rmSync('dist', { recursive: true, force: true })
  const packages = new Set()
  addBundledPackages(await build('src/index.ts', 'dist/main'), packages)
  addBundledPackages(await build('src/post.ts', 'dist/post'), packages)
  writeFileSync('dist/licenses.txt', licensesText(packages))
}
