// publish/: mode publish, which keeps components and workflows in step with files of the
// repository. publish.ts plans every document against the account before anything is created,
// then creates (or, in a dry run, validates); document-versions.ts reads what the account holds
// of a name and sends the Create; report.ts writes the log lines, outputs and summary; run.ts
// runs them and reports whatever happened. The 'documents' input itself is read in inputs/.
// May import: common/, aws/, inputs/, report/ (how a stop is worded), modes/ (the repeated,
// bounded calls of submit.ts). Only the root imports publish/, through this file.
export { runPublish } from './run.js'
