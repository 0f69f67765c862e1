// aws/: everything that talks to AWS or knows its vocabulary: clients and connections,
// credentials (role-to-assume), error classification and wording, retries, ARNs, client tokens,
// the service's status sets, and the failureContext the SDK drops.
// May import: common/. Other folders import aws/ through this file only.
export * from './arn.js'
export * from './call.js'
export * from './client.js'
export * from './client-token.js'
export * from './connection.js'
export type { CredentialsProvider, RoleCredentials, RoleSettings } from './credentials.js'
export * from './errors.js'
export * from './failure-context.js'
export * from './proxy.js'
export * from './retry.js'
export * from './secrets.js'
export * from './service-arn.js'
export * from './start-calls.js'
export * from './status.js'
