// job/: the main step from end to end: read the inputs, start the work (a mode, or publish),
// follow the build, and report whatever happened, through one error path; and what a job
// cancelled meanwhile does (cancelled.ts). run.ts holds what these stages share.
// May import: every folder before it (common/, aws/, inputs/, watch/, report/, modes/, publish/
// lazily, lifecycle/). Only the entry, src/index.ts, imports job/, through this file.
export { run, type RunOptions } from './main.js'
