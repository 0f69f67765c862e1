#!/usr/bin/env bash
# Bundles, then fails unless dist/ is exactly what was committed: dist/ is what the runner
# executes, and dist/licenses.txt carries the notices the bundled packages' licenses ask for.
# Run by .ci/run, check-dist.yml and release.yml.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run bundle

# The notices are said on their own, since a stale or missing notice file is easy to lose among
# the bundle's chunks.
if [ ! -s dist/licenses.txt ]; then
  echo "npm run bundle wrote no dist/licenses.txt: scripts/bundle.mjs must write the notices." >&2
  exit 1
fi
if ! git ls-files --error-unmatch dist/licenses.txt >/dev/null 2>&1; then
  echo "dist/licenses.txt is not committed: run 'npm run bundle' and commit dist/licenses.txt." >&2
  exit 1
fi
if ! git diff --quiet -- dist/licenses.txt; then
  echo "dist/licenses.txt is stale (the bundled packages or their versions changed):" >&2
  echo "run 'npm run bundle' and commit dist/licenses.txt." >&2
  git diff --stat -- dist/licenses.txt >&2
  exit 1
fi

if ! git diff --quiet -- dist || [ -n "$(git ls-files --others --exclude-standard -- dist)" ]; then
  echo "dist/ does not match the source: run 'npm run bundle' and commit dist/." >&2
  git status --short -- dist >&2
  exit 1
fi
