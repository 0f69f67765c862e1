// A repository checkout for mode publish: a temporary directory holding these files, whose path
// a test passes as GITHUB_WORKSPACE.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ib-publish-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

export const COMPONENT = `name: install-agents
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: Install
        action: ExecuteBash
        inputs:
          commands: [echo install]
`

export const WORKFLOW = `name: smoke
schemaVersion: 1.0
steps:
  - name: Launch
    action: LaunchInstance
    inputs:
      waitFor: ssmAgent
`

/** One item of 'documents': the component install-agents. */
export const componentItem = (version: string, file = 'components/agents.yml'): string => `
- component: install-agents
  file: ${file}
  version: ${version}
  platform: Linux
`

/** One item of 'documents': the workflow smoke. */
export const workflowItem = (type: string, file = 'wf/smoke.yml'): string => `
- workflow: smoke
  file: ${file}
  version: 1.0.x
  type: ${type}
`
