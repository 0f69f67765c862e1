// Provenance: the tags that say which commit and run made an image, so that anyone looking at it
// in the console can find them, from @actions/github's context. And how they join the other tags
// of the request, within the model's 50.
import * as core from '@actions/core'
import { ActionError } from '../aws/index.js'
import { oneLine } from '../common/index.js'
import { TAG_LIMIT } from '../inputs/index.js'

// @actions/github's context (its Context class alone: scripts/bundle-shims/github.ts), loaded only
// when a request is tagged.
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

/** Tags the request starts from, under the provenance tags and the user's. */
export interface BaseTags {
  tags: Record<string, string>
  /** Where they come from, for messages: "the image tags of pipeline 'nightly'". */
  from: string
}

/**
 * The request's tags, each layer winning over the one before: `base` (a pipeline's image tags),
 * then the provenance tags unless turned off, then the user's. The provenance tags are the first
 * to give way when the others leave no room; if the others alone are too many, nothing is sent.
 */
export async function tagsWithProvenance(
  tags: Record<string, string>,
  provenance: boolean,
  base?: BaseTags
): Promise<Record<string, string> | undefined> {
  const kept = { ...base?.tags, ...tags }
  const count = Object.keys(kept).length
  if (base && count > TAG_LIMIT) {
    throw new ActionError(
      `Input 'tags' and ${base.from} come to ${count} tags (a key in both counted once), but a request may carry at most ${TAG_LIMIT}: remove some from 'tags' or from the pipeline's image tags.`
    )
  }
  const added = Object.entries(provenance ? await runTags() : {}).filter(([key]) => !(key in tags))
  // A provenance tag over one of the base tags takes no more room.
  const extra = added.filter(([key]) => !(key in kept))
  const room = TAG_LIMIT - count
  if (extra.length > room) {
    const others = base ? `'tags' and ${base.from} leave` : "'tags' leaves"
    core.warning(
      `${others} room for ${Math.max(0, room)} of the ${extra.length} provenance tags (at most ${TAG_LIMIT} tags in all); the others are left out.`
    )
  }
  const over = added.filter(([key]) => key in kept)
  const all = {
    ...base?.tags,
    ...Object.fromEntries([...over, ...extra.slice(0, Math.max(0, room))]),
    ...tags
  }
  return Object.keys(all).length > 0 ? all : undefined
}
