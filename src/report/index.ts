// report/: everything the user sees. progress-log.ts renders watch events into the job log;
// build-record.ts keeps what the summary needs; outputs.ts, diagnosis.ts and summary.ts make
// the outputs, the failure sentences and the job summary; report.ts puts them together.
// build-log.ts (CloudWatch Logs) is loaded only when wanted: import it dynamically, never here.
// May import: common/, aws/, inputs/ (types), watch/ (events). Others import report/ through
// this file only, or build-log.ts dynamically.
export { BuildRecord } from './build-record.js'
export { failureMessage } from './diagnosis.js'
export { imageOutputs, setOutputs, type AmiOutput, type ImageOutputs } from './outputs.js'
export { ProgressLog, logEarlierAttempt, workflowTitle } from './progress-log.js'
export { report } from './report.js'
export type { BuildResult } from './result.js'
export { hasScanning, readScan, type ScanResult } from './scan-read.js'
export { reasonOf, reportStop, type Stop, type StopReason } from './stopped.js'
