// The Image Builder emulator: a loopback server that answers the AWS SDK as Image Builder,
// CloudWatch Logs and STS do. Tests, the demo, the bench and `npm run emulator` use it from here.
export { Emulator, type EmulatorOptions } from './server.js'
export type { FaultSpec, RateLimit } from './faults.js'
export type { RecordedRequest } from './protocol.js'
export { ServiceError } from './protocol.js'
export type {
  DistributionTarget,
  DocumentSpec,
  ImageRecord,
  PipelineSpec,
  RecipeRecord,
  RecipeSpec
} from './imagebuilder/records.js'
export type {
  FailureSpec,
  Scenario,
  ScanSpec,
  StepSpec,
  WorkflowType
} from './imagebuilder/scenario.js'
export {
  SEVERITIES,
  makeFindings,
  type ScanFinding,
  type Severity,
  type SeverityMix
} from './imagebuilder/findings.js'
export { severityCounts } from './imagebuilder/scan-findings.js'
export { PATTERNS } from './imagebuilder/validation.js'
export { SCENARIOS, FAULTS } from './scenarios.js'
