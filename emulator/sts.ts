// The runner's OIDC token endpoint and STS AssumeRoleWithWebIdentity (awsQuery: a form in, XML
// out), with credentials that expire as the real ones do.
import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

/** What the identity endpoints remember: issued tokens and credentials, and the roles' trust. */
export interface Identity {
  /** How long credentials from AssumeRoleWithWebIdentity last. */
  credentialLifetimeMs: number
  /** Access keys STS issued, with when they expire: later use is refused with ExpiredTokenException. */
  readonly issuedCredentials: Map<
    string,
    { expiresAt: number; secretAccessKey: string; sessionToken: string }
  >
  readonly idTokens: Set<string>
  /** Roles whose trust policy does not accept the job's tokens. */
  readonly untrustedRoles: Set<string>
  /** The bearer token the OIDC endpoint expects, as ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  readonly oidcRequestToken: string
}

/** The runner's OIDC token endpoint, as core.getIDToken calls it. */
export function oidcToken(
  store: Identity,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL
): void {
  if (req.headers.authorization !== `Bearer ${store.oidcRequestToken}`) {
    res.writeHead(401).end('{"message":"bad request token"}')
    return
  }
  const claims = {
    aud: url.searchParams.get('audience'),
    sub: 'repo:octo-org/golden-images:ref:refs/heads/main'
  }
  const token = `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${randomUUID()}`
  store.idTokens.add(token)
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: token }))
}

/** STS AssumeRoleWithWebIdentity in the awsQuery protocol: a form in, XML out. */
export function sts(store: Identity, res: ServerResponse, form: URLSearchParams): void {
  const xmlError = (code: string, message: string, status = 400): void => {
    res
      .writeHead(status, { 'content-type': 'text/xml' })
      .end(
        `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`
      )
  }
  if (form.get('Action') !== 'AssumeRoleWithWebIdentity')
    return xmlError('InvalidAction', 'Only AssumeRoleWithWebIdentity is emulated')
  if (!store.idTokens.has(form.get('WebIdentityToken') ?? ''))
    return xmlError(
      'InvalidIdentityToken',
      'The web identity token was not issued by the OIDC provider'
    )
  if (!/^arn:aws[\w-]*:iam::\d{12}:role\//.test(form.get('RoleArn') ?? ''))
    return xmlError('ValidationError', 'RoleArn is not valid')
  if (store.untrustedRoles.has(form.get('RoleArn') ?? '')) {
    return xmlError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403)
  }
  const accessKeyId = `ASIA${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}`
  const credentials = {
    expiresAt: Date.now() + store.credentialLifetimeMs,
    secretAccessKey: randomUUID(),
    sessionToken: `session-${randomUUID()}`
  }
  store.issuedCredentials.set(accessKeyId, credentials)
  res
    .writeHead(200, { 'content-type': 'text/xml' })
    .end(
      `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult>` +
        `<Credentials><AccessKeyId>${accessKeyId}</AccessKeyId><SecretAccessKey>${credentials.secretAccessKey}</SecretAccessKey>` +
        `<SessionToken>${credentials.sessionToken}</SessionToken><Expiration>${new Date(credentials.expiresAt).toISOString()}</Expiration></Credentials>` +
        `<AssumedRoleUser><Arn>${form.get('RoleArn')}/${form.get('RoleSessionName')}</Arn><AssumedRoleId>AROAEMULATOR:${form.get('RoleSessionName')}</AssumedRoleId></AssumedRoleUser>` +
        `</AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`
    )
}
