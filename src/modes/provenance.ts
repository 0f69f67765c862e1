// Provenance: the tags that say which commit and run made an image, so that anyone looking at it
// in the console can find them. Taken from @actions/github's context, loaded only when used.
import * as core from '@actions/core'
import { oneLine } from '../common/index.js'

/** The most tags a request may carry (the model's limit). */
const TAG_LIMIT = 50

async function runTags(): Promise<Record<string, string>> {
  const { context } = await import('@actions/github')
  // context.repo throws without GITHUB_REPOSITORY: outside Actions there is nothing to tag.
  const repository = process.env.GITHUB_REPOSITORY ?? ''
  const tags: Record<string, string> = {
    'github:repository': repository,
    'github:sha': context.sha ?? '',
    'github:ref': context.ref ?? '',
    'github:run-url':
      repository && context.runId
        ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}/attempts/${context.runAttempt || 1}`
        : ''
  }
  // Tag values are at most 256 characters.
  return Object.fromEntries(
    Object.entries(tags)
      .filter(([, value]) => value !== '')
      .map(([key, value]) => [key, oneLine(value).slice(0, 256)])
  )
}

/**
 * The request's tags: the user's, with the provenance tags added unless turned off. A user tag of
 * the same key wins; provenance gives way when the user's tags leave no room.
 */
export async function tagsWithProvenance(
  tags: Record<string, string>,
  provenance: boolean
): Promise<Record<string, string> | undefined> {
  const added = provenance ? await runTags() : {}
  const room = TAG_LIMIT - Object.keys(tags).length
  const extra = Object.entries(added).filter(([key]) => !(key in tags))
  if (extra.length > room) {
    core.warning(
      `'tags' leaves room for ${Math.max(0, room)} of the ${extra.length} provenance tags (at most ${TAG_LIMIT} tags in all); the others are left out.`
    )
  }
  const all = { ...Object.fromEntries(extra.slice(0, Math.max(0, room))), ...tags }
  return Object.keys(all).length > 0 ? all : undefined
}
