// ARNs and distribution set-ups shared by the tests, the demo, the bench and the command line.
export const ACCOUNT = '123456789012'
export const PARTNER_ACCOUNT = '210987654321'
export const REGION = 'us-east-1'
const base = `arn:aws:imagebuilder:${REGION}:${ACCOUNT}`
export const IMAGE_RECIPE = `${base}:image-recipe/golden-al2023/1.2.0`
export const CONTAINER_RECIPE = `${base}:container-recipe/web-base/2.0.x`
export const INFRA = `${base}:infrastructure-configuration/ci-builders`
export const DIST_THREE_REGIONS = `${base}:distribution-configuration/three-regions`
export const THREE_REGIONS_TWO_ACCOUNTS = [
  { region: 'us-east-1', targetAccountIds: [PARTNER_ACCOUNT] },
  { region: 'us-west-2', targetAccountIds: [PARTNER_ACCOUNT] },
  { region: 'eu-west-1', targetAccountIds: [PARTNER_ACCOUNT] }
]

/** A build and distribution in eu-central-1, for runs that must take the region from an ARN. */
const eu = `arn:aws:imagebuilder:eu-central-1:${ACCOUNT}`
export const EU_RECIPE = `${eu}:image-recipe/golden-al2023/1.2.0`
export const EU_INFRA = `${eu}:infrastructure-configuration/ci-builders`
export const EU_DIST = `${eu}:distribution-configuration/three-regions`
export const EU_THREE_REGIONS = [
  { region: 'eu-central-1' },
  { region: 'eu-west-1' },
  { region: 'us-east-1' }
]
export const DIST_OWN_THREE_REGIONS = `${base}:distribution-configuration/own-three-regions`
export const OWN_THREE_REGIONS = [
  { region: 'us-east-1' },
  { region: 'us-west-2' },
  { region: 'eu-west-1' }
]

/** A component step that fails, as failureContext.componentFailure and the build log report it. */
export const COMPONENT_FAILURE = {
  componentArn: 'arn:aws:imagebuilder:us-east-1:123456789012:component/cis-hardening/1.0.0/1',
  phaseName: 'test',
  stepName: 'RunChecks',
  action: 'ExecuteBash',
  errorMessage: '3 of 112 <checks> failed'
}

/** The inputs of a create-image run against the emulator, polled fast: what most tests start from. */
export const CREATE_IMAGE_INPUTS: Record<string, string> = {
  'image-recipe-arn': IMAGE_RECIPE,
  'infrastructure-configuration-arn': INFRA,
  'poll-interval': '0.05'
}
