// publish/: mode publish, which keeps components, workflows and the recipes that use them in step
// with files of the repository. publish.ts plans every document against the account before
// anything is created, then creates (or, in a dry run, validates), and decides the order:
// components and workflows before recipes. document-versions.ts reads what the account holds of a
// component or workflow and sends its Create; recipe-file.ts reads a recipe's file and checks it
// against the model (shape-check.ts over request-shapes.ts, generated from the model by
// scripts/model-facts.mjs); recipe-versions.ts and recipes.ts do for recipes what
// document-versions.ts and publish.ts do for documents; report.ts writes the log lines, outputs and
// summary; run.ts runs them and reports whatever happened. The 'documents' input and its
// component and workflow files are read in inputs/.
// May import: common/, aws/, inputs/, report/ (how a stop is worded), modes/ (the repeated,
// bounded calls of submit.ts). Only the root imports publish/, through this file.
export { runPublish } from './run.js'
