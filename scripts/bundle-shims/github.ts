// The bundle's '@actions/github' (scripts/bundle.mjs maps it here): the action reads only its
// `context`, so the bundle takes @actions/github's own Context class without the Octokit client
// and its plugins (about 300 KB) that the package's entry point loads beside it.
import { Context } from '../../node_modules/@actions/github/lib/context.js'

export const context = new Context()
