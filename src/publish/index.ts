// publish/: mode publish, which keeps components, workflows, the recipes that use them and the
// pipelines that use those in step with files of the repository. Each kind sits behind one
// interface (kinds.ts: read the file, plan against the account with the names resolved so far,
// apply, report): documents.ts (components and workflows, over document-versions.ts), recipes.ts
// (over recipe-file.ts and recipe-versions.ts) and pipelines.ts (over pipeline-file.ts and
// pipeline-calls.ts). publish.ts holds the order between kinds, in one table, and plans every
// entry before anything is created. Files are checked against the model by shape-check.ts over
// request-shapes.ts, generated from the model by scripts/model-facts.mjs. report.ts writes the log
// lines, outputs and summary; run.ts runs them and reports whatever happened. The 'documents'
// input and its component and workflow files are read in inputs/.
// May import: common/, aws/, inputs/, report/ (how a stop is worded), modes/ (the repeated,
// bounded calls of submit.ts). Only job/ imports publish/, through this file.
export { runPublish } from './run.js'
