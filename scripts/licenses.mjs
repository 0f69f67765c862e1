// The third-party notices that travel with dist/: every package whose code is in the bundle, with
// its license text (and NOTICE, which Apache-2.0 asks to be passed on).
//
// ncc's own `license` option misses the packages webpack concatenates into one module, and with
// the SDK's ES module builds that is most of them (@actions/core, @aws-sdk/client-imagebuilder,
// @smithy/*), so the list is made here from what the bundle's stats say it contains.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The folder of the package a bundled file belongs to: the last `node_modules/<name>` in its path. */
const PACKAGE_DIR = /^(.*node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/

/** Adds to `into` the package folders of every module (nested ones too) in ncc's webpack stats. */
export function addBundledPackages(stats, into) {
  const walk = modules => {
    for (const m of modules ?? []) {
      const dir = PACKAGE_DIR.exec(m.nameForCondition ?? '')?.[1]
      if (dir) into.add(dir)
      walk(m.modules)
    }
  }
  walk(stats.toJson({ all: false, modules: true, nestedModules: true }).modules)
  return into
}

/** The files in a package folder that carry its license or its notices, in a stable order. */
function noticeFiles(dir) {
  return readdirSync(dir)
    .filter(name => /^(licen[cs]e|copying|notice)([.-].*)?$/i.test(name))
    .sort()
}

/**
 * The text of dist/licenses.txt for these package folders: one entry per package name and version,
 * sorted, each with the SPDX expression from package.json and every license or notice file. A
 * package that ships no such file (some @aws-sdk ones) gets the text of another bundled package
 * under the same license, said as such, since the license asks for its text to go with the code.
 */
export function licensesText(packageDirs) {
  const packages = new Map()
  for (const dir of packageDirs) {
    const manifest = join(dir, 'package.json')
    if (!existsSync(manifest)) continue
    const { name, version, license } = JSON.parse(readFileSync(manifest, 'utf8'))
    const texts = noticeFiles(dir).map(file => readFileSync(join(dir, file), 'utf8').trim())
    const spdx = typeof license === 'string' ? license : 'UNKNOWN'
    packages.set(`${name}@${version}`, { spdx, text: texts.join('\n\n') })
  }
  const keys = [...packages.keys()].sort()
  const entry = key => {
    const { spdx, text } = packages.get(key)
    const donor = text
      ? undefined
      : keys.find(k => packages.get(k).spdx === spdx && packages.get(k).text)
    const body =
      text ||
      (donor
        ? `(the package ships no license file; the ${spdx} text, as ${donor} ships it:)\n${packages.get(donor).text}`
        : '(the package ships no license file)')
    return `${key}\n${spdx}\n${body}\n`
  }
  return keys.map(entry).join('\n')
}
