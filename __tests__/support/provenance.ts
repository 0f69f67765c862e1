// What the tests expect of provenance: the harness is also used by the demo and the bench, which
// must not load jest, so the matcher lives here.
import { expect } from '@jest/globals'
import { HARNESS_SHA } from './harness.js'

/** The provenance tags a run of the harness adds to the request that creates an image. */
export const PROVENANCE = {
  'github:repository': 'octo-org/golden-images',
  'github:sha': HARNESS_SHA,
  'github:ref': 'refs/heads/main',
  'github:run-url': expect.stringMatching(
    /^https:\/\/github\.com\/octo-org\/golden-images\/actions\/runs\/\d+\/attempts\/\d+$/
  )
}
