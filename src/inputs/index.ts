// inputs/: the action's inputs, read and validated before any call. spec.ts is the catalogue
// (one entry per input: modes, default, parser, description); read.ts turns it into one typed
// object per mode; reader.ts, parsers.ts and yaml-inputs.ts do the parsing.
// May import: common/, aws/ (ARN shapes). Other folders import inputs/ through this file only.
export { documentNameKey, sameDocumentName, versionText } from './documents.js'
export { readInputs } from './read.js'
export { readWorkspaceFile } from './workspace-file.js'
export { yaml } from './yaml-library.js'
export { INPUTS, INPUT_NAMES, defaultOf, inputsOf, type InputName } from './spec.js'
export { TAG_LIMIT, tagProblem } from './tags.js'
export * from './types.js'
