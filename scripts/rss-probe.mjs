// Preloaded into the action's process by npm run bench (NODE_OPTIONS=--import): records the peak
// resident set size when the process exits, without touching the bundle.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  if (process.env.RSS_PROBE_FILE)
    writeFileSync(process.env.RSS_PROBE_FILE, String(process.resourceUsage().maxRSS))
})
