// Self-hosted runners often reach AWS only through a proxy named in HTTPS_PROXY / HTTP_PROXY
// (upper or lower case), with NO_PROXY for what is reached directly. The SDK ignores these on its
// own; every client gets a request handler whose agent goes through the proxy the variables name
// for its endpoint. The agents' modules load only when a proxy applies, not at every start.
import type { Agent } from 'node:http'
import { getProxyForUrl } from 'proxy-from-env'

export interface ProxyAgents {
  httpAgent?: Agent
  httpsAgent?: Agent
}

/** The agents for calls to `endpoint`: none when no proxy applies to it. */
export async function proxyAgentsFor(endpoint: string): Promise<ProxyAgents> {
  const proxy = getProxyForUrl(endpoint)
  if (!proxy) return {}
  if (endpoint.startsWith('http:')) {
    const { HttpProxyAgent } = await import('http-proxy-agent')
    return { httpAgent: new HttpProxyAgent(proxy) }
  }
  const { HttpsProxyAgent } = await import('https-proxy-agent')
  return { httpsAgent: new HttpsProxyAgent(proxy) }
}

/** Where a service's calls go: its SDK endpoint variable, or the region's public endpoint. */
export function serviceEndpoint(
  service: 'imagebuilder' | 'logs' | 'sts',
  region: string,
  env: Record<string, string | undefined>
): string {
  const variable = {
    imagebuilder: 'AWS_ENDPOINT_URL_IMAGEBUILDER',
    logs: 'AWS_ENDPOINT_URL_CLOUDWATCH_LOGS',
    sts: 'AWS_ENDPOINT_URL_STS'
  }[service]
  return env[variable] || env.AWS_ENDPOINT_URL || `https://${service}.${region}.amazonaws.com`
}
